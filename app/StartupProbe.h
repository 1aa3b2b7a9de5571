#pragma once

class QWidget;

namespace bd {

// Prints "painted" on standard output as soon as window has painted for the first time, and
// quits: how start-up is timed, from outside the process, for the program and for a bare Qt
// window alike (tests/bench/bench_startup).
void quitAfterFirstPaint(QWidget *window);

} // namespace bd

// The reference of bench_startup: what a bare Qt Charts program does, one window with one pie,
// linked with Qt Widgets and Qt Charts alone (and the probe that says when it has painted).

#include "StartupProbe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QPieSeries>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *series = new QPieSeries;
    series->append(QStringLiteral("一般公共预算"), 449.93);
    series->append(QStringLiteral("政府性基金"), 75.0);
    auto *chart = new QChart;
    chart->addSeries(series);
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 720);
    bd::quitAfterFirstPaint(&window);
    window.show();
    return app.exec();
}

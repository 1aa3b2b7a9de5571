#!/usr/bin/env bash
# Builds the sanitizer tree build-san (clang, AddressSanitizer with LeakSanitizer, UBSan with
# every finding fatal, -O1; the same tree holds the libFuzzer harnesses, see scripts/fuzz.sh)
# and runs the whole test suite in it. A leak, an out-of-bounds access or undefined behaviour
# fails the test that caused it. tests/lsan.supp lists the only leaks tolerated: inside Qt.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --ci
scripts/configure-sanitized.sh
cmake --build build-san -j"${JOBS:-2}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd build-san
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 900

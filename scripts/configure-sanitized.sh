#!/usr/bin/env bash
# Configures build-san, the one tree of the sanitizer suite and the fuzzers: clang-14, -O1,
# AddressSanitizer (with LeakSanitizer) and UBSan on everything, libFuzzer harnesses.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build-san/CMakeCache.txt ] && exit 0
echo "== configuring build-san (clang-14, ASan+UBSan, libFuzzer)"
cmake -S . -B build-san -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DBD_SANITIZE=ON -DBD_FUZZ=ON >/dev/null

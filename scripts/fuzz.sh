#!/usr/bin/env bash
# Fuzzes BudgetDesk's readers with libFuzzer (clang-14, ASan + UBSan + LeakSanitizer).
#
#   scripts/fuzz.sh [SECONDS]                 # every harness in tests/fuzz, SECONDS each (default 60)
#   FUZZERS="xlsx amount" scripts/fuzz.sh 30  # only these (names as in tests/fuzz/fuzz_<name>.cpp)
#
# Configures build-san (the sanitizer tree CI also builds the test suite in) when it is not a
# BD_FUZZ tree yet, builds only the chosen harnesses (-j2), then runs each over a copy of its
# seed corpus in build-san/fuzz-work/<name>/corpus, which keeps what earlier runs found; the
# corpus in the repository (tests/fuzz/corpus) is never written to. A crash, undefined
# behaviour, leak, timeout (-timeout=10 s per input) or out-of-memory (-rss_limit_mb=2048) stops
# that harness and leaves its input in build-san/fuzz-work/<name>/ (crash-*, leak-*, timeout-*,
# oom-*, slow-unit-*); the script goes on with the next harness and exits 1 when any failed,
# naming each failure and its reproducer. A reproducer is replayed with
#   build-san/tests/fuzz/fuzz_<name> <file>
# and, once fixed, belongs in tests/fuzz/corpus/<name>/ (ctest fuzz_<name>_corpus replays it).
set -uo pipefail

duration=${1:-60}
if ! [[ $duration =~ ^[0-9]+$ ]] || ((duration < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS]   (FUZZERS=\"name ...\" to choose harnesses)" >&2
  exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-san
fuzzdir=$root/tests/fuzz
workroot=$build/fuzz-work

# The harnesses: FUZZERS, else every tests/fuzz/fuzz_<name>.cpp.
if [[ -n ${FUZZERS:-} ]]; then
  read -r -a names <<<"$FUZZERS"
else
  names=()
  for src in "$fuzzdir"/fuzz_*.cpp; do
    n=$(basename "$src" .cpp)
    names+=("${n#fuzz_}")
  done
fi
targets=()
for i in "${!names[@]}"; do
  names[i]=${names[i]#fuzz_}
  if [[ ! -f $fuzzdir/fuzz_${names[i]}.cpp ]]; then
    echo "fuzz.sh: no harness \"${names[i]}\" (tests/fuzz/fuzz_${names[i]}.cpp)" >&2
    exit 2
  fi
  targets+=("fuzz_${names[i]}")
done

# Longest input libFuzzer makes, per harness. A seed longer than that is left out of the fuzzing
# (truncated, a PDF or JSON seed would be no seed at all; mutating it would be slow): the whole
# 26-page Putuo PDF, whose pages are seeds of their own. ctest fuzz_<name>_corpus replays every seed.
max_len_for() {
  case $1 in
    amount) echo 256 ;;            # one table cell
    import_text) echo 16384 ;;     # a few tables of a disclosure's text
    xlsx) echo 16384 ;;            # one sheet's XML (or a small workbook)
    docx) echo 16384 ;;            # a Word document's body
    pdf) echo 102400 ;;            # a page or two
    document_json) echo 131072 ;;  # a whole document
    template_json) echo 65536 ;;   # a whole template description
    *) echo 16384 ;;
  esac
}

# ---- configure and build (only the harnesses) ----
start=$(date +%s)
"$root/scripts/configure-sanitized.sh" || exit 1
if ! grep -qs '^BD_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "fuzz.sh: $build is not a BD_FUZZ tree; remove it and run again" >&2
  exit 1
fi
echo "== building ${targets[*]} (-j2)"
if ! cmake --build "$build" --target "${targets[@]}" -j2; then
  echo "fuzz.sh: the build failed" >&2
  exit 1
fi
echo "== built in $(($(date +%s) - start)) s"

# ---- run ----
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0:${ASAN_OPTIONS:-}
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}
export QT_QPA_PLATFORM=offscreen

failed=()
summary=()
for name in "${names[@]}"; do
  bin=$build/tests/fuzz/fuzz_$name
  work=$workroot/$name
  seeds=$fuzzdir/corpus/$name
  mkdir -p "$work/corpus"
  max_len=$(max_len_for "$name")
  # The seeds join whatever earlier runs found (the copy, never the repository's directory).
  skipped=()
  for seed in "$seeds"/*; do
    [[ -f $seed ]] || continue
    if (($(stat -c %s "$seed") > max_len)); then
      skipped+=("$(basename "$seed")")
    else
      cp -p "$seed" "$work/corpus"/
    fi
  done
  log=$work/fuzz.log
  before=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | sort)

  # A dictionary of the tokens a harness's input is compared with inside Qt (uninstrumented).
  dict=()
  [[ -f $fuzzdir/$name.dict ]] && dict=(-dict="$fuzzdir/$name.dict")

  echo "== fuzz_$name: ${duration} s over $(find "$work/corpus" -type f | wc -l) inputs, -max_len=$max_len (log $log)"
  ((${#skipped[@]})) && echo "   seeds longer than -max_len, replayed by ctest but not fuzzed: ${skipped[*]}"
  # timeout: a safety net should the harness hang outside libFuzzer's own -timeout.
  timeout --kill-after=30 $((duration + 300)) "$bin" -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" "${dict[@]}" -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" >"$log" 2>&1
  rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [[ -z $rate ]]; then # stopped before the final stats: the last status line
    rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  after=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | sort)
  new=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$' || true)
  if ((rc == 0)); then
    status=ok
  else
    status="FAILED (exit $rc)"
    failed+=("$name")
    echo "!! fuzz_$name failed (exit $rc):"
    what=$(grep -E '^(SUMMARY|==[0-9]+==ERROR|.*runtime error:|fuzz_[a-z_]+:|.*ERROR: libFuzzer)' "$log" | head -8)
    [[ -n $what ]] || what=$(tail -3 "$log") # e.g. a bad flag or dictionary: libFuzzer's last words
    sed 's/^/   /' <<<"$what"
    written=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    for f in ${written:-$new}; do
      echo "   reproducer: $f"
      echo "   replay:     $bin $f"
    done
    echo "   full log:   $log"
  fi
  summary+=("$(printf '%-15s %-22s %10s execs %8s exec/s  corpus %5s' "$name" "$status" "${execs:-?}" "${rate:-?}" \
    "$(find "$work/corpus" -type f | wc -l)")")
done

echo
echo "== summary (${duration} s each; work dir $workroot)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no failures"

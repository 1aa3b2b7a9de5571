#!/usr/bin/env bash
# N consistent synthetic documents in a new SQLite store, for measuring the store at scale:
# the Kizilsu sample as imported, saved under N department names (tests/bench/bench_storage,
# which also prints what the store costs). Leaves DIR/storage-N.sqlite.
#
#   scripts/synthetic-store.sh N DIR      e.g. scripts/synthetic-store.sh 10000 /tmp/bd-10k
set -euo pipefail
n=${1:?usage: scripts/synthetic-store.sh N DIR}
dir=${2:?usage: scripts/synthetic-store.sh N DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$root/build" --target bench_storage -j2 >/dev/null
mkdir -p "$dir"
"$root/build/tests/bench/bench_storage" "$n" --keep "$dir"
echo "$dir/storage-$n.sqlite"

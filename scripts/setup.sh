#!/usr/bin/env bash
# Installs what BudgetDesk needs to build, run and test on Debian 12: the packages listed in
# scripts/packages.txt, and with --ci also scripts/packages-ci.txt (sanitizers, fuzzers).
# Safe to run again: it asks apt only for what is missing.
set -euo pipefail
cd "$(dirname "$0")"
lists=(packages.txt)
[ "${1:-}" = "--ci" ] && lists+=(packages-ci.txt)
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "${lists[@]}" | tr -d ' \t')
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

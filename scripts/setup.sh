#!/usr/bin/env bash
# Installs what BudgetDesk needs to build, run and test on Debian 12. Safe to run again:
# it asks apt only for what is missing.
set -euo pipefail
packages=(build-essential cmake qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
          qt6-tools-dev-tools libqt6sql6-sqlite libgl-dev fonts-wqy-microhei xvfb xauth poppler-utils libpoppler-qt6-dev pkg-config libxlsxwriter-dev xlsx2csv libminizip-dev)
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

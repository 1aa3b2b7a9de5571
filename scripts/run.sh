#!/usr/bin/env bash
# Sets everything up, builds, and opens BudgetDesk on its bundled sample document.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running BudgetDesk under xvfb-run (invisible)." >&2
  exec xvfb-run -a build/app/budgetdesk "$@"
fi
exec build/app/budgetdesk "$@"

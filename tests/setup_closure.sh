#!/usr/bin/env bash
# Proves that scripts/setup.sh installs everything the build uses, on a fresh Debian 12 with
# or without recommended packages: every CMake package the configure step found (the *_DIR
# entries of the cache: the Qt 6 components and their own dependencies such as Qt6OpenGL),
# every pkg-config module it used and the libraries those modules link must belong to a Debian package in
# the closure of the package list over Depends (and Pre-Depends) only.
#
#   setup_closure.sh CMakeCache.txt PACKAGE-LIST... [--without PKG]
#
# --without PKG checks the list without PKG and succeeds only when the check then fails and
# names PKG as missing: the proof that the check can fail.
set -euo pipefail

cache=$1; shift
lists=()
without=""
while [ $# -gt 0 ]; do
  case $1 in
    --without) without=$2; shift 2 ;;
    *) lists+=("$1"); shift ;;
  esac
done

if [ -n "$without" ]; then
  tmp=$(mktemp)
  trap 'rm -f "$tmp"' EXIT
  sed -e 's/#.*//' "${lists[@]}" | tr -d ' \t' | grep -vx -e '' -e "$without" >"$tmp" || true
  if out=$("$0" "$cache" "$tmp" 2>&1); then
    echo "FAIL: the check passed on a list without $without"; echo "$out"; exit 1
  fi
  if ! grep -q "missing package: $without\b" <<<"$out"; then
    echo "FAIL: without $without the check failed, but did not name it:"; echo "$out"; exit 1
  fi
  echo "PASS: without $without the check fails and names it"
  exit 0
fi

[ -r "$cache" ] || { echo "no CMake cache at $cache"; exit 2; }
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "${lists[@]}" | tr -d ' \t')
[ ${#wanted[@]} -gt 0 ] || { echo "the package list is empty"; exit 2; }

# The closure over Depends/Pre-Depends: apt-cache prints every package it reaches unindented.
if ! closure_out=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
      --no-breaks --no-replaces --no-enhances "${wanted[@]}" 2>&1); then
  echo "apt-cache cannot resolve the list (run apt-get update first?):"; echo "$closure_out"; exit 2
fi
declare -A closure
while IFS= read -r line; do
  case $line in
    " "*|"") ;;
    *) name=${line%%:*}; closure[$name]=1 ;;
  esac
done <<<"$closure_out"

# What the build used, as files.
used=()
# CMake packages: their config file.
while IFS= read -r dir; do
  cfg=$(find "$dir" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) 2>/dev/null | head -n1)
  [ -n "$cfg" ] && used+=("$cfg") || used+=("$dir")
done < <(sed -n 's/^[A-Za-z0-9_]*_DIR:PATH=\(\/.*\)$/\1/p' "$cache" | grep -v NOTFOUND | sort -u)
# pkg-config modules: their .pc file.
while IFS= read -r args; do
  IFS=';' read -ra words <<<"$args"
  for w in "${words[@]}"; do
    case $w in REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH|"") continue ;; esac
    module=${w%%[<>=]*}
    pcdir=$(pkg-config --variable=pcfiledir "$module" 2>/dev/null) || { echo "missing pkg-config module: $module"; exit 1; }
    used+=("$pcdir/$module.pc")
  done
done < <(sed -n 's/^__pkg_config_arguments_[A-Za-z0-9_]*:INTERNAL=\(.*\)$/\1/p' "$cache")
# The libraries those modules link (a .pc file may name a library its package does not
# depend on: libxlsxwriter's -lz). Other FILEPATH entries are left out: FindOpenGL, say, looks
# for EGL and GLU, which the build does not use, and finds them only where they happen to be.
while IFS= read -r f; do
  [ -e "$f" ] && used+=("$f")
done < <(sed -n 's/^pkgcfg_lib_[A-Za-z0-9_]*:FILEPATH=\(\/.*\)$/\1/p' "$cache" | sort -u)

# Owners in one dpkg call (it is slow to start); a file not found as named is tried again by
# its real path and with /usr merged or not.
declare -A owner
while IFS= read -r line; do
  case $line in *": /"*) ;; *) continue ;; esac
  pkgs=${line%%: /*}; path=/${line#*: /}
  pkg=${pkgs%%, *}; owner[$path]=${pkg%%:*}
done < <(dpkg -S "${used[@]}" 2>/dev/null || true)
owner_of() {
  local f=$1 c line
  [ -n "${owner[$f]:-}" ] && { echo "${owner[$f]}"; return 0; }
  for c in "$(readlink -f "$f")" "${f#/usr}" "/usr$f"; do
    line=$(dpkg -S "$c" 2>/dev/null | head -n1) || continue
    line=${line%%: /*}; line=${line%%, *}; echo "${line%%:*}"; return 0
  done
  return 1
}

declare -A reported
status=0
checked=0
for f in "${used[@]}"; do
  if ! pkg=$(owner_of "$f"); then
    echo "note: $f belongs to no Debian package (built by hand?)"
    continue
  fi
  checked=$((checked + 1))
  if [ -z "${closure[$pkg]:-}" ] && [ -z "${reported[$pkg]:-}" ]; then
    reported[$pkg]=1
    echo "missing package: $pkg (provides $f; add it to scripts/packages.txt)"
    status=1
  fi
done
[ "$checked" -gt 0 ] || { echo "the cache names nothing the build used"; exit 2; }
[ $status -eq 0 ] && echo "PASS: $checked files the build uses all come from the ${#closure[@]} packages setup.sh installs"
exit $status

#!/usr/bin/env bash
# Every test: installs what is missing (Debian 12), then
#   1. builds with gcc and runs all suites (C, Python, PHP, examples, install);
#   2. builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#      and runs the C and example suites;
#   3. runs the Check suites and the fuzz corpus replay under valgrind.
# Usage: tests/run-all.sh [--quick]   (--quick: step 1 only)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/setup.sh
big_install_packages

quick=no
[ "${1:-}" = "--quick" ] && quick=yes

echo "== gcc build, all suites"
CC=gcc big_configure build
meson compile -C build
meson test -C build --print-errorlogs

[ "$quick" = yes ] && exit 0

c_suites=$(meson test -C build --list 2>/dev/null | sed -n 's/^libbig:\([a-z-]*\) \/ .*/\1/p' |
	grep -vx -e python -e php -e install -e examples -e catalogues -e api | sort -u |
	sed 's/^/--suite /' | tr '\n' ' ')

echo "== clang build with ASan + UBSan: C and example suites"
CC=clang big_configure build-asan -Db_sanitize=address,undefined -Db_lundef=false \
	-Dc_args=-fno-sanitize-recover=all -Dpython=disabled -Dphp=disabled
meson compile -C build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	meson test -C build-asan --print-errorlogs --no-suite install

echo "== valgrind: C suites"
# shellcheck disable=SC2086
meson test -C build --setup valgrind --print-errorlogs $c_suites

#!/usr/bin/env bash
# Every test: installs what is missing (Debian 12), then
#   1. builds with gcc and runs all suites (C, Python, PHP, examples, install),
#      then pip-installs the Python package into a virtual environment and
#      runs its tests there (bindings/python/tests/check-pip-install.sh);
#   2. builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#      and runs the C and example suites;
#   3. builds with clang under ThreadSanitizer and runs the threads suite;
#   4. builds with gcc -O3 (buildtype release), which must compile cleanly;
#   5. runs the Check suites and the fuzz corpus replay under valgrind.
# Usage: tests/run-all.sh [--quick]   (--quick: step 1 only)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/setup.sh
big_install_packages

passed=0 failed=0 skipped=0
# count WORD LOG: the number of meson's "WORD: N" summary line, 0 when absent.
count() {
	local n
	n=$(sed -n "s/^$1: *\([0-9]*\).*/\1/p" "$2" | tail -1)
	echo "${n:-0}"
}

# run_suites MESON-TEST-ARGS…: runs meson test and adds its counts to the totals.
run_suites() {
	local log status
	log=$(mktemp)
	set +e
	meson test "$@" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	passed=$((passed + $(count Ok "$log")))
	failed=$((failed + $(count Fail "$log") + $(count Timeout "$log")))
	skipped=$((skipped + $(count Skipped "$log")))
	rm -f "$log"
	if [ "$status" != 0 ]; then
		echo "libbig: $passed passed, $failed failed, $skipped skipped"
		exit "$status"
	fi
}

quick=no
[ "${1:-}" = "--quick" ] && quick=yes

echo "== gcc build, all suites"
CC=gcc big_configure build
meson compile -C build
run_suites -C build --print-errorlogs

if [ "$quick" = yes ]; then
	echo "libbig: $passed passed, $failed failed, $skipped skipped"
	exit 0
fi

echo "== Python package: pip install . into a virtual environment, its tests with pytest"
if bindings/python/tests/check-pip-install.sh . build/bindings/report-json; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
	echo "libbig: $passed passed, $failed failed, $skipped skipped"
	exit 1
fi

c_suites=$(meson test -C build --list 2>/dev/null | sed -n 's/^libbig:\([a-z-]*\) \/ .*/\1/p' |
	grep -vx -e python -e php -e install -e examples -e catalogues -e api -e browser | sort -u |
	sed 's/^/--suite /' | tr '\n' ' ')

echo "== clang build with ASan + UBSan: C and example suites"
CC=clang big_configure build-asan -Db_sanitize=address,undefined -Db_lundef=false \
	-Dc_args=-fno-sanitize-recover=all -Dpython=disabled -Dphp=disabled
meson compile -C build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	run_suites -C build-asan --print-errorlogs --no-suite install

echo "== clang build with ThreadSanitizer: threads suite"
CC=clang big_configure build-tsan -Db_sanitize=thread -Db_lundef=false -Dpython=disabled \
	-Dphp=disabled
meson compile -C build-tsan
TSAN_OPTIONS=halt_on_error=1 run_suites -C build-tsan --print-errorlogs --suite threads

echo "== gcc release build (-O3): everything compiles without a warning"
# -O3 lets gcc see further (maybe-uninitialized, format-truncation) than the
# debugoptimized build above.
CC=gcc big_configure build-release -Dbuildtype=release -Dpython=disabled -Dphp=disabled
if meson compile -C build-release; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
	echo "libbig: $passed passed, $failed failed, $skipped skipped"
	exit 1
fi

echo "== valgrind: C suites"
# shellcheck disable=SC2086
run_suites -C build --setup valgrind --print-errorlogs $c_suites

echo "libbig: $passed passed, $failed failed, $skipped skipped"

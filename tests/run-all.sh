#!/usr/bin/env bash
# Every test: installs what is missing (Debian 12), then runs these passes:
#   gcc       builds with gcc and runs every suite (C, Python, PHP, examples,
#             browser, install);
#   pip       pip-installs the Python package into a virtual environment and
#             runs its tests there (bindings/python/tests/check-pip-install.sh);
#   asan      builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#             and runs the C and example suites;
#   tsan      builds with clang under ThreadSanitizer and runs the threads suite;
#   release   builds with gcc -O3 (buildtype release), which must compile cleanly;
#   valgrind  runs the Check suites and the fuzz corpus replay under valgrind.
# Ends with one line "libbig: N passed, N failed, N skipped", also when a pass
# stops early.
# Usage: tests/run-all.sh [--quick] [--pass NAME]…
#   --quick      the gcc pass only
#   --pass NAME  only the passes named (in the order above; gcc is built first
#                when another pass needs its build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/setup.sh

all_passes="gcc pip asan tsan release valgrind"
passes=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) passes="$passes gcc" ;;
	--pass)
		case " $all_passes " in
		*" ${2:-} "*) passes="$passes $2" ;;
		*)
			echo "tests/run-all.sh: unknown pass '${2:-}' (passes: $all_passes)" >&2
			exit 2
			;;
		esac
		shift
		;;
	*)
		echo "usage: tests/run-all.sh [--quick] [--pass NAME]... (passes: $all_passes)" >&2
		exit 2
		;;
	esac
	shift
done
[ -n "$passes" ] || passes=$all_passes
wanted() {
	case " $passes " in *" $1 "*) return 0 ;; esac
	return 1
}

passed=0 failed=0 skipped=0 phase=setup
summary() {
	echo "libbig: $passed passed, $failed failed, $skipped skipped"
}
# A setup or a pass that stops the script (a build that fails) still ends with
# the summary, counted as a failure.
on_exit() {
	local status=$?
	if [ "$phase" != finished ]; then
		[ "$status" = 0 ] || { failed=$((failed + 1)); echo "== stopped: $phase failed (exit $status)"; }
		summary
	fi
}
trap on_exit EXIT

# shellcheck disable=SC2086 # a list of package names
big_install_packages $BIG_TEST_PACKAGES
big_setup_locale

# count WORD LOG: the number of meson's "WORD: N" summary line, 0 when absent.
count() {
	local n
	n=$(sed -n "s/^$1: *\([0-9]*\).*/\1/p" "$2" | tail -1)
	echo "${n:-0}"
}

# run_suites MESON-TEST-ARGS…: runs meson test and adds its counts to the
# totals; stops the script when a test fails.
run_suites() {
	local log status n
	log=$(mktemp)
	n=$(meson test --list "$@" 2>/dev/null | grep -c ' / ' || true)
	echo "== running $n tests"
	set +e
	meson test "$@" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	passed=$((passed + $(count Ok "$log")))
	failed=$((failed + $(count Fail "$log") + $(count Timeout "$log")))
	failed=$((failed + $(count "Unexpected Pass" "$log")))
	skipped=$((skipped + $(count Skipped "$log")))
	rm -f "$log"
	if [ "$status" != 0 ]; then
		phase=finished
		summary
		exit "$status"
	fi
}

# The gcc build folder: every pass but release and the sanitizers uses it. Its
# bindings are required here, so that a missing package fails the setup
# instead of leaving the binding tests out.
if wanted gcc || wanted pip || wanted valgrind; then
	phase="gcc build"
	echo "== gcc build"
	CC=gcc big_configure build -Dtests=enabled -Dpython=enabled -Dphp=enabled -Dxlsx=enabled
	big_build build
fi

if wanted gcc; then
	phase="gcc pass"
	echo "== gcc build, all suites"
	run_suites -C build --print-errorlogs
fi

if wanted pip; then
	phase="pip pass"
	echo "== Python package: pip install . into a virtual environment, its tests with pytest"
	if bindings/python/tests/check-pip-install.sh . build/bindings/report-json; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		phase=finished
		summary
		exit 1
	fi
fi

if wanted asan; then
	phase="ASan+UBSan pass"
	echo "== clang build with ASan + UBSan: C and example suites"
	CC=clang big_configure build-asan -Db_sanitize=address,undefined -Db_lundef=false \
		-Dc_args=-fno-sanitize-recover=all -Dpython=disabled -Dphp=disabled -Dxlsx=enabled
	big_build build-asan
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		run_suites -C build-asan --print-errorlogs --no-suite install
fi

if wanted tsan; then
	phase="TSan pass"
	echo "== clang build with ThreadSanitizer: threads suite"
	CC=clang big_configure build-tsan -Db_sanitize=thread -Db_lundef=false -Dpython=disabled \
		-Dphp=disabled
	big_build build-tsan
	TSAN_OPTIONS=halt_on_error=1 run_suites -C build-tsan --print-errorlogs --suite threads
fi

if wanted release; then
	phase="release pass"
	echo "== gcc release build (-O3) without XLSX: compiles without a warning, C suites pass"
	# -O3 lets gcc see further (maybe-uninitialized, format-truncation) than the
	# debugoptimized build above. Built without the optional XLSX feature
	# (docs/xlsx.md), so that the build without it is tested too: CSV works,
	# XLSX fails with BIG_EUNSUPPORTED (suite xlsx). The long suites
	# (properties, examples' allocation sweep, install) run in the gcc pass.
	CC=gcc big_configure build-release -Dbuildtype=release -Dpython=disabled -Dphp=disabled \
		-Dtests=enabled -Dxlsx=disabled
	big_build build-release
	passed=$((passed + 1))
	run_suites -C build-release --print-errorlogs --no-suite properties --no-suite examples \
		--no-suite install --no-suite browser --no-suite catalogues
fi

if wanted valgrind; then
	phase="valgrind pass"
	echo "== valgrind: C suites"
	c_suites=$(meson test -C build --list 2>/dev/null | sed -n 's/^libbig:\([a-z-]*\) \/ .*/\1/p' |
		grep -vx -e python -e php -e install -e examples -e catalogues -e api -e browser | sort -u |
		sed 's/^/--suite /' | tr '\n' ' ')
	# shellcheck disable=SC2086
	run_suites -C build --setup valgrind --print-errorlogs $c_suites
fi

phase=finished
summary

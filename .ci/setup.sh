# shellcheck shell=bash
# Shared by examples/demo.sh and tests/run-all.sh (sourced, not run): installs
# what is missing on Debian 12, makes the nl_NL.UTF-8 locale the locale tests
# use, and configures and builds meson build folders, one line per phase on
# stderr, with the full output of each phase in a log whose path is printed.

# What the demo needs: a C toolchain (gcc only recommends libc6-dev), meson
# and cJSON. Each name here is a real Debian 12 package, and the sets are
# enough with --no-install-recommends. dpkg-dev: meson asks its
# dpkg-architecture for Debian's multiarch libdir (lib/x86_64-linux-gnu);
# without it `meson install` of the demo's build folder would use lib64, which
# neither the loader nor pkg-config searches on Debian. XLSX workbooks
# (meson option xlsx, docs/xlsx.md): libxlsxwriter writes them, minizip and
# expat read them; zlib1g-dev because xlsxwriter.pc links -lz without naming
# zlib, and libxlsxwriter-dev does not depend on it.
BIG_DEMO_PACKAGES="meson ninja-build pkg-config gcc libc6-dev libcjson-dev dpkg-dev
libxlsxwriter-dev libminizip-dev libexpat1-dev zlib1g-dev"

# What every test needs besides (tests/run-all.sh):
# - libclang-rt-14-dev: the sanitizer runtimes, only a Recommends of clang;
# - locales: the nl_NL locale's sources for locale-gen or localedef;
# - chromium: the browser suite renders the HTML report.
# shellcheck disable=SC2034 # used by tests/run-all.sh
BIG_TEST_PACKAGES="$BIG_DEMO_PACKAGES clang libclang-rt-14-dev check valgrind
swig python3 python3-dev python3-venv python3-mesonpy python3-pytest python3-jsonschema
python3-yaml php-dev php-cli php-cgi locales chromium"

# Where the setup phases keep their full output.
BIG_LOG_DIR=build/logs

big_say() {
	echo "$*" >&2
}

big_missing_packages() {
	local missing="" p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	echo "$missing"
}

# big_apt_summary PACKAGES…: "244 packages, 311 MB to download, 1262 MB on
# disk", from apt-get's simulation and the packages' sizes. (Not from
# --assume-no: apt installs without asking when it installs just the packages
# named.)
big_apt_summary() {
	local inst n get disk
	inst=$(LC_ALL=C apt-get install --no-install-recommends -s "$@" 2>/dev/null |
		awk '$1 == "Inst" { print $2 }')
	n=$(printf '%s\n' "$inst" | grep -c . || true)
	# Only what is not in apt's cache yet.
	get=$(LC_ALL=C apt-get install --no-install-recommends --print-uris -qq "$@" 2>/dev/null |
		awk '{ s += $3 } END { printf "%.0f", s / 1e6 }')
	# shellcheck disable=SC2086 # a list of package names
	disk=$(apt-cache show --no-all-versions $inst 2>/dev/null |
		awk '/^Installed-Size:/ { s += $2 } END { printf "%.0f", s / 1024 }')
	echo "$n packages, $get MB to download, $disk MB on disk"
}

# big_run_logged LOG COMMAND…: runs COMMAND with its output in LOG; on failure
# shows the end of LOG and exits with COMMAND's status.
big_run_logged() {
	local log=$1 status
	shift
	set +e
	"$@" >>"$log" 2>&1
	status=$?
	set -e
	if [ "$status" != 0 ]; then
		big_say "setup: failed ($*), the end of $log:"
		tail -n 40 "$log" >&2
		exit "$status"
	fi
}

# big_install_packages PACKAGES…: installs those that are missing (as root),
# or prints the apt-get line that installs them and exits 1.
big_install_packages() {
	local missing log start ticker status
	missing=$(big_missing_packages "$@")
	[ -n "$missing" ] || return 0
	if [ "$(id -u)" != 0 ]; then
		big_say "setup: Debian packages are missing; run this as root, then this command again:"
		big_say "  apt-get update && apt-get install -y --no-install-recommends$missing"
		exit 1
	fi
	mkdir -p "$BIG_LOG_DIR"
	log=$BIG_LOG_DIR/apt-get.log
	: >"$log"
	start=$SECONDS
	big_say "setup: apt-get update (log: $log)"
	big_run_logged "$log" apt-get update
	# shellcheck disable=SC2086 # a list of package names
	big_say "setup: installing$missing: $(big_apt_summary $missing)"
	# One line every 20 s instead of apt's and dpkg's hundreds.
	(
		while sleep 20; do
			big_say "setup: ... $(grep -c '^Get:' "$log") downloaded, $(grep -c '^Setting up' "$log") set up"
		done
	) &
	ticker=$!
	# Background jobs of a script ignore Ctrl-C: stop the ticker with the script.
	trap 'kill "$ticker" 2>/dev/null; exit 130' INT TERM
	set +e
	# shellcheck disable=SC2086
	env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
		>>"$log" 2>&1
	status=$?
	set -e
	kill "$ticker" 2>/dev/null || true
	wait "$ticker" 2>/dev/null || true
	trap - INT TERM
	if [ "$status" != 0 ]; then
		big_say "setup: apt-get install failed, the end of $log:"
		tail -n 40 "$log" >&2
		exit "$status"
	fi
	big_say "setup: installed in $((SECONDS - start)) s"
}

# big_setup_locale: makes nl_NL.UTF-8 available to the locale tests (decimal
# comma). As root it is generated for the system; otherwise it is compiled into
# build/locale and LOCPATH is exported, for the tests this script runs. Then
# BIG_TEST_LOCALE=required is exported: a locale check that cannot switch to
# nl_NL.UTF-8 fails instead of skipping.
big_setup_locale() {
	if [ "$(LC_ALL=nl_NL.UTF-8 locale decimal_point 2>/dev/null)" = "," ]; then
		: # the system has it
	elif [ "$(id -u)" = 0 ]; then
		big_say "setup: generating the locale nl_NL.UTF-8 (locale-gen)"
		sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
		grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen || echo 'nl_NL.UTF-8 UTF-8' >>/etc/locale.gen
		locale-gen >/dev/null
	else
		LOCPATH=$PWD/build/locale
		export LOCPATH
		if [ "$(LC_ALL=nl_NL.UTF-8 locale decimal_point 2>/dev/null)" != "," ]; then
			big_say "setup: compiling the locale nl_NL.UTF-8 into build/locale (localedef)"
			rm -rf build/locale
			mkdir -p build/locale
			localedef -i nl_NL -f UTF-8 build/locale/nl_NL.UTF-8 2>/dev/null || true
		fi
	fi
	if [ "$(LC_ALL=nl_NL.UTF-8 locale decimal_point 2>/dev/null)" = "," ]; then
		BIG_TEST_LOCALE=required
		export BIG_TEST_LOCALE
	elif [ "${CI:-}" = true ]; then
		big_say "setup: the locale nl_NL.UTF-8 cannot be made, and CI runs every locale check"
		exit 1
	else
		big_say "setup: the locale nl_NL.UTF-8 cannot be made; the locale checks will be skipped"
	fi
}

# big_configure DIR [meson options…]: configures DIR, or reconfigures it with
# these options.
big_configure() {
	local dir=$1 log
	shift
	mkdir -p "$BIG_LOG_DIR"
	log=$BIG_LOG_DIR/configure-$(basename "$dir").log
	: >"$log"
	big_say "setup: configuring $dir${*:+ ($*)} (log: $log)"
	if [ -f "$dir/build.ninja" ]; then
		big_run_logged "$log" meson setup --reconfigure "$dir" "$@"
	else
		big_run_logged "$log" meson setup "$dir" "$@"
	fi
}

# big_build DIR: builds DIR; ninja's one-line progress on a terminal, else its
# output in a log.
big_build() {
	local dir=$1 log start=$SECONDS
	big_say "setup: building $dir"
	if [ -t 2 ]; then
		meson compile -C "$dir" >&2
	else
		log=$BIG_LOG_DIR/build-$(basename "$dir").log
		: >"$log"
		big_run_logged "$log" meson compile -C "$dir"
	fi
	big_say "setup: built $dir in $((SECONDS - start)) s"
}

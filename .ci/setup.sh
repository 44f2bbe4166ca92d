# Shared by examples/demo.sh and tests/run-all.sh (sourced, not run):
# installs what is missing on Debian 12 and configures a meson build folder.

# Debian packages the build and the tests need.
BIG_PACKAGES="meson ninja-build pkg-config gcc clang libcjson-dev check swig python3 python3-dev
php-dev php-cli valgrind locales python3-jsonschema python3-yaml chromium
python3-mesonpy python3-pytest python3-venv php-cgi"

big_missing_packages() {
	local missing="" p
	for p in $BIG_PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	echo "$missing"
}

big_install_packages() {
	local missing
	missing=$(big_missing_packages)
	if [ -n "$missing" ]; then
		if [ "$(id -u)" = 0 ]; then
			echo "setup: installing:$missing" >&2
			apt-get update -qq
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
		else
			echo "setup: missing Debian packages; run as root:" >&2
			echo "  apt-get update && apt-get install -y$missing" >&2
			exit 1
		fi
	fi
	# The locale tests compare output under nl_NL.UTF-8 (decimal comma) with C.
	if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
		if [ "$(id -u)" = 0 ]; then
			sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
			grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen || echo 'nl_NL.UTF-8 UTF-8' >> /etc/locale.gen
			locale-gen >/dev/null
		else
			echo "setup: locale nl_NL.UTF-8 is missing; the locale checks will be skipped" >&2
		fi
	fi
}

# big_configure DIR [meson options…]: configures DIR, or reconfigures it.
big_configure() {
	local dir=$1
	shift
	if [ -f "$dir/build.ninja" ]; then
		meson setup --reconfigure "$dir" "$@" >/dev/null
	else
		meson setup "$dir" "$@" >/dev/null
	fi
}

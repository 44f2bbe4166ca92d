#!/usr/bin/env bash
# The install check of CI's fresh-root pass (.ci/fresh-checks.sh root): it
# changes the system, so it runs only as root in a throwaway root, after
# tests/run-all.sh has configured build/ with the bindings.
#
# Runs the README's install block as written (meson install into /usr/local,
# the C example built with pkg-config, bigscore, the Python example with
# /usr/bin/python3, the PHP example with the installed extension), checks that
# each came from the system install, then the README's pip route into a
# virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "check-install: must run as root (it installs into /usr/local)" >&2; exit 2; }
[ "${CI:-}" = true ] || { echo "check-install: installs into the system: CI=true only" >&2; exit 2; }

fail() {
	echo "FAIL: check-install: $*" >&2
	exit 1
}

python3 tests/check-readme.py --shell install README.md

# Each piece is the installed one, found without help from the build folder.
multiarch=$(gcc -print-multiarch)
libdir=/usr/local/lib/$multiarch
[ -f "$libdir/libbig.so.0" ] || fail "libbig.so.0 is not in $libdir"
[ "$(pkg-config --variable=libdir libbig)" = "$libdir" ] || fail "libbig.pc names another libdir"
ldconfig -p | grep -q "libbig.so.0 .*=> $libdir/libbig.so.0" ||
	fail "the loader's cache has no $libdir/libbig.so.0 (ldconfig did not run)"
[ "$(command -v bigscore)" = /usr/local/bin/bigscore ] || fail "bigscore is not /usr/local/bin/bigscore"
ldd /usr/local/bin/bigscore | grep -q "libbig.so.0 => $libdir/libbig.so.0" ||
	fail "bigscore does not load $libdir/libbig.so.0"
echo "check-install: library, pkg-config file and bigscore in /usr/local ($libdir)"

# /usr/bin/python3 from outside the tree: the installed module, nothing else.
pyfile=$(cd / && /usr/bin/python3 -c 'import libbig; print(libbig.__file__)')
case $pyfile in
/usr/local/*) echo "check-install: /usr/bin/python3 imports $pyfile" ;;
*) fail "/usr/bin/python3 imports libbig from $pyfile, not from /usr/local" ;;
esac
# From the project's folder the C sources' folder libbig/ hands over to it.
pyroot=$(/usr/bin/python3 -c 'import libbig; print(libbig.__file__)')
[ "$pyroot" = "$pyfile" ] || fail "in the project's folder libbig is $pyroot, not $pyfile"

phpext=$(php-config --extension-dir)/libbig.so
[ -f "$phpext" ] || fail "the PHP extension is not in $phpext"
(cd / && php -d extension=libbig -r 'echo "check-install: PHP loads libbig ", big_version(), "\n";') ||
	fail "php -d extension=libbig does not load the installed extension"

# The README's pip route, with HOME in a temporary folder for ~/venvs.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home python3 tests/check-readme.py --shell venv README.md
echo "check-install: ok"

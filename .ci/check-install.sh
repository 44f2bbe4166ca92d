#!/usr/bin/env bash
# The install checks of CI's fresh-root pass (.ci/fresh-checks.sh). They
# install, so they run only in a throwaway root (CI=true), after
# tests/run-all.sh has configured build/ with the bindings.
#
#   .ci/check-install.sh system   as root: the README's install block as
#       written (meson install into /usr/local, the C example built with
#       pkg-config, bigscore, the Python example with /usr/bin/python3, the PHP
#       example with the installed extension), each checked to come from the
#       system install; then the README's pip route into a virtual environment
#   .ci/check-install.sh home     as a user: the README's install block for a
#       prefix of one's own (~/.local), everything checked to be below it
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${CI:-}" = true ] || { echo "check-install: it installs: CI=true only" >&2; exit 2; }

fail() {
	echo "FAIL: check-install: $*" >&2
	exit 1
}

# imported_from DIR PYTHON: where PYTHON imports libbig from, run in DIR.
imported_from() {
	(cd "$1" && "$2" -c 'import libbig; print(libbig.__file__)')
}

system() {
	[ "$(id -u)" = 0 ] || fail "the system install needs root"
	python3 tests/check-readme.py --shell install README.md

	local multiarch libdir cache pyfile pyroot phpext venvfile
	multiarch=$(gcc -print-multiarch)
	libdir=/usr/local/lib/$multiarch
	[ -f "$libdir/libbig.so.0" ] || fail "libbig.so.0 is not in $libdir"
	[ "$(pkg-config --variable=libdir libbig)" = "$libdir" ] || fail "libbig.pc names another libdir"
	cache=$(ldconfig -p)
	case $cache in
	*"libbig.so.0 "*"=> $libdir/libbig.so.0"*) ;;
	*) fail "the loader's cache has no $libdir/libbig.so.0 (ldconfig did not run)" ;;
	esac
	[ "$(command -v bigscore)" = /usr/local/bin/bigscore ] || fail "bigscore is not /usr/local/bin/bigscore"
	case $(ldd /usr/local/bin/bigscore) in
	*"libbig.so.0 => $libdir/libbig.so.0"*) ;;
	*) fail "bigscore does not load $libdir/libbig.so.0" ;;
	esac
	echo "check-install: library, pkg-config file and bigscore in /usr/local ($libdir)"

	# /usr/bin/python3 from outside the tree: the installed module, in pip's
	# folder for /usr/local, not dpkg's /usr/lib/python3/dist-packages.
	pyfile=$(imported_from / /usr/bin/python3)
	case $pyfile in
	/usr/local/lib/python3.*/dist-packages/libbig.py) echo "check-install: /usr/bin/python3 imports $pyfile" ;;
	*) fail "/usr/bin/python3 imports libbig from $pyfile, not /usr/local/lib/python3.X/dist-packages" ;;
	esac
	# From the project's folder the C sources' folder libbig/ hands over to it.
	pyroot=$(imported_from . /usr/bin/python3)
	[ "$pyroot" = "$pyfile" ] || fail "in the project's folder libbig is $pyroot, not $pyfile"

	phpext=$(php-config --extension-dir)/libbig.so
	[ -f "$phpext" ] || fail "the PHP extension is not in $phpext"
	(cd / && php -d extension=libbig -r 'echo "check-install: PHP loads libbig ", big_version(), "\n";') ||
		fail "php -d extension=libbig does not load the installed extension"

	# The README's pip route, with HOME in a temporary folder for ~/venvs; the
	# venv sees /usr/local's module too (--system-site-packages), so check
	# that it imports its own.
	# (A global: the EXIT trap runs after this function has returned.)
	venv_home=$(mktemp -d)
	trap 'rm -rf "$venv_home"' EXIT
	HOME=$venv_home python3 tests/check-readme.py --shell venv README.md
	venvfile=$(imported_from / "$venv_home/venvs/libbig/bin/python")
	case $venvfile in
	"$venv_home/venvs/libbig/"*) echo "check-install: the virtual environment imports $venvfile" ;;
	*) fail "the virtual environment imports libbig from $venvfile" ;;
	esac
}

home() {
	[ "$(id -u)" != 0 ] || fail "the install into a prefix of one's own runs as a user"
	python3 tests/check-readme.py --shell install-home README.md
	local outside pyfile
	# Nothing installed outside ~/.local.
	outside=$(meson introspect --installed build | python3 -c '
import json, os, sys
prefix = os.path.expanduser("~/.local") + "/"
print("\n".join(d for d in json.load(sys.stdin).values() if not d.startswith(prefix)))')
	[ -z "$outside" ] || fail "installed outside ~/.local: $outside"
	pyfile=$(imported_from / python3)
	case $pyfile in
	"$HOME/.local/lib/python3."*"/site-packages/libbig.py") echo "check-install: python3 imports $pyfile" ;;
	*) fail "python3 imports libbig from $pyfile, not from ~/.local" ;;
	esac
}

case "${1:-}" in
system) system ;;
home) home ;;
*)
	echo "usage: .ci/check-install.sh system|home" >&2
	exit 2
	;;
esac
echo "check-install: ok"

#!/bin/sh
# The Python package as a user installs it (docs/python.md, Install): a copy
# of the source tree, pip install into a fresh virtual environment of
# Debian's /usr/bin/python3 with its meson-python (no network), then, from
# outside the tree, the module's tests with pytest against the installed
# module, its stub beside it, and examples/python/national_return.py.
# Run by tests/run-all.sh after the gcc build.
#
# Usage: check-pip-install.sh SOURCE_ROOT REPORT_JSON
set -eu

root=$(cd "$1" && pwd)
report_json=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
python=/usr/bin/python3
fail() {
	echo "check-pip-install: $*" >&2
	exit 1
}
[ -x "$python" ] || fail "$python is missing"
"$python" -c 'import mesonpy' 2>/dev/null || fail "meson-python is missing (python3-mesonpy)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A copy of the files of the tree (not its build folders): meson-python
# writes into the source folder it builds.
mkdir "$tmp/src"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$root" && git ls-files -co --exclude-standard -z |
		xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
		xargs -0 cp --parents -t "$tmp/src")
else
	tar -C "$root" --exclude='./build*' -cf - . | tar -C "$tmp/src" -xf -
fi

"$python" -m venv --system-site-packages "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --no-build-isolation --no-index --quiet "$tmp/src" ||
	fail "pip install failed"

cd "$tmp"
site=$("$tmp/venv/bin/python" -c 'import libbig, os; print(os.path.dirname(libbig.__file__))')
case $site in
"$tmp/venv/"*) ;;
*) fail "libbig is imported from $site, not from the virtual environment" ;;
esac
[ -f "$site/libbig.pyi" ] || fail "libbig.pyi is not installed beside libbig.py"
# A wheel with the extension _libbig is a platform wheel (cp311-cp311-linux_x86_64),
# never py3-none-any, which pip would install for any Python.
wheel=$(ls "$site"/libbig-*.dist-info/WHEEL 2>/dev/null | head -n 1)
[ -n "$wheel" ] || fail "no libbig-*.dist-info/WHEEL in $site"
grep -qx 'Root-Is-Purelib: false' "$wheel" || fail "the wheel says it is pure Python: $(cat "$wheel")"
grep -q '^Tag: cp3[0-9]*-cp3[0-9]*-linux_' "$wheel" || fail "the wheel's tag is not a CPython platform tag: $(cat "$wheel")"
echo "check-pip-install: libbig $("$tmp/venv/bin/python" -c 'import libbig; print(libbig.version())') in $site"

BIG_TEST_REPORT_JSON=$report_json BIG_TEST_DATA=$root/tests/data BIG_TEST_EXAMPLES=$root/examples/data \
	"$tmp/venv/bin/python" "$root/bindings/python/run-tests.py" "$root"/bindings/python/tests/test_*.py ||
	fail "the tests fail against the installed module"
"$tmp/venv/bin/python" "$root/examples/python/national_return.py" "$root/examples/data/collab" \
	--output "$tmp/return.csv" || fail "national_return.py failed"
grep -q '^2025,national,' "$tmp/return.csv" || fail "national_return.py wrote no national rows"
echo "check-pip-install: pip install, the tests (pytest) and national_return.py work"

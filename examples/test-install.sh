#!/bin/sh
# Installs the build tree into a temporary DESTDIR, then builds
# examples/minimal.c against the installed headers and library with
# pkg-config, runs it, and checks what was installed. When the bindings were
# installed, it also loads the installed Python module and PHP extension from
# the DESTDIR and checks that they score the demo assessment as the installed
# bigscore does.
#
# Usage: test-install.sh BUILD_DIR SOURCE_DIR [PYTHON [PHP_EXTENSION_DIR]]
#   PYTHON             the interpreter meson found (the Python check is skipped
#                      when empty or when no libbig.py was installed)
#   PHP_EXTENSION_DIR  where the PHP extension installs (absolute); empty or
#                      absent: `php-config --extension-dir`
# Exit status 77 (skipped) when pkg-config or a C compiler is missing.
set -eu

build=$1
source=$2
python=${3:-}
php_extension_dir=${4:-}
cc=${CC:-cc}

command -v pkg-config >/dev/null 2>&1 || { echo "pkg-config not found: skipped"; exit 77; }
command -v "$cc" >/dev/null 2>&1 || { echo "$cc not found: skipped"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/libbig-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
dest=$tmp/dest

# Without --no-rebuild: `meson test --suite install` builds only what the
# tests need, and the install needs every target (bindings included).
meson install -C "$build" --quiet --destdir "$dest" >"$tmp/install.log" 2>&1 ||
	{ cat "$tmp/install.log" >&2; exit 1; }

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

pc=$(find "$dest" -name libbig.pc | head -n 1)
[ -n "$pc" ] || fail "libbig.pc is not installed"
echo "pkg-config file: ${pc#"$dest"}"

# The sysroot makes pkg-config point -I and -L into the destdir.
PKG_CONFIG_PATH=$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
cflags=$(pkg-config --cflags libbig)
libs=$(pkg-config --libs libbig)
echo "cflags: $cflags"
echo "libs: $libs"

# Headers: version.h installed, nothing private.
incdir=$dest$(PKG_CONFIG_SYSROOT_DIR='' pkg-config --variable=includedir libbig)
[ -f "$incdir/big.h" ] || fail "big.h is not installed in ${incdir#"$dest"}"
[ -f "$incdir/big/version.h" ] || fail "big/version.h is not installed"
private=$(find "$dest" -name 'big_*.h')
[ -z "$private" ] || fail "private headers installed: $private"
for h in "$source"/libbig/*/*.h; do
	[ -e "$h" ] || continue
	found=$(find "$dest" -name "$(basename "$h")")
	[ -z "$found" ] || fail "private header installed: ${found#"$dest"}"
done
for h in "$incdir"/big/*.h; do
	grep -q "big/$(basename "$h")" "$incdir/big.h" ||
		fail "big/$(basename "$h") is installed but not included by big.h"
done

# Build and run the minimal example against the installed library only.
libdir=$dest$(PKG_CONFIG_SYSROOT_DIR='' pkg-config --variable=libdir libbig)
# shellcheck disable=SC2086 # the flags are lists of words
"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/minimal" "$source/examples/minimal.c" $cflags $libs
[ -f "$libdir/libbig.so" ] || fail "libbig.so is not in the libdir of libbig.pc"
out=$(LD_LIBRARY_PATH=$libdir "$tmp/minimal" "$source/examples/data/demo-assessment.json")
echo "$out" | head -n 1
echo "$out" | grep -Eq '^implementation [01]\.[0-9]{3}, coverage [01]\.[0-9]{3}$' || fail "minimal printed no score"
if command -v ldd >/dev/null 2>&1; then
	LD_LIBRARY_PATH=$libdir ldd "$tmp/minimal" | grep -F "$dest" >/dev/null ||
		fail "minimal is not linked against the installed libbig"
fi

# The installed command-line tool runs too.
bigscore=$(find "$dest" -type f -name bigscore | head -n 1)
[ -n "$bigscore" ] || fail "bigscore is not installed"
LD_LIBRARY_PATH=$libdir "$bigscore" --version

# The report of the installed C library: the bindings must agree with it.
demo=$source/examples/data/demo-assessment.json
LD_LIBRARY_PATH=$libdir "$bigscore" score --json "$demo" >"$tmp/demo-report.json" ||
	fail "bigscore --json failed"

# The Python module, from the DESTDIR only (libbig.py and _libbig beside it).
pymod=$(find "$dest" -type f -name libbig.py | head -n 1)
if [ -z "$pymod" ]; then
	echo "Python binding: not installed"
elif [ -z "$python" ]; then
	echo "Python binding: installed, but no interpreter given: not checked"
else
	pydir=$(dirname "$pymod")
	echo "Python binding: ${pydir#"$dest"}"
	ls "$pydir"/_libbig*.so >/dev/null 2>&1 || fail "_libbig is not installed beside libbig.py"
	cat >"$tmp/check.py" <<'PYEOF'
import json
import sys

import libbig

dest, report_path, demo = sys.argv[1:]
for mod in (libbig, libbig._libbig):
    if not mod.__file__.startswith(dest + "/"):
        sys.exit("FAIL: %s is imported from %s, not from the DESTDIR" % (mod.__name__, mod.__file__))
try:
    with open("/proc/self/maps", encoding="utf-8") as f:
        maps = [line.split()[-1] for line in f if "/libbig.so" in line]
except OSError:
    maps = []
for path in maps:
    if not path.startswith(dest + "/"):
        sys.exit("FAIL: %s is loaded, not the installed libbig" % path)
with open(report_path, encoding="utf-8") as f:
    expected = json.load(f)["overall"]["implementation"]
cat = libbig.Catalogue.builtin("bio2")
got = libbig.Assessment.load_file(cat, demo).score().overall.implementation
print("python %s: implementation %r, bigscore: %r" % (libbig.__version__, got, expected))
if got != expected:
    sys.exit("FAIL: the installed Python binding scores differently from bigscore")
PYEOF
	# From $tmp, so that the build or source tree is not on sys.path.
	(cd "$tmp" && PYTHONPATH=$pydir LD_LIBRARY_PATH=$libdir \
		"$python" "$tmp/check.py" "$dest" "$tmp/demo-report.json" "$demo") ||
		fail "the installed Python binding does not work"
fi

# The PHP extension, by its install folder inside the DESTDIR: it is called
# libbig.so, like the C library.
if [ -z "$php_extension_dir" ] && command -v php-config >/dev/null 2>&1; then
	php_extension_dir=$(php-config --extension-dir)
fi
phpext=$dest$php_extension_dir/libbig.so
if [ -z "$php_extension_dir" ] || [ ! -f "$phpext" ]; then
	echo "PHP extension: not installed"
elif ! command -v php >/dev/null 2>&1; then
	echo "PHP extension: installed, but php is not found: not checked"
else
	echo "PHP extension: ${phpext#"$dest"}"
	cat >"$tmp/check.php" <<'PHPEOF'
<?php
[, $dest, $report_path, $demo] = $argv;
if (!extension_loaded('libbig')) {
    fwrite(STDERR, "FAIL: the libbig extension is not loaded\n");
    exit(1);
}
$maps = @file_get_contents('/proc/self/maps');
foreach ($maps === false ? [] : explode("\n", $maps) as $line) {
    $path = strrchr($line, ' ');
    if ($path !== false && str_contains($path, '/libbig.so') && !str_starts_with(ltrim($path), "$dest/")) {
        fwrite(STDERR, 'FAIL: ' . ltrim($path) . " is loaded, not the installed libbig\n");
        exit(1);
    }
}
$expected = json_decode(file_get_contents($report_path), true)['overall']['implementation'];
$cat = BigCatalogue::builtin('bio2');
$got = BigAssessment::load_file($cat, $demo)->score()->overall->implementation;
echo 'php ' . big_version() . ': implementation ' . var_export($got, true)
    . ', bigscore: ' . var_export($expected, true) . "\n";
if ((float)$expected !== $got) {
    fwrite(STDERR, "FAIL: the installed PHP extension scores differently from bigscore\n");
    exit(1);
}
PHPEOF
	(cd "$tmp" && LD_LIBRARY_PATH=$libdir php -n -d "extension=$phpext" \
		-d error_reporting=E_ALL -d display_errors=stderr \
		"$tmp/check.php" "$dest" "$tmp/demo-report.json" "$demo") ||
		fail "the installed PHP extension does not work"
fi
echo "ok"

#!/bin/sh
# Installs the build tree into a temporary DESTDIR, then builds
# examples/minimal.c against the installed headers and library with
# pkg-config, runs it, and checks what was installed.
#
# Usage: test-install.sh BUILD_DIR SOURCE_DIR
# Exit status 77 (skipped) when pkg-config or a C compiler is missing.
set -eu

build=$1
source=$2
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
for h in "$source"/libbig/*.h; do
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
echo "ok"

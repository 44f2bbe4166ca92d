#!/bin/sh
# Runs a command and compares its standard output byte for byte with a file.
# Usage: check-output.sh EXPECTED-FILE COMMAND [ARGS...]
set -eu
expected=$1
shift
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$@" > "$actual"
if ! cmp -s "$expected" "$actual"; then
	echo "check-output: the output of $1 differs from $expected:"
	diff -u "$expected" "$actual" | head -40
	exit 1
fi
echo "check-output: $expected matches"

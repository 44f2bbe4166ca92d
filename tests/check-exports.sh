#!/bin/sh
# The exported symbols of the shared library, the names in the version script
# and the BIG_EXPORT declarations of the public headers must be the same set.
# Usage: check-exports.sh LIBRARY VERSION-SCRIPT INCLUDE-DIR
set -eu
lib=$1 sym=$2 inc=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$lib" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' | sort > "$tmp/exported"
sed -n 's/^[[:space:]]*\(big_[a-z0-9_]*\);.*/\1/p' "$sym" | sort > "$tmp/listed"
# A declaration may break after its return type: join it with the next line.
find "$inc" \( -name '*.h' -o -name '*.h.in' \) -exec cat {} + |
	awk '/^BIG_EXPORT / && !/\(/ { getline next_line; $0 = $0 " " next_line } /^BIG_EXPORT / { print }' |
	sed -E 's/^[^(]*[ *](big_[a-z0-9_]+)\(.*/\1/' | sort > "$tmp/declared"

status=0
for pair in "exported listed" "listed declared"; do
	set -- $pair
	if ! diff -u "$tmp/$1" "$tmp/$2" > "$tmp/diff"; then
		echo "check-exports: $1 and $2 symbols differ:"
		cat "$tmp/diff"
		status=1
	fi
done
n=$(wc -l < "$tmp/exported")
[ "$n" -gt 0 ] || { echo "check-exports: no symbols found in $lib"; exit 1; }
[ $status = 0 ] && echo "check-exports: $n symbols agree"
exit $status

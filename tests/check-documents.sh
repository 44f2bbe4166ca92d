#!/bin/sh
# Runs write-documents into a temporary folder and compares what it writes
# byte for byte with the committed fixtures.
# Usage: check-documents.sh WRITE-DOCUMENTS DATA_DIR
set -eu
exe=$1
data=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$exe" "$data" "$out"
status=0
for name in aggregate aggregate-collaboration distribution migration trend; do
	if ! cmp -s "$data/documents/$name.json" "$out/$name.json"; then
		echo "check-documents: $data/documents/$name.json differs from what the library writes:"
		diff -u "$data/documents/$name.json" "$out/$name.json" | head -40
		status=1
	else
		echo "check-documents: documents/$name.json matches"
	fi
done
exit $status

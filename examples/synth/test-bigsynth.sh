#!/bin/sh
# bigsynth is deterministic and writes documents libbig loads:
#   test-bigsynth.sh BIGSYNTH SYNTH-CHECK
# Writes the default data set (seed 1, 340 municipalities, 5 periods) twice
# and compares the bytes, checks that another seed gives other bytes, and
# loads every document with synth-check (strict mode, see synth-check.c).
set -eu
bigsynth=$1
check=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bigsynth" --help | grep -q '^Usage: bigsynth'
"$bigsynth" --out "$tmp/a"
"$bigsynth" --seed 1 --organisations 340 --periods 5 --out "$tmp/b"
diff -r "$tmp/a" "$tmp/b"
"$bigsynth" --seed 2 --organisations 30 --periods 2 --out "$tmp/c"
"$bigsynth" --seed 1 --organisations 30 --periods 2 --out "$tmp/d"
if diff -r -q "$tmp/c" "$tmp/d" >/dev/null; then
	echo "test-bigsynth: seeds 1 and 2 give the same data" >&2
	exit 1
fi
test "$(ls "$tmp/a/assessments")" = "$(printf '2021\n2022\n2023\n2024\n2025')"
test "$(ls "$tmp/a/assessments/2025" | grep -c '^GM9[0-9]*\.json$')" = 340
test "$(ls "$tmp/a/collaborations" | wc -l)" = 30
if "$bigsynth" --organisations 0 --out "$tmp/e" 2>/dev/null; then
	echo "test-bigsynth: --organisations 0 accepted" >&2
	exit 1
fi
"$check" "$tmp/a"
"$check" "$tmp/c"

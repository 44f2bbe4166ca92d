#!/usr/bin/env bash
# The demo: installs what is missing (Debian 12), builds libbig, then runs the
# whole chain on built-in data:
#   1. bigsynth writes the national synthetic return (seed 1: 340 fictional
#      municipalities, 30 collaborations, 5 periods) into build/demo/synth/;
#   2. bigscore scores one municipality for the last period;
#   3. bigscore aggregates one of its collaborations over the members;
#   4. bigscore report writes the council report, build/demo/report.html, with
#      the trend, the national distribution and the collaboration;
#   5. the municipality's self-evaluation as a workbook and back: bigscore
#      template (CSV, pre-filled from its assessment), bigscore import, and
#      the same report bytes as from the JSON.
# Usage: examples/demo.sh [--json] [--lang nl|en]
#   --json: print the JSON report of step 2 instead of the summaries.
#   --lang: the language of the node titles and of the report (default nl:
#           the BIO2's own Dutch titles; en: their English titles).
set -euo pipefail
cd "$(dirname "$0")/.."

json=0
lang="nl"
while [ $# -gt 0 ]; do
	case "$1" in
	--json) json=1 ;;
	--lang)
		lang="${2:-}"
		shift
		;;
	*)
		echo "usage: examples/demo.sh [--json] [--lang nl|en]" >&2
		exit 2
		;;
	esac
	shift
done
case "$lang" in
nl | en) ;;
*)
	echo "usage: examples/demo.sh [--json] [--lang nl|en]" >&2
	exit 2
	;;
esac

. .ci/setup.sh
# shellcheck disable=SC2086 # a list of package names
big_install_packages $BIG_DEMO_PACKAGES
# A new build folder gets the library and the programs only (no tests, no
# bindings: their packages are not installed for the demo); one that exists,
# say from tests/run-all.sh, is used as it is.
if [ ! -f build/build.ninja ]; then
	big_configure build -Dtests=disabled -Dpython=disabled -Dphp=disabled -Dxlsx=enabled
fi
big_build build

seed=1
organisation=GM9032 # a municipality of the sociale dienst SV9001 that records opzet, bestaan and werking
collaboration=SV9001
out=build/demo
bigscore=build/examples/bigscore/bigscore

rm -rf "$out/synth"
mkdir -p "$out"
synth=$(build/examples/synth/bigsynth --seed "$seed" --out "$out/synth")
periods=$(ls "$out/synth/assessments" | sort)
period=$(echo "$periods" | tail -n 1)
previous=$(echo "$periods" | tail -n 2 | head -n 1)
assessments="$out/synth/assessments/$period"
collab="$out/synth/collaborations/$collaboration.json"

"$bigscore" report --lang "$lang" -o "$out/report.html" --date "$period-12-31" --goal 80 \
	--previous "$out/synth/assessments/$previous/$organisation.json" \
	--peers "$assessments" --collaboration "$collab" "$assessments/$organisation.json"

if [ "$json" = 1 ]; then
	"$bigscore" score --json --lang "$lang" "$assessments/$organisation.json"
	echo "The council report: $out/report.html" >&2
	exit 0
fi
# The headings in the language of the report.
if [ "$lang" = nl ]; then
	echo "== 1. Synthetische landelijke uitvraag (seed $seed): $(ls "$assessments" | wc -l)" \
		"gemeenten en samenwerkingsverbanden in $period, $(echo "$periods" | wc -l) perioden, in $out/synth"
	echo
	echo "== 2. $organisation, periode $period"
else
	echo "== 1. National synthetic return: $synth"
	echo
	echo "== 2. $organisation, period $period"
fi
"$bigscore" score --lang "$lang" "$assessments/$organisation.json"
echo
if [ "$lang" = nl ]; then
	echo "== 3. Samenwerkingsverband $collaboration, periode $period"
else
	echo "== 3. Collaboration $collaboration, period $period"
fi
"$bigscore" aggregate --lang "$lang" --collaboration "$collab" "$assessments"
echo
if [ "$lang" = nl ]; then
	echo "== 4. Het raadsrapport (HTML, af te drukken op A4): $out/report.html"
else
	echo "== 4. The council report (HTML, prints on A4): $out/report.html"
fi

# 5. The self-evaluation workbook (docs/workbooks.md): the assessment as the
# CSV files a CISO fills in, read back, scored to the same report bytes.
workbook="$out/workbook"
rm -rf "$workbook"
mkdir -p "$workbook"
"$bigscore" template --lang "$lang" --previous "$assessments/$organisation.json" \
	-o "$workbook/$organisation.csv"
"$bigscore" import "$workbook/$organisation"*.csv -o "$workbook/$organisation.json"
if cmp -s <("$bigscore" score --json "$assessments/$organisation.json" 2>/dev/null) \
	<("$bigscore" score --json "$workbook/$organisation.json" 2>/dev/null); then
	same=1
else
	same=0
fi
files=$(ls "$workbook"/*.csv | wc -l)
echo
if [ "$lang" = nl ]; then
	echo "== 5. Zelfevaluatie als werkboek: $files CSV-bestanden in $workbook, terug ingelezen:" \
		"$([ "$same" = 1 ] && echo "hetzelfde rapport" || echo "ANDER RAPPORT")"
else
	echo "== 5. The self-evaluation as a workbook: $files CSV files in $workbook, read back:" \
		"$([ "$same" = 1 ] && echo "the same report" || echo "A DIFFERENT REPORT")"
fi
[ "$same" = 1 ]

#!/bin/sh
# The workbooks LibreOffice Calc saved (Debian's libreoffice-calc-nogui),
# for the suite 'workbook'; CI does not need LibreOffice. Run from anywhere:
#   tests/data/workbook-libreoffice/make.sh build/examples/bigscore/bigscore
#
# saved/: the hand-filled CSV workbook of filled/ saved again by Calc, as a
#   user would after editing it there: Calc quotes every text, leaves numbers
#   and the dates it recognises unquoted, ends rows with LF and writes no
#   byte order mark.
# saved.xlsx: the XLSX template pre-filled with expected.json (bigscore
#   template --previous, the same period: everything), opened and saved by
#   Calc: its own shared strings and styles, dates as serial days.
# Both import to expected.json, which is what filled/ imports to.
set -eu
bigscore=$(realpath "$1")
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf saved
mkdir saved
# 59: ';' between fields, 34: '"' around text, 76: UTF-8, 1: from row 1.
soffice --headless --infilter='CSV:59,34,76,1' \
	--convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' --outdir saved filled/*.csv
"$bigscore" template --catalogue ../model-catalogue.json --previous expected.json \
	-o "$tmp/saved.xlsx"
soffice --headless --convert-to xlsx --outdir . "$tmp/saved.xlsx"

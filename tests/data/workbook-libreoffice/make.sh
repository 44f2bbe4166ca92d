#!/bin/sh
# Saves the hand-filled CSV workbook in filled/ again with LibreOffice Calc
# (Debian's libreoffice-calc-nogui), as a user would after editing it there,
# into saved/: LibreOffice quotes every text, leaves numbers and the dates it
# recognises unquoted, ends rows with LF and writes no byte order mark. The
# suite 'workbook' imports both folders and compares them with
# expected.json; CI does not need LibreOffice. Run it from anywhere:
#   tests/data/workbook-libreoffice/make.sh
set -eu
cd "$(dirname "$0")"
rm -rf saved
mkdir saved
# 59: ';' between fields, 34: '"' around text, 76: UTF-8, 1: from row 1.
soffice --headless --infilter='CSV:59,34,76,1' \
	--convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' --outdir saved filled/*.csv

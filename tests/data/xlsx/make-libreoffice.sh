#!/bin/sh
# Makes libreoffice.xlsx from libreoffice.fods with LibreOffice (Debian's
# libreoffice-calc-nogui): shared strings, a number, a date, rich text, two
# formulas with their cached values, a boolean, an empty row and a hidden
# sheet, as LibreOffice writes them. The .xlsx is committed, so that the
# tests do not need LibreOffice; run this again after changing the .fods.
#
# SPDX-License-Identifier: MIT
set -eu
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A profile of its own: no first-start dialogs, no lock of a running office.
soffice -env:UserInstallation="file://$profile" --headless \
	--convert-to xlsx:"Calc Office Open XML" --outdir . libreoffice.fods >/dev/null
soffice --version

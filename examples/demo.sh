#!/usr/bin/env bash
# The demo: installs what is missing (Debian 12), builds libbig and scores the
# demo assessment of the fictional municipality Lindeveen against the built-in
# BIO2 1.2 catalogue. Usage: examples/demo.sh [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/setup.sh
big_install_packages
big_configure build
meson compile -C build >/dev/null
exec build/examples/bigscore/bigscore score --builtin bio2 "$@" examples/data/demo-assessment.json

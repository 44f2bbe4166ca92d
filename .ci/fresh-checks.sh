#!/usr/bin/env bash
# The checks of CI's fresh-root pass, run as root inside a clean Debian 12 root
# made by .ci/fresh-root.sh, in /root/project (a clone with ../shared beside).
#
#   .ci/fresh-checks.sh root   the README's commands as root: the demo,
#                              tests/run-all.sh --quick and its ASan+UBSan pass,
#                              then the install into the system
#                              (.ci/check-install.sh system)
#   .ci/fresh-checks.sh user   the README's commands as a new user: each must
#                              stop with an apt-get line, which root runs as
#                              printed, and then pass when run again; then the
#                              install into ~/.local (.ci/check-install.sh home)
#   .ci/fresh-checks.sh docs FILE
#                              the install blocks of docs/python.md or
#                              docs/php.md as written: the block marked
#                              "<!-- check-docs: packages -->" (apt-get), then
#                              the others marked, in order, with nothing else
#                              installed
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
	echo "== fresh root: $* ($(date -u +%H:%M:%S))"
}

root_route() {
	step "examples/demo.sh as root"
	examples/demo.sh | tee /tmp/demo.out
	# The demo reads in Dutch end to end (issue 18): Dutch labels and titles,
	# no English label, no "Overheidsmaatregel 5.xx.yy" title.
	grep -q '^Pas toe of leg uit ' /tmp/demo.out ||
		{ echo "fresh root: the demo lacks the Dutch line 'Pas toe of leg uit'" >&2; exit 1; }
	grep -q '^5 *Organisatorische beheersmaatregelen ' /tmp/demo.out ||
		{ echo "fresh root: the demo lacks the Dutch title of theme 5" >&2; exit 1; }
	# and shows opzet, bestaan and werking in its text and its council report
	grep -q '^Aangetoond  *opzet ' /tmp/demo.out ||
		{ echo "fresh root: the demo lacks the line 'Aangetoond opzet …'" >&2; exit 1; }
	grep -q 'Opzet' build/demo/report.html ||
		{ echo "fresh root: the council report shows no opzet" >&2; exit 1; }
	if grep -E 'Overheidsmaatregel|^(Implementation|Coverage|Exceptions|Members) |^[5-8] .*controls' /tmp/demo.out; then
		echo "fresh root: the demo is not Dutch end to end" >&2
		exit 1
	fi
	step "tests/run-all.sh --quick --pass asan as root"
	tests/run-all.sh --quick --pass asan
	step "the install check: into the system"
	.ci/check-install.sh system
}

# as_user COMMAND: runs COMMAND in the user's copy of the project, as the user,
# with the environment a login shell gives.
as_user() {
	runuser -l newcomer -c "cd ~/project && $1"
}

# user_command COMMAND: as the user, COMMAND must fail and print one apt-get
# line; root runs that line as printed; then COMMAND must pass as the user.
user_command() {
	local out line status
	step "$1 as a user, before its packages are installed"
	set +e
	out=$(as_user "$1" 2>&1)
	status=$?
	set -e
	printf '%s\n' "$out" | tail -n 5
	line=$(printf '%s\n' "$out" | sed -n 's/^  \(apt-get update && apt-get install .*\)$/\1/p')
	if [ "$status" = 0 ] || [ -z "$line" ] || [ "$(printf '%s\n' "$line" | wc -l)" != 1 ]; then
		echo "FAIL: '$1' as a user must stop with one apt-get line (exit $status)" >&2
		exit 1
	fi
	step "root runs the line it printed: $line"
	env DEBIAN_FRONTEND=noninteractive bash -c "$line" >/tmp/user-apt.log 2>&1 ||
		{ tail -n 30 /tmp/user-apt.log >&2; echo "FAIL: the printed line failed" >&2; exit 1; }
	step "$1 as the user again"
	as_user "$1"
}

user_route() {
	useradd --create-home --shell /bin/bash newcomer
	cp -a /root/project ~newcomer/project
	if [ -d /root/shared ]; then cp -a /root/shared ~newcomer/shared; fi
	chown -R newcomer: ~newcomer/project ~newcomer/shared 2>/dev/null || chown -R newcomer: ~newcomer/project
	user_command examples/demo.sh
	user_command tests/run-all.sh
	step "the install check: into the user's ~/.local"
	as_user "CI=true .ci/check-install.sh home"
}

# doc_blocks FILE: the names of the blocks of FILE marked for this check.
doc_blocks() {
	sed -n 's/^<!-- check-docs: \([a-z-]*\) -->$/\1/p' "$1"
}

# doc_block FILE NAME: the sh block after the line "<!-- check-docs: NAME -->".
doc_block() {
	awk -v mark="<!-- check-docs: $2 -->" '
		$0 == mark { state = 1; next }
		state == 1 && $0 == "```sh" { state = 2; next }
		state == 2 && $0 == "```" { exit }
		state == 2 { print }
		state == 1 { exit }' "$1"
}

docs_route() {
	local file=$1 name block
	[ -f "$file" ] || { echo "FAIL: no $file" >&2; exit 1; }
	block=$(doc_block "$file" packages)
	[ -n "$block" ] || { echo "FAIL: $file has no block marked packages" >&2; exit 1; }
	step "$file: its packages block"
	printf '%s\n' "$block"
	env DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "$block" >/tmp/docs-apt.log 2>&1 ||
		{ tail -n 30 /tmp/docs-apt.log >&2; echo "FAIL: the packages block failed" >&2; exit 1; }
	for name in $(doc_blocks "$file"); do
		[ "$name" = packages ] && continue
		block=$(doc_block "$file" "$name")
		[ -n "$block" ] || { echo "FAIL: $file, block $name is empty" >&2; exit 1; }
		step "$file: the block $name"
		printf '%s\n' "$block"
		bash -euo pipefail -c "$block" || { echo "FAIL: $file, block $name" >&2; exit 1; }
	done
}

case "${1:-}" in
root) root_route ;;
user) user_route ;;
docs) docs_route "${2:-}" ;;
*)
	echo "usage: .ci/fresh-checks.sh root|user|docs FILE" >&2
	exit 2
	;;
esac
step "passed"

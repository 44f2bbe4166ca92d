#!/usr/bin/env bash
# Runs a command in a clean Debian 12 (bookworm) root, on a clone of the
# project's committed state, as root: what a newcomer's new machine does with
# the README's commands. Adapted from ../shared/tools/fresh-root.sh.
#
#   usage: .ci/fresh-root.sh [--keep] PROJECT_DIR 'COMMAND'
#
# PROJECT_DIR is cloned to /root/project inside the root, and the folder
# ../shared beside it (reference data for some tests), if any, is copied to
# /root/shared. COMMAND runs in /root/project with CI=true, LANG=C.UTF-8 and a
# minimal PATH; the exit status is COMMAND's.
#
# The bare base root (debootstrap --variant=minbase, plus git, ca-certificates
# and sudo) is made once from the first Debian mirror of this machine's own apt
# sources (never a host written here) and kept in $BIG_FRESH_BASE (default
# /var/tmp/libbig-fresh-root); every run starts from a copy of it, so from the
# same bare system. The .deb files apt downloads are kept in BASE.debs between
# runs (only the downloads: every run installs afresh). --keep leaves the run's
# root in place. Needs root.
set -euo pipefail
base=${BIG_FRESH_BASE:-/var/tmp/libbig-fresh-root}
keep=0
[ "${1:-}" = --keep ] && { keep=1; shift; }
[ $# -eq 2 ] || { echo "usage: .ci/fresh-root.sh [--keep] PROJECT_DIR 'COMMAND'" >&2; exit 2; }
project=$(cd "$1" && pwd)
cmd=$2
[ "$(id -u)" = 0 ] || { echo "fresh-root: must run as root (chroot, mount)" >&2; exit 2; }
debs=$base.debs
mkdir -p "$(dirname "$base")" "$debs"

mirrors() { # the Debian mirrors this machine's apt uses, first the main one
	{
		awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i }' /etc/apt/sources.list.d/*.sources 2>/dev/null
		awk '$1 == "deb" { print $2 }' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
	} | awk '!seen[$0]++'
}

if [ ! -x "$base/usr/bin/git" ]; then
	if ! command -v debootstrap >/dev/null; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
	fi
	mapfile -t uris < <(mirrors)
	[ ${#uris[@]} -gt 0 ] || { echo "fresh-root: no apt mirror found in /etc/apt" >&2; exit 2; }
	rm -rf "$base"
	echo "fresh-root: making a bare Debian 12 root in $base from ${uris[0]} (once per machine)" >&2
	debootstrap --variant=minbase --include=git,ca-certificates,sudo bookworm "$base" "${uris[0]}" \
		>"$base.log" 2>&1 || { echo "fresh-root: debootstrap failed, see $base.log" >&2; rm -rf "$base"; exit 2; }
	for u in "${uris[@]:1}"; do
		case "$u" in *security*) echo "deb $u bookworm-security main" >>"$base/etc/apt/sources.list" ;; esac
	done
fi

run=$(mktemp -d "$base.run.XXXXXX")
# shellcheck disable=SC2317 # called by the trap
cleanup() {
	local m
	# Drops the cached .deb files that the mirror no longer has, so that the
	# cache does not grow with every point release.
	if mountpoint -q "$run/var/cache/apt/archives"; then
		chroot "$run" apt-get autoclean -qq >/dev/null 2>&1 || true
	fi
	for m in var/cache/apt/archives dev/pts proc; do
		if mountpoint -q "$run/$m"; then
			umount "$run/$m" 2>/dev/null || umount -l "$run/$m" || true
		fi
	done
	if [ "$keep" = 1 ]; then
		echo "fresh-root: the root is kept in $run" >&2
		return 0
	fi
	# --one-file-system: never into a mount that failed to come off.
	rm -rf --one-file-system "$run" || true
}
trap cleanup EXIT
cp -a "$base/." "$run/"
git clone -q "$project" "$run/root/project"
if [ -d "$project/../shared" ]; then cp -a "$project/../shared" "$run/root/shared"; fi
cp /etc/resolv.conf "$run/etc/resolv.conf"
mount -t proc proc "$run/proc"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$run/dev/pts"
mount --bind "$debs" "$run/var/cache/apt/archives"
set +e
chroot "$run" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI=true \
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	bash -lc "cd /root/project && $cmd"
status=$?
set -e
exit "$status"

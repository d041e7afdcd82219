#!/usr/bin/env bash
# apt-get that waits for the package manager instead of failing when another apt or dpkg (unattended upgrades,
# a second install) holds its lock: polls the lock files with fuser and lets apt wait on the dpkg lock itself,
# for at most DESKMINE_APT_WAIT seconds in all (default 300). Usage: scripts/apt-get-waiting.sh ARGS...
set -uo pipefail
wait_total="${DESKMINE_APT_WAIT:-300}"
deadline=$((SECONDS + wait_total))
locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)

locked() {
  local f
  for f in "${locks[@]}"; do
    [ -e "$f" ] && fuser "$f" >/dev/null 2>&1 && return 0
  done
  return 1
}

told=0
while true; do
  while locked && [ $SECONDS -lt $deadline ]; do
    if [ $told -eq 0 ]; then echo "apt-get-waiting: another package manager holds the lock; waiting up to ${wait_total} s" >&2; told=1; fi
    sleep 2
  done
  left=$((deadline - SECONDS)); [ $left -lt 1 ] && left=1
  apt-get -o DPkg::Lock::Timeout="$left" "$@"
  rc=$?
  # 100 is apt's "could not get the lock" (among other errors): try again while time is left and a lock is held.
  if [ $rc -eq 100 ] && [ $SECONDS -lt $deadline ] && locked; then continue; fi
  exit $rc
done

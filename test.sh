#!/usr/bin/env bash
# Runs every Deskmine test project and ends with one line summing them all: "N passed, N failed".
# Installs what the tests need on a fresh Debian machine (run as root there).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# The summary line ends every run, even one that stops early (a dependency that cannot be installed, Ctrl-C).
summary_done=0
summary() { summary_done=1; echo "$1"; }
trap '[ $summary_done -eq 1 ] || echo "0 passed, 1 failed, 0 skipped"' EXIT
for ensure in ensure-tools ensure-test-deps ensure-desktop-test-deps; do
  # Each waits (bounded) for another apt or dpkg to release the package lock; see scripts/apt-get-waiting.sh.
  if ! "$root/scripts/$ensure.sh"; then
    echo "test.sh: scripts/$ensure.sh failed; no tests were run" >&2
    summary "0 passed, 1 failed, 0 skipped"
    exit 1
  fi
done

results="$root/.build/test-results"
rm -rf "$results"; mkdir -p "$results"

dotnet build Deskmine.slnx -c Release -nologo -v quiet -clp:ErrorsOnly
build_rc=$?
if [ $build_rc -ne 0 ]; then
  echo "build failed"
  summary "0 passed, 1 failed, 0 skipped"
  exit 1
fi

rc=0
projects=$(grep -o 'tests/[^"]*\.Tests\.csproj' Deskmine.slnx)
passed=0; failed=0; skipped=0
for project in $projects; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || rc=1
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "test.sh: $name produced no results" >&2
    failed=$((failed + 1)); rc=1; continue
  fi
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$line"; }
  p=$(count passed); x=$(count failed); e=$(count error); t=$(count total); ex=$(count executed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0} + ${e:-0})); skipped=$((skipped + ${t:-0} - ${ex:-0}))
  if [ "${t:-0}" -eq 0 ]; then
    echo "test.sh: $name ran no tests" >&2
    failed=$((failed + 1)); rc=1
  fi
done
[ $failed -gt 0 ] && rc=1
[ $passed -eq 0 ] && rc=1
summary "$passed passed, $failed failed, $skipped skipped"
exit $rc

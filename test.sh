#!/usr/bin/env bash
# Runs every Deskmine test project and ends with one line summing them all: "N passed, N failed".
# Installs what the tests need on a fresh Debian machine (run as root there).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh" || exit 1
"$root/scripts/ensure-test-deps.sh" || exit 1
"$root/scripts/ensure-desktop-test-deps.sh" || exit 1

results="$root/.build/test-results"
rm -rf "$results"; mkdir -p "$results"

dotnet build Deskmine.slnx -c Release -nologo -v quiet -clp:ErrorsOnly
build_rc=$?
if [ $build_rc -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

rc=0
dotnet test Deskmine.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false || rc=$?

passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$line"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$line"); failed=$((failed + ${x:-0}))
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$line"); failed=$((failed + ${e:-0}))
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$line"); ex=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$line")
  skipped=$((skipped + ${t:-0} - ${ex:-0}))
done
count=$(ls "$results"/*.trx 2>/dev/null | wc -l)
projects=$(grep -c '\.Tests\.csproj' Deskmine.slnx)
if [ "$count" -lt "$projects" ]; then
  echo "test.sh: only $count of $projects test projects reported results" >&2
  failed=$((failed + projects - count)); rc=1
fi
[ $failed -gt 0 ] && rc=1
[ $passed -eq 0 ] && rc=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $rc

#!/usr/bin/env bash
# Coverage-guided fuzzing of Deskmine's input readers with SharpFuzz (IL instrumentation) and AFL++ (Debian's afl++).
#
#   scripts/fuzz.sh --list                 the targets
#   scripts/fuzz.sh TARGET [SECONDS]       fuzz one target (default 300 s), then print executions, paths and findings
#   scripts/fuzz.sh all [SECONDS]          every target in turn, SECONDS each
#   scripts/fuzz.sh --replay TARGET PATH…  run saved inputs (crashes, a corpus) in-process and print each exception
#
# Seeds: fuzz/corpus/TARGET (committed) plus, when ../shared/data is present, the heads of the shared logs.
# Output: .build/fuzz/out/TARGET (AFL++'s queue, crashes/ and hangs/, fuzzer_stats). A finding is any exception other
# than the reader's documented refusal, a broken invariant (see fuzz/Deskmine.Fuzz/Targets), a hang over the
# timeout (DESKMINE_FUZZ_TIMEOUT_MS, default 10000) or memory past the managed heap limit (DESKMINE_FUZZ_HEAP_MB, 512).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DESKMINE_FUZZ_DIR:-$root/.build/fuzz}"   # another folder lets two runs of different builds go side by side
bin="$build/bin"

# The instrumented copy only runs under afl-fuzz (it writes to AFL++'s shared memory); listing and replaying use the
# plain build.
fuzz_dll() { dotnet "$build/stage/Deskmine.Fuzz.dll" "$@"; }

ensure_afl() {
  command -v afl-fuzz >/dev/null && return
  if [ "$(id -u)" -ne 0 ]; then echo "fuzz.sh: please install Debian's afl++ (apt-get install afl++)" >&2; exit 1; fi
  echo "fuzz.sh: installing afl++" >&2
  "$root/scripts/apt-get-waiting.sh" update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "$root/scripts/apt-get-waiting.sh" install -y -qq --no-install-recommends afl++ >/dev/null
}

# Builds the harness into a staging folder and instruments a fresh copy of Deskmine's assemblies (instrumenting twice
# fails, so the copy is redone on every build).
build_harness() {
  echo "fuzz.sh: building and instrumenting the harness" >&2
  dotnet build "$root/fuzz/Deskmine.Fuzz" -c Release -nologo -v quiet -clp:ErrorsOnly -o "$build/stage" >&2
  (cd "$root/fuzz" && dotnet tool restore >/dev/null)
  rm -rf "$bin" && cp -r "$build/stage" "$bin"
  local dll
  for dll in "$bin"/Deskmine.*.dll; do
    [ "$(basename "$dll")" = "Deskmine.Fuzz.dll" ] && continue
    (cd "$root/fuzz" && dotnet sharpfuzz "$dll" >/dev/null)
  done
}

seed() {
  local target="$1" into="$2" data="$root/../shared/data" f
  rm -rf "$into" && mkdir -p "$into"
  cp "$root/fuzz/corpus/$target"/* "$into"/
  [ -d "$data" ] || return 0
  # Heads of the shared logs (provenance: ../shared/data/README.md); small seeds keep executions fast.
  case "$target" in
    csv|detect) for f in "$data"/eventlogs/logs/*.csv; do head -c 4096 "$f" | head -n 20 > "$into/shared-$(basename "$f")"; done ;;
    actionlogger) for f in "$data"/uilogs/leno/*.csv; do head -n 12 "$f" > "$into/shared-$(basename "$f")"; done ;;
    cpn) for f in "$data"/uilogs/leno/cpn/log[1-3]_segmented.csv; do head -n 12 "$f" > "$into/shared-$(basename "$f")"; done ;;
    xes-gz) for f in "$data"/eventlogs/logs/*.xes.gz; do [ "$(stat -c %s "$f")" -le 16384 ] && cp "$f" "$into/shared-$(basename "$f")"; done ;;
  esac
  return 0
}

stat_of() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$2"; }

run_target() {
  local target="$1" seconds="$2" out="$build/out/$1" in="$build/in/$1"
  seed "$target" "$in"
  rm -rf "$out" && mkdir -p "$build/out"
  echo "fuzz.sh: $target for $seconds s ($(ls "$in" | wc -l) seeds)" >&2
  # SharpFuzz's instrumentation is not a native binary (skip the check); dotnet needs no address-space limit (-m none);
  # the map is SharpFuzz's 64 KiB; the managed heap limit turns unbounded memory into a finding.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_MAP_SIZE=65536 \
  AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000 \
  DOTNET_GCHeapHardLimit="$(printf '0x%x' $(( ${DESKMINE_FUZZ_HEAP_MB:-512} * 1024 * 1024 )))" DOTNET_TieredPGO=0 \
    afl-fuzz -V "$seconds" -i "$in" -o "$out" -t "${DESKMINE_FUZZ_TIMEOUT_MS:-10000}" -m none -- "$(command -v dotnet)" "$bin/Deskmine.Fuzz.dll" "$target" \
    > "$build/$target.log" 2>&1 || { echo "fuzz.sh: afl-fuzz failed; see $build/$target.log" >&2; tail -20 "$build/$target.log" >&2; return 1; }
  local stats="$out/default/fuzzer_stats"
  local crashes hangs
  crashes=$(find "$out/default/crashes" -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/default/hangs" -name 'id:*' 2>/dev/null | wc -l)
  printf '%-17s %8s s  %10s execs  %8s execs/s  %6s paths  %6s crashes  %4s hangs  coverage %s\n' "$target" \
    "$(stat_of run_time "$stats")" "$(stat_of execs_done "$stats")" "$(stat_of execs_per_sec "$stats")" \
    "$(stat_of corpus_count "$stats")" "$crashes" "$hangs" "$(stat_of bitmap_cvg "$stats")"
  if [ "$crashes" -gt 0 ]; then
    echo "fuzz.sh: crashes of $target (replayed in-process):" >&2
    fuzz_dll "$target" --replay "$out/default/crashes" >&2 || true
  fi
}

case "${1:-}" in
  ""|-h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  --list) [ -f "$build/stage/Deskmine.Fuzz.dll" ] || build_harness; fuzz_dll --list; exit 0 ;;
  --replay) [ -f "$build/stage/Deskmine.Fuzz.dll" ] || build_harness; shift; fuzz_dll "$1" --replay "${@:2}"; exit $? ;;
esac

target="$1"; seconds="${2:-300}"
ensure_afl
build_harness
if [ "$target" = all ]; then
  for t in $(fuzz_dll --list | awk '{print $1}'); do run_target "$t" "$seconds"; done
else
  run_target "$target" "$seconds"
fi

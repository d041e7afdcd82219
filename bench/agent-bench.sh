#!/usr/bin/env bash
# Capture agent benchmark (not a test): CPU and memory of `deskmine agent run` idle, at 20 and at 1,000 injected
# events per second, loss at 1,000/s, and capture latency. Runs its own Xvfb + openbox + xterm on a free display.
# Usage: bench/agent-bench.sh [seconds-per-phase]   (needs scripts/ensure-desktop-test-deps.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
phase=${1:-20}
work=$(mktemp -d /tmp/deskmine-agent-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$root/src/Deskmine.Cli" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
cli="$root/src/Deskmine.Cli/bin/Release/net10.0/deskmine.dll"
n=$((120 + RANDOM % 50)); export DISPLAY=":$n"
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1; openbox >/dev/null 2>&1 & pids+=($!)
sleep 1; xterm -title bench -geometry 80x24+10+10 -e sh -c 'cat >/dev/null' & pids+=($!)
sleep 1; xdotool windowactivate --sync "$(xdotool search --name '^bench$' | head -1)"
echo '{}' > "$work/policy.json"
dotnet "$cli" agent run --policy "$work/policy.json" --spool "$work/spool" --bridge-port 0 2>"$work/agent.err" & agent=$!; pids+=($agent)
sleep 4
# Warm-up: the first events compile the privacy filter's expressions and the JIT's optimised code; the figures
# below are for a running agent, not for its first seconds.
xdotool key --delay 5 $(yes F4 | head -n 400 | tr '\n' ' ')
xdotool type --delay 5 "warm up the typing path"
sleep 5
hz=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' "/proc/$agent/stat"; }
rss() { awk '/VmRSS/{print $2}' "/proc/$agent/status"; }
measure() { # name seconds command...
  local name=$1 secs=$2; shift 2
  local c0 t0 c1 t1; c0=$(cpu); t0=$(date +%s.%N)
  "$@"
  local left; left=$(awk -v t0="$t0" -v s="$secs" -v now="$(date +%s.%N)" 'BEGIN{l=s-(now-t0); print (l>0?l:0)}')
  sleep "$left"
  c1=$(cpu); t1=$(date +%s.%N)
  awk -v n="$name" -v c="$((c1 - c0))" -v hz="$hz" -v t0="$t0" -v t1="$t1" -v r="$(rss)" \
    'BEGIN{printf "%-22s cpu %.2f %% of a core, rss %.0f MB\n", n, 100*c/hz/(t1-t0), r/1024}'
}
measure "idle" "$phase" true
# 20 events/s: Tab every 50 ms (each Tab is one key_special event).
measure "20 events/s" "$phase" xdotool key --delay 50 $(yes Tab | head -n $((phase * 20)) | tr '\n' ' ')
# 1,000 events/s: 1 ms between keys, as many as the phase allows.
burst=$((phase * 1000))
measure "1000 events/s (target)" "$phase" xdotool key --delay 1 $(yes F5 | head -n "$burst" | tr '\n' ' ')
sleep 3
# Latency: time before starting xdotool to the agent's receipt stamp (an upper bound: includes xdotool's start).
for i in $(seq 1 100); do date +%s%6N >> "$work/sent"; xdotool key F6; sleep 0.02; done
sleep 2
kill -TERM "$agent"; wait "$agent" || true
dotnet "$cli" agent show --spool "$work/spool" --json > "$work/events.json"
python3 - "$work" "$burst" <<'PY'
import json, sys
work, burst = sys.argv[1], int(sys.argv[2])
events = json.load(open(f"{work}/events.json"))
f5 = [e for e in events if e["kind"] == "key_special" and e.get("value") == "F5"]
f6 = sorted(e["ts"] for e in events if e["kind"] == "key_special" and e.get("value") == "F6")
sent = [int(l) for l in open(f"{work}/sent")]
seqs = [e["seq"] for e in events]
print(f"1000/s phase: injected {burst}, recorded {len(f5)}, lost {burst - len(f5)}; "
      f"spool seq gap-free: {seqs == list(range(seqs[0], seqs[0] + len(seqs)))}")
if len(f5) > 1:
    span = (f5[-1]["ts"] - f5[0]["ts"]) / 1e6
    print(f"achieved injection rate: {len(f5) / span:.0f} events/s over {span:.1f} s")
lat = sorted((r - s) / 1000 for s, r in zip(sent, f6))
if lat:
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
    print(f"latency (xdotool start -> agent stamp, {len(lat)} samples): p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms")
PY

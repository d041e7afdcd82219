#!/usr/bin/env bash
# Capture agent benchmark (not a test): CPU and memory of `deskmine agent run` idle, at 20 and at 1,000 injected
# key events per second, loss and capture latency (XTest send -> agent's receipt stamp, both CLOCK_REALTIME).
# Runs its own Xvfb + openbox + xterm on a free display; bench/Deskmine.Bench.Agent injects and measures.
# Usage: bench/agent-bench.sh [seconds-per-phase]   (needs scripts/ensure-desktop-test-deps.sh)
# AGENT_ENV="VAR=value ..." runs the agent with extra environment (e.g. to compare GC settings).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
phase=${1:-20}
work=$(mktemp -d /tmp/deskmine-agent-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$root/src/Deskmine.Cli" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build "$root/bench/Deskmine.Bench.Agent" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
cli="$root/src/Deskmine.Cli/bin/Release/net10.0/deskmine.dll"
bench="$root/bench/Deskmine.Bench.Agent/bin/Release/net10.0/Deskmine.Bench.Agent.dll"
n=$((120 + RANDOM % 50)); export DISPLAY=":$n"
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1; openbox >/dev/null 2>&1 & pids+=($!)
sleep 1; xterm -title bench -geometry 80x24+10+10 -e sh -c 'cat >/dev/null' & pids+=($!)
sleep 1; xdotool windowactivate --sync "$(xdotool search --name '^bench$' | head -1)"
echo '{}' > "$work/policy.json"
# The agent runs with the runtime settings `./deskmine agent run` gives it (scripts/agent-runtime.env).
# shellcheck disable=SC2046
env $(grep -v '^#' "$root/scripts/agent-runtime.env") ${AGENT_ENV:-} dotnet "$cli" agent run --policy "$work/policy.json" --spool "$work/spool" --bridge-port 0 2>"$work/agent.err" & agent=$!
pids+=($agent)
sleep 4
dotnet "$bench" --pid "$agent" --spool "$work/spool" --seconds "$phase" --display "$DISPLAY"

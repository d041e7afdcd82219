#!/usr/bin/env bash
# Times a report of mined work and how long a browser takes to open it (docs/benchmarks.md, "Report of mined work").
# Usage: scripts/bench-report.sh WORKSPACE [OUT_DIR]   (e.g. the demo's: scripts/bench-report.sh demo/workspace)
# Prints: report wall and CPU seconds, file size, maps and activities per map; then headless Chromium's screenshot
# time for a blank page and for the report (three runs each), and the page's own map layout timing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ws="${1:?usage: scripts/bench-report.sh WORKSPACE [OUT_DIR]}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for variant in full no-analysis; do
  args=(report -w "$ws" -o "$out/report-$variant.html")
  [ "$variant" = no-analysis ] && args+=(--no-analysis)
  /usr/bin/time -f "report ($variant): %e s wall, %U s user + %S s system, peak %M KB" "$root/deskmine" "${args[@]}" >/dev/null
done
ls -l "$out/report-full.html" | awk '{ printf "report size: %.2f MB\n", $5 / 1048576 }'
python3 - "$out/report-full.html" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
data = json.loads(re.search(r'<script type="application/json" id="deskmine-data">(.*?)</script>', html, re.S).group(1))
for m in data["maps"]:
    other = [a for a in m["activities"] if a[0].startswith("Other (")]
    print(f'  map "{m["name"]}": {len(m["activities"])} activities, {len(m["edges"])} paths, {m["cases"]} cases'
          + (f'; {other[0][0]}' if other else ''))
PY

profile="$(mktemp -d)"
printf '<!DOCTYPE html><title>blank</title><p>blank</p>' > "$out/blank.html"
shot() {
  /usr/bin/time -f "%e" "$chromium_bin" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
    --window-size=1400,2400 --screenshot="$out/shot.png" "file://$1" 2>&1 >/dev/null | tail -1
}
for page in blank.html report-full.html; do
  times=()
  for _ in 1 2 3; do times+=("$(shot "$out/$page")"); done
  echo "chromium screenshot of $page: ${times[*]} s"
done
"$chromium_bin" --headless=new --no-sandbox --disable-gpu --user-data-dir="$profile" --virtual-time-budget=10000 \
  --dump-dom "file://$out/report-full.html" 2>/dev/null | grep -o 'data-\(init\|layout\)-ms="[0-9.]*"' | tr '\n' ' '
echo
rm -rf "$profile"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

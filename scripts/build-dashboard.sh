#!/usr/bin/env bash
# Builds the web dashboard (web/dashboard, TypeScript + Vite) into web/dashboard/dist, which the server embeds.
# npm ci from the committed lock file when node_modules is missing or older than the lock; the build itself only
# when a source is newer than dist. Quiet when nothing changed. Needs Node.js 20.19+ and npm (scripts/ensure-tools.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/web/dashboard"
command -v npm >/dev/null || { echo "build-dashboard: npm is required (scripts/ensure-tools.sh installs it)" >&2; exit 1; }
version="$(node -p 'process.versions.node')"
IFS=. read -r major minor _ <<<"$version"
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
  echo "build-dashboard: the dashboard's build (Vite) needs Node.js 20.19 or later, found $version" >&2; exit 1
fi
cd "$dir"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "build-dashboard: npm ci in web/dashboard" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
stamp=dist/index.html
if [ ! -f "$stamp" ] || [ -n "$(find src index.html package.json package-lock.json tsconfig.json vite.config.ts -newer "$stamp" -print -quit)" ]; then
  echo "build-dashboard: building web/dashboard" >&2
  npm run --silent build -- --logLevel warn >&2
fi

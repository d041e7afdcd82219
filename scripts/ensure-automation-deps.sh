#!/usr/bin/env bash
# What the automation-starter tests run for real: Node.js 20+ with npm, Debian's Chromium, and the Playwright test
# runner pinned by web/automation/package-lock.json. Never downloads a browser: the generated starters start the
# system's Chromium (/usr/bin/chromium). Installs what is missing; needs root on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkgs=()
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
if [ ${#pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-automation-deps: please install: ${pkgs[*]}" >&2; exit 1; fi
  echo "ensure-automation-deps: installing ${pkgs[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then echo "ensure-automation-deps: Playwright needs Node.js 20 or later, found $(node --version)" >&2; exit 1; fi
dir="$root/web/automation"
if [ ! -f "$dir/node_modules/@playwright/test/cli.js" ]; then
  echo "ensure-automation-deps: npm ci in web/automation" >&2
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
fi

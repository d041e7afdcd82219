#!/usr/bin/env bash
# Debian packages the test suite drives for real: Chromium (report rendering). Installed once when missing;
# needs root on a fresh machine.
set -euo pipefail
pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
if [ ${#pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-test-deps: please install: ${pkgs[*]}" >&2; exit 1; fi
  echo "ensure-test-deps: installing ${pkgs[*]}" >&2
  "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

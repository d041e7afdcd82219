#!/usr/bin/env bash
# Installs what Deskmine's build needs on a fresh Debian machine: the .NET SDK is expected on PATH;
# Node.js and npm build the report's front-end assets. Quiet when everything is present.
set -euo pipefail
need=()
command -v dotnet >/dev/null || { echo "ensure-tools: the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }
command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-tools: please install: ${need[*]}" >&2; exit 1; fi
  echo "ensure-tools: installing ${need[*]}" >&2
  "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" install -y -qq "${need[@]}" >/dev/null
fi

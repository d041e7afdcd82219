#!/usr/bin/env bash
# Debian's numpy and pandas for the shared benchmark generator (../shared/bench/gen_synthetic.py).
set -euo pipefail
if ! /usr/bin/python3 -c 'import numpy, pandas' 2>/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-bench-deps: please install python3-numpy python3-pandas" >&2; exit 1; fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-numpy python3-pandas >/dev/null
fi

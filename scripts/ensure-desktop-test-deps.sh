#!/usr/bin/env bash
# Debian packages the capture agent's desktop tests drive for real: an X server (Xvfb), a window manager
# (openbox), input injection (xdotool), test applications (xterm, zenity), a D-Bus session with AT-SPI and
# a clipboard tool (xclip), and for walkthrough screenshots OCR (tesseract-ocr with its English data) and a
# font to render test images (fonts-dejavu-core). Installed once when missing; needs root on a fresh machine.
# Without root the tests skip with a stated reason instead of failing.
set -euo pipefail
pkgs=()
[ -x /usr/bin/Xvfb ] || pkgs+=(xvfb)
[ -x /usr/bin/openbox ] || pkgs+=(openbox)
[ -x /usr/bin/xdotool ] || pkgs+=(xdotool)
[ -x /usr/bin/xterm ] || pkgs+=(xterm)
[ -x /usr/bin/zenity ] || pkgs+=(zenity)
[ -x /usr/bin/dbus-launch ] || pkgs+=(dbus-x11)
[ -x /usr/libexec/at-spi-bus-launcher ] || pkgs+=(at-spi2-core)
[ -x /usr/bin/xclip ] || pkgs+=(xclip)
[ -x /usr/bin/xprop ] && [ -x /usr/bin/xwininfo ] || pkgs+=(x11-utils)
[ -e /usr/lib/x86_64-linux-gnu/libXtst.so.6 ] || [ -e /usr/lib/aarch64-linux-gnu/libXtst.so.6 ] || pkgs+=(libxtst6)
[ -e /usr/lib/x86_64-linux-gnu/libXfixes.so.3 ] || [ -e /usr/lib/aarch64-linux-gnu/libXfixes.so.3 ] || pkgs+=(libxfixes3)
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
[ -x /usr/bin/tesseract ] || pkgs+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || pkgs+=(tesseract-ocr-eng)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || pkgs+=(fonts-dejavu-core)
if [ ${#pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "ensure-desktop-test-deps: desktop tests will skip; please install: ${pkgs[*]}" >&2; exit 0; fi
  echo "ensure-desktop-test-deps: installing ${pkgs[*]}" >&2
  "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "$(dirname "${BASH_SOURCE[0]}")/apt-get-waiting.sh" install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

#!/bin/sh
# Run by the build (profile "install-chromium") before the real-browser journeys when Chromium is
# not installed: installs Debian's chromium and chromium-driver, which the journeys drive.
set -eu
if [ -x /usr/lib/chromium/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "The browser journeys need Chromium: run 'apt-get install chromium chromium-driver' as root," >&2
  echo "or pass -Dchrome.binary=... -Dchromedriver.binary=... to use a browser installed elsewhere." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser journeys need Chromium and chromedriver; install them with your system's packages." >&2
  exit 1
fi
echo "Installing Chromium and chromedriver for the browser journeys (Debian packages)..."
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver

#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the web page's browser tests (tests/Web.Tests), if missing.
# Idempotent; progress on stderr. The tests drive /usr/bin/chromium through /usr/bin/chromedriver and never
# download a browser.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
echo "chromium.sh: installing chromium and chromium-driver from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium chromium-driver >&2

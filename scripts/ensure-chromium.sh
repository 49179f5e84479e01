#!/usr/bin/env bash
# The browser tests drive Debian's chromium (playwright-core with executablePath /usr/bin/chromium).
# Installs it when missing; non-interactive, so it runs in CI with no stdin.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version

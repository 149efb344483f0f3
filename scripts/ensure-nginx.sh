#!/usr/bin/env bash
# `npm run serve:static` and the `nginx` e2e project serve out/ with Debian's nginx, installed when missing (as
# Chromium is). nginx-light is enough: the site needs only static files, gzip_static and the headers module.
# RUNLEVEL=1 keeps the package's post-install script from starting a system nginx on port 80: ours runs on demand.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then exit 0; fi
echo "Installing Debian's nginx-light to serve the static build…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx-light >/dev/null
/usr/sbin/nginx -v

#!/usr/bin/env bash
# `npm run serve:static` and the `nginx` e2e project serve out/ with Debian's nginx, installed when missing (as
# Chromium is), with its brotli_static module (build:static writes .br files: about 40 % smaller than gzip on /).
# RUNLEVEL=1 keeps the package's post-install script from starting a system nginx on port 80: ours runs on demand.
set -euo pipefail
MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -x /usr/sbin/nginx ] && [ -f "$MODULE" ]; then exit 0; fi
echo "Installing Debian's nginx and its brotli_static module to serve the static build…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx libnginx-mod-http-brotli-static >/dev/null
/usr/sbin/nginx -v

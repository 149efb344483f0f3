#!/usr/bin/env bash
# The Debian packages the end-to-end tests and `npm run serve:static` use, installed before anything runs (no test
# installs anything: a test running beside another would find a package half there):
#   chromium  Playwright cannot download its own browsers here; the tests drive Debian's.
#   poppler   pdfinfo and pdftotext read the PDFs the print tests make.
#   nginx     serves out/ (the static build), with its brotli_static module for the .br files build:static writes.
#   java      runs the W3C Nu checker (vnu.jar, from the vnu-jar npm package) in e2e/html-validity.spec.ts.
# Arguments pick some of them (`serve:static` needs only nginx); none means all. Nothing is fetched when all is there.
set -euo pipefail

declare -A CHECK=(
  [chromium]="/usr/bin/chromium"
  [poppler]="/usr/bin/pdfinfo /usr/bin/pdftotext"
  [nginx]="/usr/sbin/nginx /usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
  [java]="/usr/bin/java"
)
declare -A PACKAGES=(
  [chromium]="chromium"
  [poppler]="poppler-utils"
  [nginx]="nginx libnginx-mod-http-brotli-static"
  [java]="default-jre-headless"
)

wanted=("$@")
if [ ${#wanted[@]} -eq 0 ]; then wanted=(chromium poppler nginx java); fi

missing=()
for name in "${wanted[@]}"; do
  if [ -z "${CHECK[$name]+set}" ]; then
    echo "ensure-system-packages: unknown name '$name' (known: ${!CHECK[*]})" >&2
    exit 2
  fi
  for file in ${CHECK[$name]}; do
    if [ ! -e "$file" ]; then
      missing+=(${PACKAGES[$name]})
      break
    fi
  done
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

echo "Installing Debian's ${missing[*]}…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# RUNLEVEL=1 keeps nginx's post-install script from starting a system nginx on port 80: ours runs on demand.
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
for name in "${wanted[@]}"; do
  for file in ${CHECK[$name]}; do
    if [ ! -e "$file" ]; then
      echo "ensure-system-packages: $file is still missing after installing ${PACKAGES[$name]}" >&2
      exit 1
    fi
  done
done

#!/usr/bin/env bash
# Installs the Debian packages intake needs, only those missing. Swift itself (6.x) is
# expected on PATH. Safe to run again: it does nothing when all is there.
set -euo pipefail
packages=(pkg-config libzip-dev libxml2-dev libxml2-utils zlib1g-dev libsqlite3-dev python3 python3-venv unzip zip p7zip-full libqpdf-dev qpdf libdeflate-dev libjpeg62-turbo-dev libpng-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "intake: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "intake: swift is not on PATH (Swift 6.x is required)" >&2; exit 1; }

#!/usr/bin/env bash
# Installs the Debian 12 packages EpiDesk needs to build, test and run.
# Idempotent and non-interactive: does nothing when everything is present.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config libqt6opengl6-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-qpa-plugins libqcustomplot-dev qtkeychain-qt6-dev
  libvtk9-dev libpqxx-dev libeigen3-dev libgdal-dev gdal-bin coinor-libcbc-dev libsqlite3-dev
  postgresql xvfb xauth xdotool openbox poppler-utils python3-scipy file dpkg-dev
  fonts-dejavu-core libgl1-mesa-dri glpk-utils wrk
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/epidesk-apt.log 2>&1 || { tail -50 /tmp/epidesk-apt.log >&2; exit 1; }

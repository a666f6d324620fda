#!/usr/bin/env bash
# Installs the Debian 12 packages Balise needs to build, test and run, when some are missing.
# Sourced by run.sh and test.sh. Needs root or sudo only when something is missing.
set -euo pipefail

BALISE_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6svg6
    libqcustomplot-dev libqcustomplot2.1-qt6
    libsqlite3-dev libboost-serialization-dev catch2
    xvfb xauth poppler-utils fonts-dejavu-core dpkg-dev file
)

balise_install_packages() {
    local missing=()
    local package
    for package in "${BALISE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Balise needs these Debian packages, which are missing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Run this script as root, or install sudo, to install them." >&2
            exit 1
        fi
    fi
    echo "Installing them with apt-get…"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

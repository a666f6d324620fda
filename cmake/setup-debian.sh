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
    # the packaging test: it validates the desktop entry, the AppStream metadata, the MIME types and
    # the manual page (tests/packaging/check-deb.sh)
    desktop-file-utils appstream shared-mime-info man-db
    # the sanitizer and fuzzing build of ./test.sh (clang with its ASan/UBSan/libFuzzer runtimes), and
    # the French locale its locale run needs
    clang libclang-rt-14-dev locales
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

# The test suite also runs under LANG=fr_FR.UTF-8: that locale must exist, not fall back to C.
balise_ensure_french_locale() {
    if locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
        return 0
    fi
    echo "Generating the fr_FR.UTF-8 locale for the locale run of the tests…"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" localedef -i fr_FR -c -f UTF-8 -A /usr/share/locale/locale.alias fr_FR.UTF-8
}

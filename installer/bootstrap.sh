#!/usr/bin/env bash
# Sets up a Debian 12 machine for Lifeboat and builds it incrementally:
#   1. installs the Debian packages that are missing (needs root; nothing to do when all are there),
#   2. configures CMake once (Ninja, ccache),
#   3. builds with two jobs.
# Sourced by run.sh and test.sh; safe to run again and again (fast when nothing changed).
set -euo pipefail

LIFEBOAT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIFEBOAT_BUILD=${LIFEBOAT_BUILD:-$LIFEBOAT_ROOT/build}

packages=(
  cmake ninja-build pkg-config ccache g++
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev
  libpq-dev libsqlite3-dev libzstd-dev zlib1g-dev libarchive-dev libssl-dev
  libtomlplusplus-dev librnp-dev libexpected-dev
  postgresql-15 gnupg zstd sqlite3 xvfb xauth qt6-translations-l10n
  systemd python3-yaml python3-jsonschema python3-cryptography gnome-keyring libsecret-1-0 dbus poppler-utils fonts-dejavu-core prometheus
  nodejs awscli clang-14 libclang-rt-14-dev acl desktop-file-utils appstream dpkg-dev groff-base man-db adduser
)
# Debian's npm conflicts with a nodejs that bundles its own (NodeSource): only when none is there.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: missing Debian packages: ${missing[*]} (run this script as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 2
  fi
  echo "Installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [[ ! -f $LIFEBOAT_BUILD/build.ninja ]]; then
  cmake -S "$LIFEBOAT_ROOT" -B "$LIFEBOAT_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >&2
fi
cmake --build "$LIFEBOAT_BUILD" -j2 >&2

# The S3-compatible server the tests start on 127.0.0.1 (from the npm registry), once per build folder.
s3rver_version=3.7.1
if [[ ! -x $LIFEBOAT_BUILD/tools/node_modules/.bin/s3rver ]] || ! grep -q "\"version\": \"$s3rver_version\"" "$LIFEBOAT_BUILD/tools/node_modules/s3rver/package.json" 2>/dev/null; then
  echo "Installing s3rver $s3rver_version from the npm registry into $LIFEBOAT_BUILD/tools" >&2
  mkdir -p "$LIFEBOAT_BUILD/tools"
  # Only the tests need it: without the npm registry the app still runs, and the S3 tests say
  # what is missing.
  npm install --prefix "$LIFEBOAT_BUILD/tools" --no-audit --no-fund --loglevel=error "s3rver@$s3rver_version" >&2 ||
    echo "warning: could not install s3rver from the npm registry; the S3 tests will fail until it is there" >&2
fi

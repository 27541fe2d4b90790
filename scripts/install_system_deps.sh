#!/usr/bin/env bash
# Install the Debian packages the test suites need, skipping those already there:
# PostgreSQL 15 (services suite), Chromium (browser suite), gettext (i18n check), fonts with
# Latvian glyphs (screenshots), Java and Maven (Elasticsearch, fetched from Maven Central by
# scripts/services.sh), unzip and curl. Only Debian's own packages; never a downloaded browser.
set -euo pipefail

packages=(postgresql postgresql-contrib chromium gettext fonts-dejavu-core unzip curl maven openjdk-17-jre-headless)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present (${packages[*]})"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "system packages missing: ${missing[*]} (run this script as root, or install them)" >&2
  exit 1
fi

echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: installed"

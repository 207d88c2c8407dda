#!/usr/bin/env bash
# Renders the application icon's PNG sizes from its SVG. The PNGs are committed; run this after
# changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin, in scripts/install-deps.sh package).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/hicolor"

app_id=io.github.eventwatch.Eventwatch
svg="scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/apps/$app_id.png" "$svg"
done

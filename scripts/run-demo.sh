#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs the main job: the desktop app on the bundled demo sets.
# Where no display exists: a whole small tournament on the real server with simulated officers,
# headless, and a screenshot of the app taken on a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

app=build/release/app/pentournament
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi
echo "No display: a whole tournament with simulated officers, then a screenshot of the app on a virtual display."
build/release/server/pentournament-server --demo --demo-sets build/release/assets/imagesets
xvfb-run -a "$app" --screenshot pentournament-demo.png "$@"
echo "Screenshot of the app: $(pwd)/pentournament-demo.png"

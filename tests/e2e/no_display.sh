#!/usr/bin/env bash
# Without a display the game explains in one line and exits 3 (an environment problem).
set -uo pipefail
game="$1"
err="$(env -u DISPLAY -u WAYLAND_DISPLAY XDG_STATE_HOME="$(mktemp -d)" "$game" 2>&1 >/dev/null)"
rc=$?
expected="securebase: no display found (DISPLAY is not set); run under a desktop session or xvfb-run"
[ "$rc" -eq 3 ] || { echo "exit code $rc, expected 3" >&2; exit 1; }
[ "$err" = "$expected" ] || { printf 'stderr was:\n%s\n' "$err" >&2; exit 1; }
# The screenshot command needs a display too.
env -u DISPLAY "$game" screenshot --screen title --out /dev/null >/dev/null 2>&1
rc=$?
[ "$rc" -eq 3 ] || { echo "screenshot: exit code $rc, expected 3" >&2; exit 1; }
echo "no display: exit 3 with one line"

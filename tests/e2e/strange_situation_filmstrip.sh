#!/usr/bin/env bash
# Issue 11: a picture every five seconds of the first three minutes of the Strange
# Situation (sensitive parent, the AI child playing), kept in the build tree as a
# test artifact (e2e-filmstrip/t0000.png … t0180.png) so a person can look at every
# one and check that the words on screen and the picture agree. Run by ctest under
# xvfb-run (scripts/test). Fails when a picture is missing or empty, or when the
# pictures do not change over the three minutes (a frozen scene).
set -euo pipefail
game="$1"
out="${2:-$PWD/e2e-filmstrip}"
mkdir -p "$out"
rm -f "$out"/t*.png
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
for t in $(seq 0 5 180); do
  f="$(printf '%s/t%04d.png' "$out" "$t")"
  HOME="$home" XDG_STATE_HOME="$home/state" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    "$game" screenshot --screen play --scenario strange-situation --caregiver sensitive --at "$t" --out "$f" >/dev/null 2>&1
  [ -s "$f" ] || { echo "no picture at t=$t"; exit 1; }
done
n="$(ls "$out"/t*.png | wc -l)"
distinct="$(md5sum "$out"/t*.png | cut -d' ' -f1 | sort -u | wc -l)"
echo "e2e: $n pictures in $out, $distinct distinct"
[ "$n" -eq 37 ] || { echo "expected 37 pictures"; exit 1; }
[ "$distinct" -ge 30 ] || { echo "the scene hardly changes: $distinct distinct pictures of 37"; exit 1; }

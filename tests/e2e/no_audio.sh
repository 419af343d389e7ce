#!/usr/bin/env bash
# With no audio device the game warns once and plays on silently; Quit ends it cleanly.
set -euo pipefail
game="$1"
work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state"
log="$XDG_STATE_HOME/securebase/securebase.log"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
# No OpenAL backend by that name exists, so no device can be opened.
ALSOFT_DRIVERS=no-such-driver "$game" >"$work/out" 2>"$work/err" &
pid=$!
for ((i = 0; i < 300; i++)); do
  [ -f "$log" ] && grep -q "screen: none -> title" "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; echo "the game exited" >&2; exit 1; }
  sleep 0.1
done
grep -q "screen: none -> title" "$log" || { echo "no title" >&2; exit 1; }
warnings="$(grep -c "no audio device" "$work/err" || true)"
[ "$warnings" -eq 1 ] || { echo "expected one warning, saw $warnings:" >&2; cat "$work/err" >&2; exit 1; }
if grep -q "OpenAL call failed" "$work/err"; then echo "OpenAL errors leaked to the console" >&2; exit 1; fi
win="$(timeout 20 xdotool search --sync --onlyvisible --name '^Secure Base$' | head -n1)"
xdotool windowfocus --sync "$win" || true
sleep 0.3
xdotool key Up # the menus wrap: the last item is the way out
sleep 0.2
xdotool key Return
rc=0
wait "$pid" || rc=$?
pid=""
[ "$rc" -eq 0 ] || { echo "exit code $rc" >&2; exit 1; }
echo "no audio: one warning, ran, quit cleanly"

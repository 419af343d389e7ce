#!/usr/bin/env bash
# End to end, through the real window and the real keyboard path (XTEST via
# xdotool): `securebase play` opens the free playroom; F11 there and back;
# walk right into the ball; walk up; F12 screenshot; Esc; Back to title; on the
# title Play leads on and Esc comes back; Esc, Enter quits. Each step is
# confirmed by the line the game writes to its log. Needs a display (Xvfb).
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
export SECUREBASE_SCREENSHOT_DIR="$work/shots"
start_game play play

echo "e2e: F11 to full screen and back"
xdotool key F11
wait_log "(fullscreen)"
xdotool key F11
for ((i = 0; i < 100; i++)); do
  [ "$(grep -c 'window: 1280x720$' "$log")" -ge 2 ] && break
  sleep 0.1
done
[ "$(grep -c 'window: 1280x720$' "$log")" -ge 2 ] || fail "F11 did not come back to a 1280x720 window"
# The window was made anew; find it and give it the keyboard again.
sleep 0.3
win="$(timeout 20 xdotool search --sync --onlyvisible --name '^Secure Base$' | tail -n1)" || fail "no window after F11"
xdotool windowfocus --sync "$win" || true
sleep 0.3

start="$(grep -o 'child at ([0-9.]*, [0-9.]*)' "$log" | head -n1)"

echo "e2e: hold D until the child pushes the ball"
xdotool keydown d
for ((i = 0; i < 80; i++)); do
  grep -q "toy pushed: ball by child" "$log" && break
  sleep 0.1
done
sleep 0.3
xdotool keyup d
grep -q "toy pushed: ball by child" "$log" || fail "the child never pushed the ball"

echo "e2e: hold W to walk up"
xdotool keydown w
sleep 0.8
xdotool keyup w

echo "e2e: F12 saves a screenshot of the window"
xdotool key F12
wait_log "screenshot saved: "
shot="$(grep -o 'screenshot saved: .*' "$log" | head -n1 | sed 's/screenshot saved: //')"
[ -s "$shot" ] || fail "screenshot file $shot is missing"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$shot is not a PNG"

echo "e2e: Esc pauses"
xdotool key Escape
wait_log "screen: play -> pause"
paused="$(grep -o 'paused at tick [0-9]*; child at ([0-9.]*, [0-9.]*)' "$log" | tail -n1)"
read -r x0 y0 < <(echo "$start" | sed 's/.*(\([0-9.]*\), \([0-9.]*\)).*/\1 \2/')
read -r x1 y1 < <(echo "$paused" | sed 's/.*(\([0-9.]*\), \([0-9.]*\)).*/\1 \2/')
echo "e2e: child walked from ($x0, $y0) to ($x1, $y1)"
awk -v a="$x0" -v b="$x1" 'BEGIN { exit !(b > a + 0.8) }' || fail "the child did not walk right"
awk -v a="$y0" -v b="$y1" 'BEGIN { exit !(b < a - 0.4) }' || fail "the child did not walk up"

echo "e2e: Back to title"
xdotool key Up # the menus wrap: the last item is the way out
sleep 0.2
xdotool key Return
wait_log "screen: pause -> title"

echo "e2e: Play on the title leads on; Esc comes back"
sleep 0.3
xdotool key Return
for ((i = 0; i < 100; i++)); do
  grep -q "screen: title -> " "$log" && break
  sleep 0.1
done
next="$(grep -o 'screen: title -> [a-z-]*' "$log" | tail -n1 | sed 's/screen: title -> //')"
[ -n "$next" ] && [ "$next" != "none" ] || fail "Play on the title went nowhere"
echo "e2e: Play opened '$next'"
sleep 0.3
xdotool key Escape
wait_log "screen: $next -> title"

echo "e2e: Quit (Esc on the title picks Quit, Enter takes it)"
sleep 0.3
xdotool key Escape
sleep 0.2
xdotool key Return
for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
rc=0
wait "$pid" || rc=$?
pid=""
[ "$rc" -eq 0 ] || fail "the game exited with $rc"
grep -q "goodbye" "$log" || fail "no goodbye in the log"
echo "e2e: passed"

#!/usr/bin/env bash
# End to end through the real window and keyboard (XTEST via xdotool), issue 16 part 1:
# play the park a while, pause, "Save and quit"; start again, Continue, and the scene
# comes back at the saved tick with the saved state hash. Then play on and close the
# game from outside (SIGTERM, as a logout does): it saves on the way out, and the
# next start continues from there. Each step is confirmed by the game's log.
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
save="$XDG_DATA_HOME/securebase/saved-play.ini"

# Waits (up to $3 s) until $1 matches at least $2 lines of the log.
wait_count() {
  local i
  for ((i = 0; i < ${3:-30} * 10; i++)); do
    [ "$(count "$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  fail "fewer than $2 lines matching '$1' after ${3:-30}s"
}
# Waits for the game to exit by itself; fails if it does not within $1 s or exits non-zero.
wait_exit() {
  local i
  for ((i = 0; i < $1 * 10; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" || fail "the game exited with status $?"
      pid=""
      return 0
    fi
    sleep 0.1
  done
  fail "the game did not quit within $1 s"
}
# The tick and hash of the n-th "save: saved" line, as "TICKS HASH".
saved_at() { grep 'save: saved park' "$log" | sed -n "${1}p" | sed -E 's/.*\(([0-9]+) ticks\); state hash ([0-9a-f]+).*/\1 \2/'; }

start_game title
echo "e2e: Play, the park, Begin, the content note"
key Return
wait_log "screen: title -> life-map"
key Right
key Return
wait_log "screen: life-map -> caregiver"
key Return
wait_log "screen: caregiver -> content-note"
key Return
wait_log "play: park begins" 30
echo "e2e: read the first line, answer the first choice, walk a little"
wait_log "play: line park.arrive" 20
press_until "play: choice offered" Return 40
key 1
wait_log "play: chose option 1" 5
xdotool keydown d; sleep 1.5; xdotool keyup d
xdotool keydown s; sleep 1; xdotool keyup s

echo "e2e: Esc, Save and quit"
key Escape
wait_log "screen: scenario -> pause" 5
key Down
key Down
key Return
wait_log "save: saved park" 10
wait_exit 20
[ -f "$save" ] || fail "no save file"
[ "$(stat -c %a "$save")" = 600 ] || fail "the save is not private: $(stat -c %a "$save")"
read -r ticks1 hash1 <<<"$(saved_at 1)"
echo "e2e: saved at tick $ticks1, hash $hash1"
[ "$ticks1" -gt 30 ] || fail "saved before the scene was under way: $ticks1"

echo "e2e: start again; Continue is first on the title"
start_game title
wait_log "save: a saved scene to continue: park" 10
key Return
wait_log "title: continue park" 5
wait_log "resume: reached tick $ticks1 in" 60
grep -q "resume: reached tick $ticks1 in .*state hash $hash1" "$log" || fail "resumed to another state than the one saved"
wait_log "play: park goes on at tick $ticks1" 5

echo "e2e: play on, then close the game from outside"
xdotool keydown a; sleep 1.5; xdotool keyup a
sleep 1
kill -TERM "$pid"
wait_log "asked to quit by a signal" 10
wait_count "save: saved park" 2 10
wait_exit 20
read -r ticks2 hash2 <<<"$(saved_at 2)"
echo "e2e: saved on the way out at tick $ticks2, hash $hash2"
[ "$ticks2" -gt "$ticks1" ] || fail "the second save is not later than the first"

echo "e2e: start again; it goes on from the second save"
start_game title
wait_count "save: a saved scene to continue: park" 2 10
key Return
wait_log "resume: reached tick $ticks2 in .*state hash $hash2" 60
echo "e2e: passed"

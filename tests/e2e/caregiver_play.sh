#!/usr/bin/env bash
# Issue 14, end to end through the real window and keyboard (XTEST via xdotool):
# `securebase play --as caregiver --scenario park` puts the player in the
# caregiver's place; the arrows choose answers from the bar and E does them (each
# confirmed by the game's log line); Enter moves the story's lines on, Tab watches
# faster; the scene ends in the epilogue and Enter opens the debrief.
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
start_game caregiver-play play --as caregiver --scenario park --seed 3
wait_log "play: you are the caregiver"

echo "e2e: choose 'pick up' (one down) and do it with E"
key Down
key e
wait_log "caregiver act: pick-up"
echo "e2e: choose 'follow the lead' (five further down) and do it"
for _ in 1 2 3 4 5; do key Down; done
key e
wait_log "caregiver act: follow-lead"

echo "e2e: Tab watches faster; Enter moves the lines on; now and then an answer"
key Tab
wait_log "play: fast forward on"
for ((i = 0; i < 1000; i++)); do
  grep -q "screen: caregiver-play -> epilogue" "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "the game exited during the scene"
  if [ $((i % 25)) -eq 0 ]; then key e; fi
  xdotool key --clearmodifiers Return
  sleep 0.2
done
wait_log "screen: caregiver-play -> epilogue" 5
acts="$(count 'caregiver act: ')"
echo "e2e: $acts answers given by key"
[ "$acts" -ge 3 ] || fail "too few answers reached the game"

echo "e2e: Enter opens the debrief"
sleep 0.5
key Return
wait_log "screen: epilogue -> " 20
echo "e2e: passed"

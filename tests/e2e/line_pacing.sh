#!/usr/bin/env bash
# End to end through the real window and keyboard (XTEST via xdotool), issue 7:
# with the default settings (auto-advance off, 40 letters a second) a scenario
# line waits for the player. Title -> the life map (the park) -> the caregiver
# screen (Begin, the child is played by a person) -> the content note -> the
# park's opening line: Enter while it appears shows it whole, then it stays well
# past the reading time that used to move it on, and the next Enter goes on to
# the first choice. Each step is confirmed by the line the game writes to its log.
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
start_game title

echo "e2e: Play, the park, Begin (played by a person), the content note"
key Return
wait_log "screen: title -> life-map"
key Right
key Return
wait_log "screen: life-map -> caregiver"
key Return
wait_log "caregiver: sensitive chosen for park"
grep -q "chosen for park, autoplay on" "$log" && fail "autoplay was on"
wait_log "screen: caregiver -> content-note"
key Return
wait_log "play: line park.arrive.intro" 30

echo "e2e: Enter while the line appears shows it whole"
key Return
wait_log "play: line park.arrive.intro shown whole (pressed)" 5
grep -q "play: going on from line" "$log" && fail "the first Enter went on instead of showing the line whole"

echo "e2e: the line waits (the timed reading would have moved it on after about 9 s)"
sleep 14
grep -q "play: going on from line" "$log" && fail "the line went on by itself with auto-advance off"
grep -q "play: choice offered" "$log" && fail "the story moved on without the player"

echo "e2e: Enter again goes on to the first choice"
key Return
wait_log "play: going on from line park.arrive.intro (pressed)" 5
wait_log "play: choice offered" 10
echo "e2e: passed"

#!/usr/bin/env bash
# End to end through the real window and keyboard (XTEST via xdotool), issue 5:
# title -> Play -> the life map (the park) -> the caregiver screen (autoplay on)
# -> the content note -> the park, watched at fast speed, with every choice it
# offers answered by a real key press -> the ending and its epilogue -> the
# debrief. Each step is confirmed by the line the game writes to its log.
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
export SECUREBASE_REPORT_DIR="$work/reports"
start_game title

echo "e2e: Play opens the life map"
key Return
wait_log "screen: title -> life-map"
echo "e2e: right to the park, Enter"
key Right
key Return
wait_log "life map: chose park"
wait_log "screen: life-map -> caregiver"
echo "e2e: autoplay on (up past Begin to the switch, right), then Begin"
key Up
key Up
key Right
key Down
key Return
wait_log "caregiver: sensitive chosen for park, autoplay on"
wait_log "screen: caregiver -> content-note"
echo "e2e: the content note, Continue"
key Return
wait_log "screen: content-note -> scenario"
wait_log "play: park begins"
key Tab
wait_log "play: fast forward on"

echo "e2e: watching; answering each choice with a key"
answered=0
offered_seen=0
for ((i = 0; i < 2400; i++)); do
  grep -q "screen: scenario -> epilogue" "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "the game exited during the scene"
  offered="$(count 'play: choice offered')"
  if [ "$offered" -gt "$offered_seen" ]; then
    offered_seen="$offered"
    before="$(count 'play: chose option')"
    # Alternate between the first and second option.
    if [ $((offered % 2)) -eq 0 ]; then key 2; else key 1; fi
    for ((j = 0; j < 20; j++)); do
      [ "$(count 'play: chose option')" -gt "$before" ] && break
      sleep 0.1
    done
    [ "$(count 'play: chose option')" -gt "$before" ] && answered=$((answered + 1))
  fi
  sleep 0.1
done
wait_log "screen: scenario -> epilogue" 5
grep -q "play: the scenario ended: " "$log" || fail "no ending logged"
ending="$(grep -o 'play: the scenario ended: .*' "$log" | tail -n1)"
echo "e2e: $ending; $answered of $offered_seen choices answered by key"
[ "$answered" -ge 1 ] || fail "no choice was made by a key press"
grep -q "epilogue: " "$log" || fail "no epilogue"

echo "e2e: Enter opens the debrief"
key Return
wait_log "epilogue: opening the debrief\|epilogue: what the play looked like" 20
echo "e2e: passed"

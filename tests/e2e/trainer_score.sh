#!/usr/bin/env bash
# End to end through the real window and keyboard (XTEST via xdotool), issue 15:
# `securebase trainer` opens coding practice; once the clear prototypes are found,
# Enter starts the first trial; Enter leaves the watching for the score sheet; a
# digit and Enter score each of the nine rows (two reunions x four scales, then
# the disorganization rating); Enter classifies (B3, the sheet's first choice)
# and the comparison appears. The practice file is then private (0600) and holds
# the attempt. Each step is confirmed by the line the game writes to its log.
set -euo pipefail
game="$1"
source "$(dirname "$0")/e2e_lib.sh"
start_game trainer trainer

echo "e2e: the clear prototypes are found, Enter starts the first trial"
wait_log "trainer: set prototypes ready" 120
key Return
wait_log "screen: trainer -> trainer-trial" 30
wait_log "trainer: trial 1 of set prototypes" 10

echo "e2e: watch a little, pause, step, then Enter for the score sheet"
sleep 1
key space
key Right
key Return
echo "e2e: nine rows, each a digit and Enter"
for digit in 6 5 2 3 6 5 2 3 2; do
  key "$digit"
  key Return
done
echo "e2e: Enter classifies and compares"
key Return
wait_log "trainer: scored trial 1 of prototypes" 20

file="$XDG_DATA_HOME/securebase/trainer.ini"
[ -f "$file" ] || fail "no practice file at $file"
[ "$(stat -c %a "$file")" = "600" ] || fail "the practice file is not private: $(stat -c %a "$file")"
tr -d '" []' <"$file" | grep -q "^student.scales=6,5,2,3,6,5,2,3" || { cat "$file" >&2; fail "the scores typed are not in the practice file"; }
tr -d '" []' <"$file" | grep -q "^student.class=B3" || { cat "$file" >&2; fail "the class chosen is not in the practice file"; }
echo "e2e: passed"

#!/usr/bin/env bash
# securebase simulate as a user sees it: a progress bar on a terminal (a
# pseudo-terminal made by script(1)), none in a pipe, and Ctrl-C (SIGINT) stopping
# cleanly with the finished runs reported as partial and a non-zero exit.
set -uo pipefail
game="$1"
# A private temporary home ($work), fail(), and the game stopped ($pid) on exit.
source "$(dirname "$0")/../e2e/e2e_lib.sh"

# 1. On a terminal: the bar, with runs done of total, runs per second and time left.
script -qec "'$game' simulate --runs 12 --threads 2" /dev/null >"$work/tty" 2>&1 || fail "simulate on a terminal failed"
grep -aq '12/12 runs' "$work/tty" || fail "no finished progress bar on a terminal: $(head -c 400 "$work/tty")"
grep -aqE '[0-9]+\.[0-9] runs/s' "$work/tty" || fail "the bar shows no runs per second"
grep -aq 'left' "$work/tty" || fail "the bar shows no time left"
grep -aq 'simulate: strange-situation' "$work/tty" || fail "the results are missing on a terminal"

# 2. In a pipe: not a trace of the bar on stderr or stdout.
"$game" simulate --runs 12 --threads 2 --json 2>"$work/err" | cat >"$work/out" || fail "simulate in a pipe failed"
# (stderr may carry log warnings; what must never be there is the bar itself)
grep -aqE 'runs/s|left|\[#' "$work/err" && fail "a progress bar was drawn in a pipe: $(head -c 300 "$work/err")"
grep -aq $'\r' "$work/err" && fail "carriage returns on stderr in a pipe"
grep -aq $'\r\|runs/s' "$work/out" && fail "progress text leaked into stdout"
grep -q '"runs":12' "$work/out" || fail "the JSON is missing: $(head -c 300 "$work/out")"

# 3. Ctrl-C: stops between runs, prints what finished as partial, says how many, exits 130.
"$game" simulate --runs 100000 --threads 2 >"$work/out" 2>"$work/err" &
pid=$!
sleep 4
kill -INT "$pid"
wait "$pid"
rc=$?
pid=""
[ "$rc" -eq 130 ] || fail "an interrupted run exited $rc, not 130; stderr: $(cat "$work/err")"
grep -qE '^securebase simulate: interrupted: [0-9]+ of 100000 runs finished' "$work/err" ||
  fail "stderr does not say how many runs finished: $(cat "$work/err")"
finished="$(sed -nE 's/.*interrupted: ([0-9]+) of.*/\1/p' "$work/err")"
[ "$finished" -gt 0 ] || fail "no run finished in 4 seconds"
grep -q "PARTIAL: interrupted after $finished of 100000" "$work/out" || fail "stdout does not mark the results partial: $(head -n 3 "$work/out")"
echo "progress: ok ($finished runs finished before Ctrl-C)"

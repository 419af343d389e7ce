#!/usr/bin/env bash
# securebase report and replay from the command line: an autoplayed run becomes a
# report folder (Markdown, HTML, PNG charts, the replay); the replay plays back to
# the same hash; a damaged replay and a wrong call are refused with their exit codes.
set -u
exe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$exe" --log-level warn report --scenario bedtime --caregiver sensitive --seed 3 --out "$tmp/r" > "$tmp/out.txt" 2>&1
rc=$?; [ $rc -eq 0 ] || { cat "$tmp/out.txt"; fail "report exited $rc"; }
for f in report.md report.html chart-scales.png chart-timeline.png play.sbreplay; do
  [ -s "$tmp/r/$f" ] || fail "$f missing or empty"
done
grep -q '^## ' "$tmp/r/report.md" || fail "no headings in report.md"
outcome=$(grep '^outcome:' "$tmp/out.txt") || fail "no outcome line"
head -c 8 "$tmp/r/chart-scales.png" | od -An -c | grep -q 'P   N   G' || fail "chart-scales.png is not a PNG"
grep -q 'report written in' "$tmp/out.txt" || fail "no timing line"

"$exe" --log-level warn replay "$tmp/r/play.sbreplay" --headless > "$tmp/replay.txt" 2>&1
rc=$?; [ $rc -eq 0 ] || { cat "$tmp/replay.txt"; fail "replay of a good file exited $rc"; }
grep -q 'matches the recording' "$tmp/replay.txt" || fail "replay did not report a matching hash"
grep -q "^${outcome}" "$tmp/replay.txt" || fail "replay outcome differs from the report's ($outcome)"

# The same report again from the replay file.
"$exe" --log-level warn report --replay "$tmp/r/play.sbreplay" --out "$tmp/r2" > "$tmp/out2.txt" 2>&1 || fail "report --replay failed"
grep -q "^${outcome}" "$tmp/out2.txt" || fail "report --replay gave another outcome"

# A replay whose seed was changed no longer reproduces its recorded hash: exit 1.
sed 's/^seed .*/seed 424242/' "$tmp/r/play.sbreplay" > "$tmp/edited.sbreplay"
"$exe" --log-level warn replay "$tmp/edited.sbreplay" --headless > "$tmp/edited.txt" 2>&1
rc=$?; [ $rc -eq 1 ] || fail "an edited replay exited $rc, not 1"
grep -q 'DIFFERS' "$tmp/edited.txt" || fail "an edited replay was not reported as differing"

# A truncated file is not a replay: exit 1 with a message.
head -c 40 "$tmp/r/play.sbreplay" > "$tmp/cut.sbreplay"
"$exe" --log-level warn replay "$tmp/cut.sbreplay" --headless > "$tmp/cut.txt" 2>&1
rc=$?; [ $rc -eq 1 ] || fail "a truncated replay exited $rc, not 1"
[ -s "$tmp/cut.txt" ] || fail "a truncated replay gave no message"
"$exe" --log-level warn report --replay "$tmp/cut.sbreplay" --out "$tmp/r3" > /dev/null 2>&1
rc=$?; [ $rc -eq 1 ] || fail "report of a truncated replay exited $rc, not 1"

# Usage errors: neither --scenario nor --replay (2); an unknown scenario (3, as validate's contract).
"$exe" --log-level warn report --out "$tmp/r4" > /dev/null 2>&1
rc=$?; [ $rc -eq 2 ] || fail "report without a source exited $rc, not 2"
"$exe" --log-level warn report --scenario no-such-place --out "$tmp/r5" > /dev/null 2>&1
rc=$?; [ $rc -eq 3 ] || fail "report of an unknown scenario exited $rc, not 3"
echo "ok"

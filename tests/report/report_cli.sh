#!/usr/bin/env bash
# securebase report and replay from the command line: an autoplayed run becomes a
# report folder (Markdown, HTML, SVG charts that xmllint accepts, the replay); the replay plays back to
# the same hash; a damaged replay and a wrong call are refused with their exit codes.
set -u
exe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$exe" --log-level warn report --scenario bedtime --caregiver sensitive --seed 3 --out "$tmp/r" > "$tmp/out.txt" 2>&1
rc=$?; [ $rc -eq 0 ] || { cat "$tmp/out.txt"; fail "report exited $rc"; }
for f in report.md report.html chart-scales.svg chart-timeline.svg play.sbreplay; do
  [ -s "$tmp/r/$f" ] || fail "$f missing or empty"
done
grep -q '^## ' "$tmp/r/report.md" || fail "no headings in report.md"
outcome=$(grep '^outcome:' "$tmp/out.txt") || fail "no outcome line"
for c in chart-scales chart-timeline; do
  xmllint --noout "$tmp/r/$c.svg" || fail "$c.svg is not well-formed XML"
  [ "$(xmllint --xpath 'local-name(/*)' "$tmp/r/$c.svg")" = svg ] || fail "$c.svg is not an SVG"
  grep -q "wrote: $tmp/r/$c.svg" "$tmp/out.txt" || fail "the command did not say it wrote $c.svg"
done
# The scales chart names each played value; the Markdown table holds the same numbers.
first=$(grep -m1 '^| 1 (' "$tmp/r/report.md" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
[ -n "$first" ] || fail "no first reunion row in report.md"
grep -q ": ${first}</title>" "$tmp/r/chart-scales.svg" || fail "the scales chart does not show the first reunion's seeking ($first)"
# The HTML page holds both charts inline and fetches nothing.
[ "$(grep -c '<svg ' "$tmp/r/report.html")" = 2 ] || fail "report.html does not hold both charts inline"
! grep -q 'http' "$tmp/r/report.html" || fail "report.html names a web address"
ls "$tmp/r" | grep -q '\.png$' && fail "a PNG was written"
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

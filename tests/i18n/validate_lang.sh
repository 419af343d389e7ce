#!/usr/bin/env bash
# `securebase validate --lang CODE`: lists missing interface ids and scenario
# line ids and exits 1 on a deliberately incomplete table (in a temporary
# assets folder, through SECUREBASE_ASSETS); exits 0 for the German that ships
# (interface and the translated scenarios).
set -euo pipefail
game="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "validate --lang: $*" >&2; exit 1; }

mkdir -p "$work/assets/lang/en" "$work/assets/lang/de/scenarios" "$work/assets/scenarios"
cp "$src/assets/scenarios/bedtime.xml" "$work/assets/scenarios/"
printf 'title.play = Play\ntitle.quit = Quit\n' >"$work/assets/lang/en/ui.strings"
printf 'title.play = Spielen\n' >"$work/assets/lang/de/ui.strings"
grep -v '^bed.story.again' "$src/assets/lang/de/scenarios/bedtime.strings" >"$work/assets/lang/de/scenarios/bedtime.strings"

rc=0
SECUREBASE_ASSETS="$work/assets" "$game" --log-level warn validate --lang de >"$work/out" 2>"$work/err" || rc=$?
[ "$rc" -eq 1 ] || { cat "$work/out" "$work/err" >&2; fail "expected exit 1, got $rc"; }
grep -qx 'de: interface: missing title.quit' "$work/out" || fail "title.quit not listed"
grep -qx 'de: scenario bedtime: missing bed.story.again' "$work/out" || fail "bed.story.again not listed"
! grep -q 'missing title.play' "$work/out" || fail "title.play listed although translated"
grep -q 'bedtime 1/' "$work/out" || fail "no summary"

# The shipped German: both translated scenarios complete; the menus, settings and play
# screens complete (the classroom tables were still being written, and are listed).
rc=0
"$game" --log-level warn validate --lang de "$src/assets/scenarios/strange-situation.xml" "$src/assets/scenarios/bedtime.xml" \
  >"$work/out" 2>"$work/err" || rc=$?
grep -q 'strange-situation complete; bedtime complete' "$work/out" || { cat "$work/out" >&2; fail "a translated scenario is incomplete"; }
core='missing (language|title|pause|play|voice|settings|controls|action|delete|storage|map|caregiver|note|epilogue|outcome)\.'
if grep -qE "^de: interface: $core" "$work/out"; then
  grep -E "^de: interface: $core" "$work/out" >&2
  fail "the German menus, settings or play screens lack strings"
fi
if grep -q '^de: interface: missing' "$work/out"; then [ "$rc" -eq 1 ] || fail "missing strings but exit $rc"; else [ "$rc" -eq 0 ] || fail "nothing missing but exit $rc"; fi

rc=0
"$game" --log-level warn validate --lang xx >"$work/out" 2>"$work/err" || rc=$?
[ "$rc" -eq 1 ] || fail "an unknown language passed"
echo "validate --lang: lists what is missing, passes the shipped German"

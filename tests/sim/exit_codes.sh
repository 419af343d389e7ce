#!/usr/bin/env bash
# The command line's exit codes as the README gives them: 1 invalid input, 2 usage
# (a bad option value included), 3 environment (an unreadable file). None of these
# needs a display: each is decided before a window would open.
set -uo pipefail
game="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
failed=0
expect() {
  local want="$1"
  shift
  timeout 60 "$game" "$@" >"$work/out" 2>&1
  local rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "exit codes: FAILED: securebase $* exited $rc, not $want: $(head -c 300 "$work/out")" >&2
    failed=1
  fi
}
# Seeds are plain decimal numbers that fit 64 bits: never wrapped, never octal or hex.
expect 2 simulate --runs 1 --seed -1
expect 2 simulate --runs 1 --seed 18446744073709551616
expect 2 simulate --runs 1 --seed 0x10
expect 2 report --scenario park --seed -5 --out "$work/r"
# Bad option values are usage errors.
expect 2 screenshot --screen title --out "$work/x.png" --at nan
expect 2 screenshot --screen title --out "$work/x.png" --at inf
expect 2 screenshot --screen title --out "$work/x.png" --lang xx
expect 2 play --caregiver sensitivity=12
expect 2 simulate --runs 1 --caregiver sensitivity=12
# A replay that cannot be read is an environment problem; one that is not a replay, invalid input.
expect 3 replay "$work/no-such.replay"
expect 3 replay /dev/zero
expect 3 replay /dev/zero --headless
expect 3 report --replay /dev/zero --out "$work/r"
mkfifo "$work/fifo.replay"
expect 3 replay "$work/fifo.replay" --headless
printf 'securebase-replay 1\nticks 4294967295\n4294967295 0 0 0 -1 0\n' >"$work/hours.replay"
expect 1 replay "$work/hours.replay" --headless
printf 'hello\n' >"$work/garbage.replay"
expect 1 replay "$work/garbage.replay"
expect 1 replay "$work/garbage.replay" --headless
[ "$failed" -eq 0 ] && echo "exit codes: ok"
exit "$failed"

# Shared by the xdotool end-to-end scripts (source it after `game="$1"`): a private
# temporary home for the game's files, the game's log as the witness of each step,
# and starting the game and finding its window. Needs a display (Xvfb).
work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
log="$XDG_STATE_HOME/securebase/securebase.log"
pid=""
win=""
e2e_cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap e2e_cleanup EXIT

fail() { echo "e2e: FAILED: $*" >&2; [ -f "$log" ] && tail -n 60 "$log" | sed 's/^/  log: /' >&2; exit 1; }
# How many log lines match $1.
count() { grep -c -- "$1" "$log" 2>/dev/null || true; }
# Waits (up to $2 seconds, default 20) for a line matching $1 in the log.
wait_log() {
  local pattern="$1" limit="${2:-20}" i
  for ((i = 0; i < limit * 10; i++)); do
    if [ -f "$log" ] && grep -q -- "$pattern" "$log"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "the game exited while waiting for '$pattern'"
    sleep 0.1
  done
  fail "no '$pattern' in the log after ${limit}s"
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.25; }
# press_until PATTERN KEY [LIMIT]: presses KEY about once a second until a log line
# matches PATTERN (up to LIMIT s, default 30). A key pressed while the scene is still
# fading in, or while a line is still being typed, is not lost this way on a slow machine.
press_until() {
  local pattern="$1" k="$2" limit="${3:-30}" i
  for ((i = 0; i < limit * 10; i++)); do
    if [ -f "$log" ] && grep -q -- "$pattern" "$log"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "the game exited while waiting for '$pattern'"
    ((i % 10 == 0)) && xdotool key --clearmodifiers "$k"
    sleep 0.1
  done
  fail "no '$pattern' in the log after ${limit}s of pressing $k"
}

# start_game FIRST_SCREEN [ARGS...]: runs the game, waits for its first screen and
# focuses its window (kept in $win).
start_game() {
  local first="$1"
  shift
  "$game" --log-level debug "$@" >"$work/stdout" 2>"$work/stderr" &
  pid=$!
  wait_log "screen: none -> $first" 30
  win="$(timeout 20 xdotool search --sync --onlyvisible --name '^Secure Base$' | head -n1)" || fail "no window appeared"
  xdotool windowfocus --sync "$win" || true
  sleep 0.5
}

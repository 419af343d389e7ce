#!/usr/bin/env bash
# Installs the build tree into a temporary prefix and uses the game from there, the
# way a packaged copy is used: no source tree, no build tree. Needs a display (Xvfb).
set -uo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "install: FAILED: $*" >&2; exit 1; }
prefix="$work/prefix"
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset SECUREBASE_ASSETS

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || fail "cmake --install: $(tail -5 "$work/install.log")"
id=org.securebase.SecureBase
for f in bin/securebase share/securebase/scenarios/strange-situation.xml share/securebase/lang/en \
         share/securebase/lang/de share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/man/man6/securebase.6.gz share/doc/securebase/copyright; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
game="$prefix/bin/securebase"

# Run from elsewhere, so nothing is found relative to the current folder.
cd "$work"
"$game" validate "$prefix/share/securebase/scenarios" >"$work/validate" 2>&1 ||
  fail "validate of the installed scenarios failed: $(tail -5 "$work/validate")"
# A scenario by id and the German string tables, both from the prefix.
"$game" screenshot --screen play --scenario park --lang de --out "$work/park.png" >"$work/shot" 2>&1 ||
  fail "screenshot from the prefix failed: $(tail -5 "$work/shot")"
[ -s "$work/park.png" ] || fail "no picture written"
"$game" simulate --scenario park --runs 2 --json >"$work/sim" 2>&1 || fail "simulate by id failed: $(cat "$work/sim")"
grep -q '"scenario":"park"' "$work/sim" || fail "simulate did not run the park: $(cat "$work/sim")"

# The prefix is the only source: without its data the id is not found (no fallback to
# the source tree the binary was built from).
mv "$prefix/share/securebase" "$work/moved"
"$game" simulate --scenario park --runs 1 >"$work/none" 2>&1
rc=$?
[ "$rc" -eq 3 ] || fail "with the installed data moved away, --scenario park exited $rc, not 3: $(cat "$work/none")"
mv "$work/moved" "$prefix/share/securebase"

# The desktop entry and metadata as installed.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
else
  fail "desktop-file-validate is missing (scripts/setup installs desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" >"$work/as" 2>&1 ||
    fail "appstreamcli validate: $(cat "$work/as")"
  grep -q '<project_license>MIT AND CC-BY-4.0</project_license>' "$prefix/share/metainfo/$id.metainfo.xml" ||
    fail "the metadata does not give the project licence"
else
  fail "appstreamcli is missing (scripts/setup installs appstream)"
fi
gzip -dc "$prefix/share/man/man6/securebase.6.gz" | grep -q '^\.TH SECUREBASE 6' || fail "the man page is not a section 6 page"
echo "install: ok"

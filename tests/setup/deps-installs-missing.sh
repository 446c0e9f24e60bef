#!/usr/bin/env bash
# scripts/deps.sh with a package missing: it must install exactly that one
# (update first, no recommends), and say so clearly when it cannot. Guards
# the trap where `dpkg-query -W` exits 1 for a package never installed and
# set -o pipefail ended the script before it installed anything.
source "$(dirname "$0")/lib.sh"

fake=$TMP/bin
minimal_path "$fake" bash awk cat dirname cmp rm mkdir cp touch grep
# dpkg-query: every package installed but libjansson-dev, until the fake
# apt-get has "installed" it; exit 1 as the real one does for a missing one.
cat >"$fake/dpkg-query" <<'FAKE'
#!/bin/bash
status=0
for a in "$@"; do
	case $a in -*) continue ;; esac
	if [[ $a == libjansson-dev && ! -f $FAKE_STATE/installed ]]; then
		echo "dpkg-query: no packages found matching $a" >&2
		status=1
	else
		echo "ii  $a"
	fi
done
exit $status
FAKE
cat >"$fake/apt-get" <<'FAKE'
#!/bin/bash
echo "$*" >>"$FAKE_STATE/apt.log"
[[ " $* " == *" install "* && -n ${FAKE_APT_FAILS:-} ]] && exit 100
[[ " $* " == *" install "* ]] && touch "$FAKE_STATE/installed"
exit 0
FAKE
printf '#!/bin/bash\necho %s\n' "${FAKE_UID:-0}" >"$fake/id"
# npm: "installs" by making node_modules, in a folder of the check's own.
printf '#!/bin/bash\necho "npm $*" >>"$FAKE_STATE/npm.log"; mkdir -p node_modules\n' >"$fake/npm"
export DEPS_NODE_TOOLS_DIR=$TMP/node-tools
chmod +x "$fake"/*
export FAKE_STATE=$TMP/state
mkdir -p "$FAKE_STATE"

# 1. Root, one package missing: update, then install just that one.
out=$(PATH=$fake bash "$ROOT/scripts/deps.sh" run 2>&1) || fail "deps.sh exited $? with a package missing: $out"
grep -q ' update' "$FAKE_STATE/apt.log" || fail "no apt-get update: $(cat "$FAKE_STATE/apt.log")"
grep -qx -- '-o DPkg::Lock::Timeout=600 -q install -y --no-install-recommends libjansson-dev' "$FAKE_STATE/apt.log" ||
	fail "not exactly the missing package, without recommends: $(cat "$FAKE_STATE/apt.log")"
[[ $(sed -n 1p "$FAKE_STATE/apt.log") == *update* ]] || fail "install before update"
grep -q '^npm ci ' "$FAKE_STATE/npm.log" || fail "the npm packages were not installed with npm ci"
echo "ok: installs the one missing package, and the npm packages from the lock file"

# 2. apt-get cannot install it: a message that names it, exit 1.
rm -f "$FAKE_STATE"/*
out=$(FAKE_APT_FAILS=1 PATH=$fake bash "$ROOT/scripts/deps.sh" run 2>&1) && fail "deps.sh succeeded though apt-get failed"
grep -q 'could not install: libjansson-dev' <<<"$out" || fail "unclear message when apt-get fails: $out"
echo "ok: says which package apt-get could not install"

# 3. Not root and no sudo on PATH: says so, installs nothing.
rm -f "$FAKE_STATE"/*
printf '#!/bin/bash\necho 1000\n' >"$fake/id"
out=$(PATH=$fake bash "$ROOT/scripts/deps.sh" run 2>&1) && fail "deps.sh succeeded as a user without sudo"
grep -q 'run as root, or install sudo' <<<"$out" || fail "unclear message without root and sudo: $out"
[[ ! -f $FAKE_STATE/apt.log ]] || fail "apt-get ran without root"
echo "ok: not root and no sudo is a clear error"

# 4. Nothing missing: no apt-get at all.
touch "$FAKE_STATE/installed"
printf '#!/bin/bash\necho 0\n' >"$fake/id"
PATH=$fake bash "$ROOT/scripts/deps.sh" run || fail "deps.sh failed with everything installed"
[[ ! -f $FAKE_STATE/apt.log ]] || fail "apt-get ran with nothing missing"
echo "ok: nothing to do when everything is installed"

#!/usr/bin/env bash
# Set-up belongs in the set-up step: nothing but scripts/deps.sh (and the
# Dockerfiles, which install into images) may install packages, so that
# make test never reaches a registry halfway through (docker/lint.sh and
# api/validate.sh once ran npm install, and apt-get install docker-compose
# without update and with recommends, which pulled in an engine).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
hits=$(git grep -nE '(apt-get|apt)( [^|;&]*)? install|npm (install|ci|i) |npx ' -- \
	'*.sh' '*.mk' Makefile '.ci/*' 'docker/*' 'api/*' 'tests/*' 'bench/*' \
	':!scripts/deps.sh' ':!*Dockerfile' ':!tests/setup/*' ':!*.md' ':!docker/fresh-test.sh' | grep -v 'echo ' || true)
[[ -z $hits ]] || fail "installs outside scripts/deps.sh:
$hits"
grep -q 'npm ci' scripts/deps.sh || fail "deps.sh does not install the npm tools from the lock file"
[[ -f scripts/node-tools/package-lock.json ]] || fail "no lock file for the npm tools"
echo "ok: only scripts/deps.sh installs"

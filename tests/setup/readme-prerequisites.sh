#!/usr/bin/env bash
# A minimal Debian 12 has neither git nor make: the README's first lines
# must say to install them before the two commands.
source "$(dirname "$0")/lib.sh"
head=$(sed -n '1,/^## Layout/p' "$ROOT/README.md")
grep -q 'apt-get install -y git make' <<<"$head" || fail "the quick start does not install git and make"
grep -q 'make run' <<<"$head" && grep -q 'make test' <<<"$head" || fail "the quick start lacks the two commands"
echo "ok: the quick start names git and make"

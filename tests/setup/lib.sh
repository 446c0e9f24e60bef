# Shared by the checks of tests/setup/ (sourced): each check is a script
# that exits 0 when what it guards holds, and says what went wrong when not.
# They guard the set-up path of a fresh machine (issue: make run and make
# test on a fresh Debian 12), which the other tests run past.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

free_port() { "$ROOT/scripts/free-port.sh"; }

# minimal_path DIR TOOL...: DIR holds links to just these tools, so that a
# check can run a script on a PATH without (say) sudo.
minimal_path() {
	local dir=$1 t
	shift
	mkdir -p "$dir"
	for t in "$@"; do
		ln -sf "$(type -P "$t")" "$dir/$t"
	done
}

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

# free_port: a port below the ephemeral range that nothing listens on.
free_port() {
	local p
	for _ in $(seq 1 200); do
		p=$((20000 + RANDOM % 10000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

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

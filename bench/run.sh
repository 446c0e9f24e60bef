#!/usr/bin/env bash
# make bench: every benchmark of bench/ in turn — the parse benchmark
# (build/release/bench/parse_bench) and each bench/*_bench.sh.
# Figures are printed as they come; see bench/README.md for what they mean.
set -uo pipefail
cd "$(dirname "$0")/.."
make -s programs build/release/bench/parse_bench || exit 1

failed=0
echo "== parse_bench"
build/release/bench/parse_bench tests/fixtures/real/jiyuan-gxq-2023.txt || failed=1
for script in bench/*_bench.sh; do
	[[ -f $script ]] || continue
	echo
	echo "== $(basename "$script" .sh)"
	bash "$script" || {
		echo "$script failed" >&2
		failed=1
	}
done
exit $failed

#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ (built by make fuzz-build into
# build/fuzz/fuzz/).
#
#   tests/fuzz/run.sh [--merge] TARGET|all SECONDS
#
# Each target starts from its committed corpus (tests/fuzz/corpus/NAME/,
# read only) and writes what it finds into a scratch folder; with --merge
# (make fuzz) the inputs that add coverage are merged into the committed
# corpus afterwards. A crash, leak, sanitizer report or timeout leaves the
# input in build/fuzz/findings/NAME/ and makes the run fail. Prints one
# line per target with its executions, then "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
merge=0
if [[ ${1:-} == --merge ]]; then
	merge=1
	shift
fi
which=${1:-all}
seconds=${2:-10}
bin=build/fuzz/fuzz
passed=0
failed=0
targets=()
if [[ $which == all ]]; then
	for f in tests/fuzz/fuzz_*.c; do
		n=${f##*/fuzz_}
		targets+=("${n%.c}")
	done
else
	targets=("$which")
fi

for t in "${targets[@]}"; do
	exe=$bin/fuzz_$t
	corpus=tests/fuzz/corpus/$t
	# Per run: a short run in make test may overlap a long one.
	mkdir -p build/fuzz/scratch build/fuzz/logs
	scratch=$(mktemp -d "build/fuzz/scratch/$t.XXXXXX")
	findings=build/fuzz/findings/$t
	log=build/fuzz/logs/$t.${scratch##*.}.log
	mkdir -p "$findings"
	if [[ ! -x $exe ]]; then
		echo "FAIL  fuzz $t: $exe is not built (make fuzz-build)"
		failed=$((failed + 1))
		continue
	fi
	# -rss_limit_mb and -timeout: a single input that costs more memory or
	# time than this is a finding of its own (the parser's bounds).
	"$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="$findings/" "$scratch" "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(grep -aEo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$')
	if [[ $rc -eq 0 ]]; then
		echo "ok    fuzz $t: ${execs:-?} executions in $seconds s, no finding"
		passed=$((passed + 1))
	else
		echo "FAIL  fuzz $t (exit $rc; log: $log; input in $findings/)"
		grep -aE 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -n 10 | sed 's/^/      | /'
		failed=$((failed + 1))
	fi
	if [[ $merge -eq 1 && $rc -eq 0 ]]; then
		"$exe" -merge=1 "$corpus" "$scratch" >>"$log" 2>&1 &&
			echo "      merged into $corpus: $(ls "$corpus" | wc -l) inputs"
	fi
	rm -rf "$scratch"
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]

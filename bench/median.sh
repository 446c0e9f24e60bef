# shellcheck shell=bash
# Timing of whole processes for the bench/*_bench.sh scripts that source it
# (import_bench.sh, maintain_bench.sh): wall time in milliseconds, the
# median of $RUNS runs after one warm-up run, so that one slow run on the
# shared machine does not move the figure.

now_ns() { date +%s%N; }

# median_ms COMMAND...: runs it $RUNS times (after one warm-up run), prints
# the median wall time in milliseconds.
median_ms() {
	"$@" >/dev/null 2>&1
	local times=() t0 t1
	for _ in $(seq 1 "$RUNS"); do
		t0=$(now_ns)
		"$@" >/dev/null 2>&1
		t1=$(now_ns)
		times+=($(((t1 - t0) / 1000)))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.2f\n", m / 1000 }'
}

# shellcheck shell=bash
# Shared by the bench/*.sh scripts that drive a server with wrk and curl
# (server_bench.sh, scale_bench.sh, thread_spread.sh, list_growth_bench.sh):
# the conversion of wrk's latencies, and the wait for a server to answer.

# to_ms LATENCY: wrk's latency ("812.00us", "3.21ms", "1.02s", "1.50m") in
# milliseconds, two decimals.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
		printf "%.2f", n }'
}

# wait_ready URL: 0 once URL answers 2xx, 1 if it has not within 10 s.
wait_ready() {
	for _ in $(seq 1 100); do
		curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

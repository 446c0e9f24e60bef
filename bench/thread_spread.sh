#!/usr/bin/env bash
# How the uncached load spreads over the server's database connections,
# round by round: the measurement behind issue 13's "thread pinning".
#
#   bench/thread_spread.sh [ROUNDS]      (from the repository root; make programs first)
#
# Starts a throwaway cluster with the sample and the synthetic reports and
# the release server with its cache off (--cache-bytes 0, --workers
# $WORKERS, default the CPUs). Each round (default 6) starts a fresh wrk
# -t$THREADS -c$CONNECTIONS -d$DURATION on /api/v1/metrics?limit=100 — new
# keep-alive connections; with a pool of threads each keeps the thread (and
# the database connection) that accepted it — and reads the CPU time of the
# PostgreSQL backend of each of the server's database connections
# (pg_stat_activity, /proc/PID/stat) before and after. Prints per round:
# requests/s, p99, how many connections did the work (those with at least
# 10 % of the busiest one's CPU) and the busiest one's share; then each
# round's requests/s as a ratio of the best round of the same run (the
# reference). A round where one connection did nearly all the work is a
# round where one query at a time was in flight.
#
# BASELINE_BIN=path/to/report-server (e.g. a build of an earlier commit from
# `git archive`): measured too, its rounds alternating with this build's on
# the same database, and this build's mean requests/s and worst p99 given
# as ratios to the baseline's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source "$root/bench/wrk_lib.sh"
ROUNDS=${1:-6}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-4s}
WORKERS=${WORKERS:-$(nproc)}
[[ -x bin/report-server && -x bin/report-import ]] || {
	echo "thread_spread: build first (make programs)" >&2
	exit 1
}
command -v wrk >/dev/null || {
	echo "thread_spread: wrk is missing (apt-get install wrk)" >&2
	exit 1
}
work=$(mktemp -d /tmp/thread-spread.XXXXXX)
chmod 755 "$work"
server_pids=()
pg_port=
cleanup() {
	local pid
	for pid in "${server_pids[@]}"; do
		kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	done
	[[ -n $pg_port ]] && scripts/pg-local.sh destroy "$work/pg" "$pg_port" >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT
pg_port=$(scripts/free-port.sh)
eval "$(scripts/pg-local.sh start "$work/pg" "$pg_port" | grep -E '^[A-Z_]+_URL=')"
bin/report-import --database-url "$IMPORT_URL" tests/fixtures/real/jiyuan-gxq-2023.txt \
	tests/fixtures/synthetic/*.txt >/dev/null
server_pids=()
declare -A url_of
labels=()
start_server() { # LABEL BINARY
	local port
	port=$(scripts/free-port.sh)
	"$2" --listen "127.0.0.1:$port" --database-url "$API_URL" --cache-bytes 0 \
		--workers "$WORKERS" --log-level warn 2>"$work/server-$1.log" &
	server_pids+=($!)
	wait_ready "http://127.0.0.1:$port/readyz" || true
	url_of[$1]="http://127.0.0.1:$port/api/v1/metrics?limit=100"
	labels+=("$1")
	# every database connection made before the first round is measured
	wrk -t"$THREADS" -c"$CONNECTIONS" -d1s "${url_of[$1]}" >/dev/null
}
start_server this bin/report-server
[[ -n ${BASELINE_BIN:-} ]] && start_server baseline "$BASELINE_BIN"
server_pid=${server_pids[0]}
url=${url_of[this]}

# "PID TICKS" (utime + stime, clock ticks) for every backend of the server's
# role; the cache listener, when there is one, idles and counts for nothing.
ticks() {
	local pid
	for pid in $(psql "$ADMIN_URL" -XAtq -c \
		"SELECT pid FROM pg_stat_activity WHERE usename = 'report_api' ORDER BY pid"); do
		awk -v p="$pid" '{ sub(/^.*\) /, ""); print p, $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || true
	done
}

printf 'wrk -t%s -c%s -d%s --latency /api/v1/metrics?limit=100; --workers %s; %s CPUs; load %s\n' \
	"$THREADS" "$CONNECTIONS" "$DURATION" "$WORKERS" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-9s %10s %9s %12s %14s\n' round server 'req/s' 'p99 ms' connections 'busiest share'
declare -A all_rps worst_p99 sum_rps
for round in $(seq 1 "$ROUNDS"); do
	for label in "${labels[@]}"; do
		ticks >"$work/before"
		out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${url_of[$label]}")
		ticks >"$work/after"
		rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
		p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
		read -r busy share <<<"$(join "$work/before" "$work/after" | awk '
			{ d = $3 - $2; if (d > 0) { n++; v[n] = d; sum += d; if (d > max) max = d } }
			END { for (i = 1; i <= n; i++) if (v[i] >= max / 10) busy++
			      printf "%d %.0f%%\n", busy, sum ? 100 * max / sum : 0 }')"
		all_rps[$label]+="$rps "
		sum_rps[$label]=$(( ${sum_rps[$label]:-0} + rps ))
		worst_p99[$label]=$(awk -v a="${worst_p99[$label]:-0}" -v b="$p99" 'BEGIN { print (b > a ? b : a) }')
		printf '%-6s %-9s %10s %9s %12s %14s\n' "$round" "$label" "$rps" "$p99" "$busy" "$share"
	done
done
for label in "${labels[@]}"; do
	# shellcheck disable=SC2086
	best=$(printf '%s\n' ${all_rps[$label]} | sort -n | tail -n 1)
	printf '%s: requests/s as a ratio of its best round (%s):' "$label" "$best"
	for r in ${all_rps[$label]}; do
		awk -v r="$r" -v b="$best" 'BEGIN { printf " %.2f", r / b }'
	done
	echo
done
if [[ -n ${BASELINE_BIN:-} ]]; then
	awk -v a="${sum_rps[this]}" -v b="${sum_rps[baseline]}" -v p="${worst_p99[this]}" \
		-v q="${worst_p99[baseline]}" \
		'BEGIN { printf "this / baseline: mean requests/s %.2f×, worst p99 %.2f×\n", a / b, p / q }'
fi

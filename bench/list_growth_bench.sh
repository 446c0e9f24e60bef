#!/usr/bin/env bash
# Does an uncached list page cost more as the database grows? Issue 13 asks
# that uncached /api/v1/metrics?limit=100 at 1,000 reports run at 0.7× or
# more of its rate at 1 report (it was 0.16× while every list counted its
# whole filter).
#
#   bench/list_growth_bench.sh [REPORTS]   (from the repository root; make programs first)
#
# Two throwaway clusters: "one" holds one real report alone (天津 2026 of the
# gold, 129 figures: more than a page, so that both databases fill the page
# with 100 rows); "many" holds it and REPORTS - 1 more imports of it
# (default 1000 reports in all, each under its own organisation, so 129,000
# figures), imported by bin/report-import itself. A release server with its
# response cache off (--cache-bytes 0) reads each. Rounds of wrk -t$THREADS
# -c$CONNECTIONS -d$DURATION on /api/v1/metrics?limit=100 alternate between
# the two servers ($ROUNDS pairs, default 4), so that both see the same
# neighbours on a shared machine; each pair gives a ratio many/one, and the
# worst and the median ratio are printed. The first page is the same 100
# rows of the same report in both (the first imported, the lowest id): what
# differs is only the size of the tables the statement runs over.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source "$root/bench/wrk_lib.sh"
REPORTS=${1:-1000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-4s}
ROUNDS=${ROUNDS:-4}
WORKERS=${WORKERS:-$(nproc)}
for tool in wrk curl psql; do
	command -v "$tool" >/dev/null || {
		echo "list_growth_bench: $tool is missing (apt-get install wrk curl postgresql-client)" >&2
		exit 1
	}
done
[[ -x bin/report-server && -x bin/report-import && -x bin/report-migrate ]] || {
	echo "list_growth_bench: build first (make programs)" >&2
	exit 1
}
sample=tests/fixtures/gold/tianjin-2026.txt
# its web text's title is not the report's own (tests/gold/docs.txt)
meta=(--year 2026 --kind 政府工作报告)

work=$(mktemp -d /tmp/list-growth.XXXXXX)
chmod 755 "$work"
declare -A pg_port server_pid base
cleanup() {
	local k
	for k in "${!server_pid[@]}"; do
		# || true: a process that a signal ends waits with 128+N
		kill -TERM "${server_pid[$k]}" 2>/dev/null && { wait "${server_pid[$k]}" 2>/dev/null || true; }
	done
	for k in "${!pg_port[@]}"; do
		scripts/pg-local.sh destroy "$work/pg-$k" "${pg_port[$k]}" >/dev/null 2>&1 || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

# start_db NAME: a migrated cluster; sets IMPORT_URL and API_URL
start_db() {
	pg_port[$1]=$("$root/scripts/free-port.sh")
	eval "$(REPORT_MIGRATE=bin/report-migrate PG_LOCAL_EXTRA_OPTS="-c fsync=off -c synchronous_commit=off" \
		scripts/pg-local.sh start "$work/pg-$1" "${pg_port[$1]}" | grep -E '^[A-Z_]+_URL=')"
}
# start_server NAME URL
start_server() {
	local port
	port=$("$root/scripts/free-port.sh")
	bin/report-server --listen "127.0.0.1:$port" --database-url "$2" --cache-bytes 0 \
		--workers "$WORKERS" --log-level warn 2>>"$work/server-$1.log" &
	server_pid[$1]=$!
	base[$1]="http://127.0.0.1:$port"
	wait_ready "${base[$1]}/readyz" && return 0
	echo "list_growth_bench: the server did not start" >&2
	cat "$work/server-$1.log" >&2
	exit 1
}

start_db one
bin/report-import --database-url "$IMPORT_URL" --org 天津市人民政府 "${meta[@]}" "$sample" >/dev/null
start_server one "$API_URL"

start_db many
bin/report-import --database-url "$IMPORT_URL" --org 天津市人民政府 "${meta[@]}" "$sample" >/dev/null
t0=$(date +%s)
seq 2 "$REPORTS" | xargs -P "$(nproc)" -I N \
	bin/report-import --database-url "$IMPORT_URL" --org "增长测试区N" "${meta[@]}" "$sample" >/dev/null
admin=$ADMIN_URL
psql "$admin" -XAtq -c "ANALYZE"
read -r n_reports n_figures < <(psql "$admin" -XAtq -F ' ' -c \
	"SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM metrics)")
echo "many: $n_reports reports, $n_figures figures (imported in $(($(date +%s) - t0)) s)"
start_server many "$API_URL"

path='/api/v1/metrics?limit=100'
# Both servers answer the same first page (only "many" has more than two
# pages, which its next link may say).
curl -fsS "${base[one]}$path" >"$work/one.json"
curl -fsS "${base[many]}$path" >"$work/many.json"
python3 - "$work/one.json" "$work/many.json" <<'PY' || exit 1
import json, sys
one, many = (json.load(open(f)) for f in sys.argv[1:])
if one["items"] != many["items"] or len(one["items"]) != 100:
    sys.exit("list_growth_bench: the two servers' first pages differ")
PY

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $path; --cache-bytes 0; --workers $WORKERS; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-5s %9s %9s\n' round db req/s 'p99 ms'
ratios=()
for round in $(seq 1 "$ROUNDS"); do
	declare -A rps=()
	# the order alternates too: what runs second in a round is not always the same
	order=(one many)
	((round % 2)) || order=(many one)
	for k in "${order[@]}"; do
		wrk -t"$THREADS" -c"$CONNECTIONS" -d1s "${base[$k]}$path" >/dev/null
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${base[$k]}$path" >"$work/wrk"
		if grep -q 'Non-2xx\|Socket errors' "$work/wrk"; then
			echo "list_growth_bench: errors:" >&2
			cat "$work/wrk" >&2
			exit 1
		fi
		rps[$k]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk")
		printf '%-6s %-5s %9s %9s\n' "$round" "$k" "${rps[$k]}" \
			"$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk")")"
	done
	ratios+=("$(awk -v a="${rps[many]}" -v b="${rps[one]}" 'BEGIN { printf "%.2f", a / b }')")
done
echo "many / one, requests/s per round: ${ratios[*]}"
printf '%s\n' "${ratios[@]}" | sort -n | awk -v n="$REPORTS" '
	{ r[NR] = $1 }
	END { printf "at %d reports: worst %.2f×, median %.2f× the rate at 1 report (issue 13 asks ≥ 0.7×)\n",
	      n, r[1], (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2) }'

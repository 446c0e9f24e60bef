#!/usr/bin/env bash
# CPU time per uncached request, route by route, split between the server
# and its PostgreSQL backends: what the capacity plan (README, "National
# scale") rests on, because unlike requests/s it does not change with what
# else runs on the machine.
#
#   bench/route_cpu.sh [REPORTS]      (default 10000; after bench/scale_bench.sh made the data)
#
# Uses the cluster build/scale-pg-REPORTS of bench/scale_bench.sh and the
# release server with its cache off (--workers $WORKERS, default 2). For
# each route it runs wrk -t2 -c16 -d$DURATION and reads the CPU time
# (utime + stime from /proc) of the server and of every backend of its role
# before and after; prints requests/s and the CPU milliseconds per request
# of each. The reference of the same run is /metrics/{id}, the cheapest
# route: every route's total is also given as a multiple of it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source "$root/bench/scale_ids.sh"
size=${1:-10000}
DURATION=${DURATION:-4s}
WORKERS=${WORKERS:-2}
pg_dir=$root/build/scale-pg-$size
[[ -f $pg_dir/generated ]] || {
	echo "route_cpu: no data in $pg_dir: run bench/scale_bench.sh $size first" >&2
	exit 1
}
[[ -x bin/report-server ]] || {
	echo "route_cpu: build first (make programs)" >&2
	exit 1
}
server_pid=
pg_port=$(scripts/free-port.sh)
cleanup() {
	[[ -n $server_pid ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
	scripts/pg-local.sh stop "$pg_dir" "$pg_port" >/dev/null 2>&1
}
trap cleanup EXIT
scripts/pg-local.sh stop "$pg_dir" "$pg_port" >/dev/null 2>&1 || true
eval "$(scripts/pg-local.sh start "$pg_dir" "$pg_port" | grep -E '^[A-Z_]+_URL=')"
port=$(scripts/free-port.sh)
bin/report-server --listen "127.0.0.1:$port" --database-url "$API_URL" --cache-bytes 0 \
	--workers "$WORKERS" --log-level warn 2>/dev/null &
server_pid=$!
for _ in $(seq 1 100); do
	curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null && break
	sleep 0.1
done
q() { psql "$ADMIN_URL" -XAtq -c "$1"; }
scale_ids "$ADMIN_URL" "$size" || exit 1
base=http://127.0.0.1:$port/api/v1
[[ $(curl -fsS "$base/metrics?org=$org_enc&limit=1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))') == 1 ]] || {
	echo "route_cpu: the organisation of report $rid has no figures" >&2
	exit 1
}
# every database connection exists before the first measurement
wrk -t2 -c16 -d1s "$base/metrics?limit=100" >/dev/null

cpu_of() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends_cpu() {
	local pid total=0
	for pid in $(q "SELECT pid FROM pg_stat_activity WHERE usename = 'report_api'"); do
		total=$((total + $(cpu_of "$pid")))
	done
	echo "$total"
}
hz=$(getconf CLK_TCK)
routes=("metrics/$mid" "reports?limit=100" "reports/$rid" "sections?report=$rid&limit=100"
	"sections?report=$rid&q=%E5%8F%91%E5%B1%95" "sections/$sid" "metrics?limit=100"
	"metrics?report=$rid&limit=100" "metrics?org=$org_enc&limit=100"
	"comparisons?org=$org_enc&year=$year" "comparisons?org=$org_enc&year=$year&base=$((year - 3))"
	"comparisons?org=$org_enc&year=$year&mode=target" "indicators?org=$org_enc&limit=100"
	"indicators/$iid/series?org=$org_enc" "series?indicator=$iid,$iid2&org=$org_enc"
	"indicators/$iid" "indicators/$iid/series?limit=100" "indicators?limit=100"
	"metrics?indicator=$iid&limit=100" "indicators?unmatched=true&org=$org_enc&limit=100")
printf '%s reports; wrk -t2 -c16 -d%s; --workers %s; load %s\n' "$size" "$DURATION" "$WORKERS" \
	"$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %9s %12s %12s %10s\n' route 'req/s' 'server ms' 'postgres ms' '× item'
ref=
for r in "${routes[@]}"; do
	s0=$(cpu_of "$server_pid") b0=$(backends_cpu)
	out=$(wrk -t2 -c16 -d"$DURATION" "$base/$r")
	s1=$(cpu_of "$server_pid") b1=$(backends_cpu)
	n=$(awk '/requests in/ { print $1 }' <<<"$out")
	rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
	# requests that failed (503 after the statement timeout) or that wrk
	# gave up on (2 s) cost CPU too: marked, as their rows are not a
	# route's cost per answer
	bad=$(awk '/Non-2xx/ { e = $NF } /Socket errors/ { gsub(/,/, ""); t = $10 } END { if (e + t > 0) printf " (%d failed, %d timeouts)", e, t }' <<<"$out")
	read -r sms bms <<<"$(awk -v s=$((s1 - s0)) -v b=$((b1 - b0)) -v n="$n" -v hz="$hz" \
		'BEGIN { n = n > 0 ? n : 1; printf "%.3f %.3f", s * 1000 / hz / n, b * 1000 / hz / n }')"
	[[ -z $ref ]] && ref=$(awk -v a="$sms" -v b="$bms" 'BEGIN { print a + b }')
	shown=${r//"$org_enc"/\{org\}}
	printf '%-44s %9s %12s %12s %10s%s\n' "${shown:0:44}" "$rps" "$sms" "$bms" \
		"$(awk -v a="$sms" -v b="$bms" -v r="$ref" 'BEGIN { printf "%.1f", (a + b) / r }')" "$bad"
done

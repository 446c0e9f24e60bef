#!/usr/bin/env bash
# Soak of bin/report-server: a mixed load for SOAK_SECONDS (default 3600)
# through six phases, on loopback only, everything bounded and stopped at
# exit.
#
#   bench/soak.sh [SECONDS]          (from the repository root; make programs first)
#
#   steady     0.30  mixed reads: lists, a section, comparisons, search, readyz
#   imports    0.10  the same while a report is replaced every few seconds; after
#                    each import, 20 reads in a row must all show the new figure
#   pg-restart 0.10  the same while PostgreSQL stops for 3 s and comes back
#                    (503s allowed in this phase only)
#   burst      0.10  the same beside a burst of 4x the connection limit
#   slowloris  0.10  the same beside 600 connections trickling a header line
#                    every 5 s, from 10 loopback addresses
#   steady     0.30  as the first phase
#
# Reports per phase: requests, answers by status, p50/p99 latency of the
# mixed load, and the server's RSS at its end; then stale answers seen and
# RSS growth. Exit 0 when there is no 5xx outside pg-restart, no stale
# answer, and the RSS at the end is within 10 % (+8 MB) of the RSS after
# the first phase.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
total=${1:-${SOAK_SECONDS:-3600}}
MAX_CONN=${SOAK_MAX_CONNECTIONS:-256}
for tool in wrk curl python3; do
	command -v "$tool" >/dev/null || {
		echo "soak: $tool is missing (scripts/deps.sh test)" >&2
		exit 1
	}
done
[[ -x bin/report-server && -x bin/report-import ]] || {
	echo "soak: build first (make programs)" >&2
	exit 1
}

work=$(mktemp -d /tmp/report-soak.XXXXXX)
chmod 755 "$work"
pgdir=$work/pg
pg_port=
server_pid=
bg_pids=()
cleanup() {
	local p
	for p in "${bg_pids[@]}" $server_pid; do
		kill -TERM "$p" 2>/dev/null
	done
	wait 2>/dev/null
	[[ -n $pg_port ]] && scripts/pg-local.sh destroy "$pgdir" "$pg_port" >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT

free_port() { "$root/scripts/free-port.sh"; }

pg_port=$(free_port)
eval "$(PG_LOCAL_EXTRA_OPTS="-c fsync=off" scripts/pg-local.sh start "$pgdir" "$pg_port" | grep -E '^[A-Z_]+_URL=')"
bin/report-import --database-url "$IMPORT_URL" tests/fixtures/real/jiyuan-gxq-2023.txt \
	tests/fixtures/synthetic/*.txt >/dev/null || exit 1
api_port=$(free_port)
base=http://127.0.0.1:$api_port
DATABASE_URL=$API_URL bin/report-server --listen "127.0.0.1:$api_port" \
	--max-connections "$MAX_CONN" --log-level warn >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
	curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
	sleep 0.1
done

# The figure the imports phase changes: a report of its own, replaced with
# a new value each time.
soak_report() {
	printf ' 测试浸泡区 2030 年工作总结\n\n一、经济运行\n\n全年实现营业收入 %s 亿元，同比增长 5%%。\n' "$1" \
		>"$work/soak.txt"
	bin/report-import --database-url "$IMPORT_URL" --replace "$work/soak.txt" >/dev/null
}
soak_report 1 || exit 1
org_q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("测试浸泡区"))')

# The mixed load: wrk with a script that rotates over routes and counts
# answers by status across its threads.
cat >"$work/mixed.lua" <<EOF
local paths = {
  "/api/v1/metrics?limit=20",
  "/api/v1/metrics?org=$org_q&limit=5",
  "/api/v1/reports",
  "/api/v1/sections?q=%E4%BC%81%E4%B8%9A&limit=5",
  "/api/v1/comparisons?org=%E6%B5%8E%E6%BA%90%E9%AB%98%E6%96%B0%E5%8C%BA&year=2023",
  "/readyz",
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {}; n = 0 end
function request() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  local keys = {}
  for k in pairs(total) do table.insert(keys, k) end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do table.insert(parts, k .. ":" .. total[k]) end
  io.write(string.format("RESULT requests=%d errors=%d p50_ms=%.2f p99_ms=%.2f statuses=%s\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, table.concat(parts, ",")))
end
EOF

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }
stale=0
fivexx_outside=0
rss_after_first=
printf '%-11s %6s %9s %8s %8s %9s  %s\n' phase secs requests p50_ms p99_ms rss_kb statuses

# phase NAME SECONDS SIDE: the mixed load for SECONDS while SIDE (a
# function, may be :) runs beside it; then one report line.
phase() {
	local name=$1 secs=$2 side=$3 out
	wrk -t2 -c16 -d"${secs}s" --timeout 5s -s "$work/mixed.lua" "$base" >"$work/wrk-$name.txt" 2>&1 &
	local wpid=$!
	"$side" "$secs"
	wait "$wpid"
	out=$(grep '^RESULT' "$work/wrk-$name.txt")
	local req p50 p99 st
	req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$out")
	p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$out")
	p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$out")
	st=$(sed -E 's/.*statuses=(.*)/\1/' <<<"$out")
	printf '%-11s %6s %9s %8s %8s %9s  %s\n' "$name" "$secs" "$req" "$p50" "$p99" "$(rss_kb)" "$st"
	if [[ $name != pg-restart ]] && grep -qE '(^|,)5[0-9][0-9]:' <<<"$st"; then
		fivexx_outside=$((fivexx_outside + 1))
	fi
}

side_none() { sleep "$1"; }

side_imports() {
	local end=$((SECONDS + $1)) v=2 i got
	while [[ $SECONDS -lt $((end - 3)) ]]; do
		soak_report "$v" || echo "import $v failed"
		for i in $(seq 1 20); do
			got=$(curl -fsS "$base/api/v1/metrics?org=$org_q&limit=5" | python3 -c \
				'import json,sys; print(",".join(m["value"] if isinstance(m["value"], str) else repr(m["value"]) for m in json.load(sys.stdin)["items"] if m["unit"] == "亿元"))')
			if [[ $got != "$v" ]]; then
				stale=$((stale + 1))
				echo "stale answer after import $v: $got" >>"$work/stale.log"
			fi
		done
		v=$((v + 1))
		sleep 3
	done
	sleep $((end - SECONDS > 0 ? end - SECONDS : 0))
}

side_pg_restart() {
	local end=$((SECONDS + $1))
	sleep $(($1 / 4))
	scripts/pg-local.sh --server-only stop "$pgdir" "$pg_port" >/dev/null
	sleep 3
	scripts/pg-local.sh --server-only start "$pgdir" "$pg_port" >/dev/null
	sleep $((end - SECONDS > 0 ? end - SECONDS : 0))
}

side_burst() {
	wrk -t2 -c$((MAX_CONN * 4)) -d"$(($1 / 2))s" --timeout 2s "$base/api/v1/metrics?limit=5" \
		>"$work/burst.txt" 2>&1
	sleep $(($1 - $1 / 2))
}

side_slowloris() {
	python3 - "$api_port" "$1" <<'PY' >"$work/slowloris.txt" 2>&1
import socket, sys, time
port, secs = int(sys.argv[1]), int(sys.argv[2])
conns = []
for i in range(600):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=2,
                                     source_address=("127.0.0.%d" % (2 + i % 10), 0))
        s.send(b"GET /api/v1/reports HTTP/1.1\r\nHost: x\r\n")
        conns.append(s)
    except OSError:
        pass
print("opened", len(conns))
end = time.time() + secs
while time.time() < end:
    time.sleep(5)
    alive = []
    for s in conns:
        try:
            s.send(b"X-Trickle: 1\r\n")
            alive.append(s)
        except OSError:
            pass
    conns = alive
print("still open at the end", len(conns))
PY
}

t() { awk -v t="$total" -v f="$1" 'BEGIN { s = int(t * f); print (s < 5 ? 5 : s) }'; }
rss_start=$(rss_kb)
phase steady "$(t 0.30)" side_none
rss_after_first=$(rss_kb)
phase imports "$(t 0.10)" side_imports
phase pg-restart "$(t 0.10)" side_pg_restart
phase burst "$(t 0.10)" side_burst
phase slowloris "$(t 0.10)" side_slowloris
phase steady "$(t 0.30)" side_none
rss_end=$(rss_kb)

echo "burst beside it: $(grep -E 'Requests/sec|Non-2xx|Socket errors' "$work/burst.txt" | tr -s ' ' | paste -sd ';')"
echo "slowloris: $(paste -sd ';' "$work/slowloris.txt")"
echo "RSS: $rss_start kB at start, $rss_after_first kB after the first phase, $rss_end kB at the end"
echo "stale answers after imports: $stale"
[[ -f $work/stale.log ]] && head -n 5 "$work/stale.log"
echo "phases with 5xx outside pg-restart: $fivexx_outside"
ok=1
[[ $stale -eq 0 && $fivexx_outside -eq 0 ]] || ok=0
[[ $rss_end -le $((rss_after_first * 110 / 100 + 8192)) ]] || {
	echo "RSS grew beyond 10 % + 8 MB"
	ok=0
}
if [[ $ok -eq 1 ]]; then
	echo "soak: passed"
else
	# The server's own account of what failed, before the work folder goes.
	mkdir -p build
	cp "$work/server.log" build/soak-server.log
	echo "soak: FAILED (server log: build/soak-server.log; its warnings and errors:)"
	grep -E ' (warn|error) ' build/soak-server.log | sed -E 's/^[^ ]+ //' | sort | uniq -c | sort -rn | head -n 10
fi
[[ $ok -eq 1 ]]

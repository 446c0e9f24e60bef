#!/usr/bin/env bash
# Peak memory of report-server for a 100,000-row CSV download
# (?format=csv, the whole list of one organisation), for one or more server
# binaries in the same run: each against the same throwaway cluster and
# rows (bench/csv_export_rows.sql), 2 workers, three downloads each.
# Prints per binary: idle VmHWM, VmHWM after the downloads, the growth, the
# downloads' status, time and size; the growth of each binary as a ratio of
# the first one's (the reference), and whether its file is byte for byte the
# reference's.
#
#   bench/csv_export_rss.sh [REFERENCE-SERVER] [SERVER...]   (default: bin/report-server)
#
# BENCH_GZIP=1: the downloads ask for gzip (curl --compressed: the size is
# the compressed one, the lines those of the inflated file).
#
# e.g. the buffered server of main against this tree's streaming one:
#   git archive main | tar -x -C /tmp/base && make -C /tmp/base programs
#   bench/csv_export_rss.sh /tmp/base/bin/report-server bin/report-server
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
servers=("$@")
[[ ${#servers[@]} -gt 0 ]] || servers=(bin/report-server)
work=$(mktemp -d)
pgdir=$work/pg
pg_port=$(scripts/free-port.sh)
server_pid=
cleanup() {
	[[ -n $server_pid ]] && kill -KILL "$server_pid" 2>/dev/null
	scripts/pg-local.sh destroy "$pgdir" "$pg_port" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
eval "$(PG_LOCAL_EXTRA_OPTS="-c fsync=off" scripts/pg-local.sh start "$pgdir" "$pg_port")"
psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -q -f bench/csv_export_rows.sql
url_path='/api/v1/metrics?org=%E6%B5%8B%E8%AF%95%E5%A4%A7%E9%87%8F%E5%8C%BA&format=csv'
compressed=()
[[ ${BENCH_GZIP:-0} == 1 ]] && compressed=(--compressed)

hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }
ref_growth=
for srv in "${servers[@]}"; do
	port=$(scripts/free-port.sh)
	DATABASE_URL=$API_URL "$srv" --listen "127.0.0.1:$port" --workers 2 --log-level warn &
	server_pid=$!
	for _ in $(seq 1 100); do
		curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
		sleep 0.1
	done
	idle=$(hwm_kb "$server_pid")
	runs=()
	for _ in 1 2 3; do
		runs+=("$(curl -s "${compressed[@]}" -o "$work/out.csv" -w '%{http_code} %{time_total}s %{size_download}B' \
			"http://127.0.0.1:$port$url_path") $(($(wc -l <"$work/out.csv"))) lines")
	done
	peak=$(hwm_kb "$server_pid")
	kill -TERM "$server_pid"
	wait "$server_pid" || true
	server_pid=
	growth=$((peak - idle))
	same=
	if [[ -z $ref_growth ]]; then
		ref_growth=$growth
		mv "$work/out.csv" "$work/ref.csv"
	else
		cmp -s "$work/out.csv" "$work/ref.csv" && same="; the same bytes as the reference's" ||
			same="; NOT the bytes of the reference's"
	fi
	echo "$srv: VmHWM idle ${idle} kB, after ${peak} kB, growth ${growth} kB" \
		"($(awk -v g="$growth" -v r="$ref_growth" 'BEGIN { printf "%.3f", g / r }') of the reference$same)"
	printf '    %s\n' "${runs[@]}"
done

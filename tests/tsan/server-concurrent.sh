#!/usr/bin/env bash
# The server under ThreadSanitizer (make tsan) with everything that runs at
# once in production: worker threads answering from the response cache and
# from their database connections, the cache listener clearing the cache on
# every import's notification, and /readyz. Three wrk loads run while the
# writer role replaces a report five times. Passes when TSan reports no race
# (any report is fatal: halt_on_error), every answer was 2xx/3xx, and the
# server stops on SIGTERM with status 0.
#
# Environment (scripts/test.sh sets it): TEST_READER_DATABASE_URL,
# TEST_IMPORT_DATABASE_URL, TEST_BIN_DIR (the importer), TEST_FIXTURES.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
server=$ROOT/build/tsan/bin/report-server
TMP=$(mktemp -d)
pid=
cleanup() {
	[[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	exit 1
}
[[ -x $server ]] || fail "$server is not built (make tsan)"
port=$("$ROOT/scripts/free-port.sh") || fail "no free port"
base=http://127.0.0.1:$port

TSAN_OPTIONS="halt_on_error=1:exitcode=66:log_path=$TMP/tsan" \
	DATABASE_URL=$TEST_READER_DATABASE_URL "$server" --listen "127.0.0.1:$port" --workers 4 \
	--log-level warn >"$TMP/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
	curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
	kill -0 "$pid" 2>/dev/null || fail "server exited: $(cat "$TMP/server.log" "$TMP"/tsan* 2>/dev/null)"
	sleep 0.2
done

# Loads: a cached list, an uncached-by-query search, and readiness.
wrk -t1 -c8 -d6s "$base/api/v1/metrics?limit=20" >"$TMP/wrk1" 2>&1 &
w1=$!
wrk -t1 -c8 -d6s "$base/api/v1/sections?q=%E4%BC%81%E4%B8%9A&limit=5" >"$TMP/wrk2" 2>&1 &
w2=$!
wrk -t1 -c4 -d6s "$base/readyz" >"$TMP/wrk3" 2>&1 &
w3=$!
# Imports meanwhile: each one commits and notifies, and the listener clears
# the cache while the workers read and fill it.
fixture=$TEST_FIXTURES/synthetic/luting-gxq-2021.txt
for i in 1 2 3 4 5; do
	"$TEST_BIN_DIR/report-import" --database-url "$TEST_IMPORT_DATABASE_URL" --org "测试并发区" \
		--year 2021 --replace "$fixture" >>"$TMP/import.log" 2>&1 || fail "import $i: $(tail -n 3 "$TMP/import.log")"
	sleep 0.8
done
wait "$w1" "$w2" "$w3"
for f in "$TMP"/wrk1 "$TMP"/wrk2 "$TMP"/wrk3; do
	grep -E 'Requests/sec|Non-2xx' "$f"
	grep -q 'Non-2xx' "$f" && fail "non-2xx answers under load: $(cat "$f")"
done
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
pid=
reports=$(cat "$TMP"/tsan* 2>/dev/null)
[[ -z $reports ]] || fail "ThreadSanitizer: $(head -n 60 <<<"$reports")"
[[ $rc -eq 0 ]] || fail "server exited $rc: $(tail -n 20 "$TMP/server.log")"
# Clean up the test organisation (the writer role may delete its reports).
psql -X -q "$TEST_IMPORT_DATABASE_URL" -c "DELETE FROM reports WHERE organization = '测试并发区'" ||
	echo "note: could not delete the test organisation's report"
echo "ok: no race reported, all answers 2xx/3xx, clean stop"

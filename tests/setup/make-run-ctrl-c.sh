#!/usr/bin/env bash
# make run on a terminal, stopped with Ctrl-C as a person would: it must
# serve the sample and the dashboard, exit 0 (not "make: *** Error 130"), leave no server and
# no PostgreSQL running, and a second make run finds the sample unchanged.
# Also: a port in use is a clear error before anything starts.
source "$(dirname "$0")/lib.sh"
api_port=$(free_port)
pg_port=$(free_port)
pgdir=$TMP/pg
trap 'bash "$ROOT/scripts/pg-local.sh" destroy "$pgdir" "$pg_port" >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
env=(REPORT_LISTEN=127.0.0.1:$api_port PG_PORT=$pg_port REPORT_PG_DIR=$pgdir)

# run_and_interrupt LOG: make run under a pseudo-terminal (script), Ctrl-C
# (the byte 0x03 typed on it) once /healthz answers.
run_and_interrupt() {
	local log=$1
	{
		for _ in $(seq 1 600); do
			curl -fsS -o /dev/null "http://127.0.0.1:$api_port/healthz" 2>/dev/null && break
			sleep 0.2
		done
		curl -fsS "http://127.0.0.1:$api_port/api/v1/metrics?limit=100" >"$log.metrics" 2>/dev/null || true
		curl -fsS "http://127.0.0.1:$api_port/" >"$log.page" 2>/dev/null || true
		printf '\003'
		sleep 5 # keep the terminal open while make run cleans up
	} | script -qefc "cd '$ROOT' && env ${env[*]} make run; echo make-exit=\$?" /dev/null >"$log" 2>&1
}

run_and_interrupt "$TMP/run1.log"
grep -q 'imported report' "$TMP/run1.log" || fail "first run did not import: $(tail -n 20 "$TMP/run1.log")"
grep -q '"name":"工业增加值","value":182.9,"unit":"亿元"' "$TMP/run1.log.metrics" ||
	fail "the server did not serve 工业增加值 182.9 亿元"
grep -q '<title>开发区工作报告数据看板</title>' "$TMP/run1.log.page" || fail "the dashboard is not served at /"
grep -qa 'make-exit=0' "$TMP/run1.log" || fail "Ctrl-C did not end make run with 0: $(tail -n 20 "$TMP/run1.log")"
grep -qa 'make: \*\*\*' "$TMP/run1.log" && fail "make reported an error: $(grep -a 'make: ' "$TMP/run1.log")"
(exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null && fail "the server still listens after Ctrl-C"
bash "$ROOT/scripts/pg-local.sh" status "$pgdir" "$pg_port" >/dev/null && fail "PostgreSQL still runs after Ctrl-C"
echo "ok: served 182.9 亿元 and the dashboard, Ctrl-C exited 0, nothing left running"

run_and_interrupt "$TMP/run2.log"
grep -q 'unchanged report' "$TMP/run2.log" || fail "second run did not find the sample unchanged: $(tail -n 20 "$TMP/run2.log")"
grep -qa 'make-exit=0' "$TMP/run2.log" || fail "second Ctrl-C did not exit 0"
echo "ok: a second make run finds the sample unchanged"

# A port in use: a clear message, non-zero, nothing started.
python3 -m http.server "$api_port" --bind 127.0.0.1 >/dev/null 2>&1 &
holder=$!
for _ in $(seq 1 50); do
	(exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null && break
	sleep 0.1
done
rc=0
out=$(cd "$ROOT" && env "${env[@]}" make run </dev/null 2>&1) || rc=$?
kill "$holder" 2>/dev/null || true
[[ $rc -ne 0 ]] || fail "make run succeeded with its port taken"
grep -q "port $api_port is in use" <<<"$out" || fail "unclear message for a port in use: $out"
bash "$ROOT/scripts/pg-local.sh" status "$pgdir" "$pg_port" >/dev/null && fail "PostgreSQL was started anyway"
echo "ok: a port in use is a clear error"

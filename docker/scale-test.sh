#!/bin/bash
# End-to-end test of the scaled-out deployment (`make scale-test`):
# docker/docker-compose.scale.yml with a primary, a streaming replica, two
# report-servers reading from the replica and listening on the primary, and
# HAProxy in front. With the private engine of docker/engine.sh and the
# step runner of docker/steps.sh, like docker/test.sh:
#
#   - an import on the primary is served by every server (and the balancer)
#     within BOUND_MS (1 s) of its commit, and no one serves the old answer
#     after having served the new one (each polled every ~20 ms throughout);
#   - with the replica's replay paused, an import is not served (the replica
#     does not have it), /readyz turns 503 replica_lagging beyond
#     REPORT_MAX_REPLICA_LAG (3 s here), and once replay resumes every
#     server serves the new answer within BOUND_MS and /readyz is 200 again;
#   - stopping one server while clients read through the balancer: every
#     answer correct but at most the requests in flight (one per client);
#   - stopping the replica: both servers' /readyz 503 (and the balancer's);
#     starting it again: both recover by themselves;
#   - the failover procedure of the README: stop the primary, promote the
#     replica; the servers' listeners find the new primary by themselves,
#     and an import there is served within BOUND_MS.
#
# The servers must be reached by name on a bridge network: when the engine
# can only use the host's network (engine.sh explains when), the test says
# so and skips. Environment: DOCKER_TEST_STATE, DOCKER_TEST_KEEP_LOGS=1,
# SCALE_TEST_PORT (the balancer's port; the servers' are the next two).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=docker/engine.sh
source "$ROOT/docker/engine.sh"
PORT=${SCALE_TEST_PORT:-28815}
S1_PORT=$((PORT + 1))
S2_PORT=$((PORT + 2))
PROJECT=reportst1
SAMPLE=$ROOT/tests/fixtures/real/jiyuan-gxq-2023.txt
LB=http://127.0.0.1:$PORT
SERVERS=("http://127.0.0.1:$S1_PORT" "http://127.0.0.1:$S2_PORT")
BOUND_MS=1000
JOBS=() # the pollers and clients running in the background

engine_dirs
LOGS=$ENGINE_RUN_DIR/logs
WORK=$ENGINE_RUN_DIR/work
mkdir -p "$WORK/reports"

unset POSTGRES_PASSWORD REPORT_READER_PASSWORD REPORT_WRITER_PASSWORD REPORT_BIND \
	REPORT_PORT REPORTS_DIR REPORT_WORKERS REPORT_CORS_ORIGINS REPORT_LOG_LEVEL \
	REPORT_IMAGE POSTGRES_IMAGE REPORT_READER_USER REPORT_WRITER_USER \
	POSTGRES_REPLICATION_PASSWORD REPORT_MAX_REPLICA_LAG REPORT_SERVER1_PORT \
	REPORT_SERVER2_PORT REPORT_LB_IMAGE
export COMPOSE_PROJECT_NAME=$PROJECT
export COMPOSE_FILE=$ROOT/docker/docker-compose.scale.yml
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0

# shellcheck source=docker/steps.sh
source "$ROOT/docker/steps.sh"

compose() { docker-compose --project-directory "$ROOT/docker" --env-file "$WORK/env" "$@"; }

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	exec 1>&8 2>&1
	[ "$status" -ne 130 ] || say "interrupted: cleaning up"
	touch "$WORK/stop-poll" 2>/dev/null || true
	# Only the test's own jobs: a bare `wait` would wait for dockerd too.
	[ "${#JOBS[@]}" -eq 0 ] || wait "${JOBS[@]}" 2>/dev/null
	if [ -n "$ENGINE_PID" ]; then
		compose --profile tools down -v --remove-orphans >"$LOGS/down.log" 2>&1 || true
		$DOCKER container prune -f >>"$LOGS/down.log" 2>&1 || true
		$DOCKER image prune -f --filter until=6h >>"$LOGS/down.log" 2>&1 || true
	fi
	end_run "$status"
}
exec 8>&1
trap cleanup EXIT
trap 'exit 130' INT TERM

container_of() {
	$DOCKER ps -q --filter "label=com.docker.compose.project=$PROJECT" \
		--filter "label=com.docker.compose.service=$1"
}

# sql SERVICE QUERY: one value, as the superuser inside that database.
sql() {
	local id
	id=$(container_of "$1")
	[ -n "$id" ] || {
		echo "$1 is not running"
		return 1
	}
	$DOCKER exec "$id" psql -U postgres -d reports -Atc "$2"
}

now_ms() { date +%s%3N; }

# status_of URL: the HTTP status (000 when no answer).
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1"; }

# wait_status URL STATUS SECONDS
wait_status() {
	local deadline=$((SECONDS + $3)) st=
	while [ "$SECONDS" -lt "$deadline" ]; do
		st=$(status_of "$1")
		if [ "$st" = "$2" ]; then
			echo "$1: $2"
			return 0
		fi
		sleep 0.2
	done
	echo "$1: $st after $3 s, not $2"
	curl -s --max-time 2 "$1"
	echo
	return 1
}

# total_of URL ORG: "total" of /api/v1/reports?org=ORG, or ERR<status>.
# wait_total SERVER ORG N SECONDS: until the server lists N reports of ORG.
wait_total() {
	local deadline=$((SECONDS + $4)) got=
	while [ "$SECONDS" -lt "$deadline" ]; do
		got=$(total_of "$1" "$2")
		if [ "$got" = "$3" ]; then
			echo "$1: $3 report(s) of $2"
			return 0
		fi
		sleep 0.2
	done
	echo "$1: $got report(s) of $2 after $4 s, not $3"
	return 1
}

total_of() {
	local body
	# Lists give a total only when asked (Prefer: count=exact).
	body=$(curl -s -w '\n%{http_code}' --max-time 2 -H 'Prefer: count=exact' \
		"$1/api/v1/reports?org=$2")
	local code=${body##*$'\n'}
	if [ "$code" != 200 ]; then
		echo "ERR$code"
		return
	fi
	grep -o '"total":[0-9]*' <<<"$body" | head -1 | cut -d: -f2
}

# poll NAME URL ORG: appends "ms total" every ~20 ms until stop-poll exists.
# The time is taken when the answer is in: the answer was served no later,
# so a bound measured from it can only be overstated.
poll() {
	local out=$WORK/poll-$1 t
	: >"$out"
	while [ ! -e "$WORK/stop-poll" ]; do
		t=$(total_of "$2" "$3")
		echo "$(now_ms) $t" >>"$out"
		sleep 0.02
	done
}

start_polls() {
	rm -f "$WORK/stop-poll"
	poll server1 "${SERVERS[0]}" "$1" &
	JOBS+=($!)
	poll server2 "${SERVERS[1]}" "$1" &
	JOBS+=($!)
	poll lb "$LB" "$1" &
	JOBS+=($!)
}

stop_polls() {
	touch "$WORK/stop-poll"
	wait "${JOBS[@]}"
	JOBS=()
}

# check_polls SINCE_MS OLD NEW [NAMES [WHAT]]: each poller (default: both
# servers and the balancer) served OLD before, NEW within BOUND_MS of
# SINCE_MS (the moment WHAT, default "the commit"), and never anything but
# NEW once it had NEW.
check_polls() {
	local since=$1 old=$2 new=$3 names=${4:-server1 server2 lb} what=${5:-the commit} name ok=0
	for name in $names; do
		awk -v since="$since" -v old="$old" -v new="$new" -v bound="$BOUND_MS" -v name="$name" \
			-v what="$what" '
			$2 == old { saw_old = 1 }
			$2 == new && !first { first = $1 }
			first && $2 != new { bad++; if (!badline) badline = $0 }
			END {
				n = NR
				if (!saw_old) { printf "%s: never served the old answer (%s)\n", name, old; exit 1 }
				if (!first) { printf "%s: never served the new answer in %d polls\n", name, n; exit 1 }
				printf "%s: new answer %d ms after %s (%d polls)\n", name, first - since, what, n
				if (bad) { printf "%s: %d answers other than %s after it, first: %s\n", name, bad, new, badline; exit 1 }
				if (first - since > bound) { printf "%s: over %d ms\n", name, bound; exit 1 }
			}' "$WORK/poll-$name" || ok=1
	done
	return "$ok"
}

# import ORG: report-import of the sample under organisation ORG; --no-deps:
# only the running stack (after a failover the old primary stays down).
import_as() {
	compose run --rm --no-deps import --org "$1" /reports/sample.txt
}

# committed_ms ORG SERVICE: the import's finished_at in ms, taken inside its
# transaction just before COMMIT: the commit is at or after it.
committed_ms() {
	sql "$2" "SELECT (extract(epoch FROM finished_at) * 1000)::bigint FROM import_runs
	          WHERE status = 'imported' AND report_id IN
	                (SELECT id FROM reports WHERE organization = '$1')"
}

# ---- steps --------------------------------------------------------------------

up_all() {
	compose up -d || return 1
	wait_status "$LB/readyz" 200 180 &&
		wait_status "${SERVERS[0]}/readyz" 200 30 &&
		wait_status "${SERVERS[1]}/readyz" 200 30
}

replica_streams() {
	local rec role
	rec=$(sql replica "SELECT pg_is_in_recovery()") || return 1
	echo "replica in recovery: $rec"
	[ "$rec" = t ] || return 1
	sql primary "SELECT client_addr, state FROM pg_stat_replication" | tee "$WORK/repl"
	grep -q streaming "$WORK/repl" || return 1
	for s in "${SERVERS[@]}"; do
		role=$(curl -s --max-time 2 "$s/readyz")
		echo "$s/readyz: $role"
		grep -q '"role":"replica"' <<<"$role" || return 1
	done
}

# An import on the primary reaches every server within the bound.
import_served_within_bound() {
	start_polls scale-a
	sleep 1
	import_as scale-a || {
		stop_polls
		return 1
	}
	sleep 2
	stop_polls
	local at
	at=$(committed_ms scale-a primary) || return 1
	echo "committed at $at ms (import_runs.finished_at)"
	check_polls "$at" 0 1
}

# With replay paused the replica lacks the import: old answers (computed
# uncached), /readyz 503 beyond the lag limit; on resume, the new answer
# everywhere within the bound.
paused_replay() {
	sql replica "SELECT pg_wal_replay_pause()" || return 1
	start_polls scale-b
	sleep 0.5
	import_as scale-b || {
		sql replica "SELECT pg_wal_replay_resume()"
		stop_polls
		return 1
	}
	local ok=0 s
	# the limit is 3 s; the balancer needs two failed checks a second apart
	for s in "${SERVERS[@]}"; do
		wait_status "$s/readyz" 503 10 || ok=1
		curl -s --max-time 2 "$s/readyz" | tee -a "$WORK/lagging"
		echo
	done
	grep -q '"code":"replica_lagging"' "$WORK/lagging" || ok=1
	wait_status "$LB/readyz" 503 10 || ok=1
	# The moment replay resumed, as the replica's clock says (the same
	# kernel clock as ours): docker exec alone can take most of a second.
	local resumed
	resumed=$(sql replica "SELECT pg_wal_replay_resume();
	                       SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint" |
		tail -1) || ok=1
	sleep 2
	stop_polls
	echo "replay resumed at $resumed ms"
	# The balancer has no server while both are lagging (503), and takes
	# them back after two good checks a second apart: only the servers
	# are held to the bound here.
	check_polls "$resumed" 0 1 "server1 server2" "replay resumed" || ok=1
	for s in "${SERVERS[@]}"; do
		wait_status "$s/readyz" 200 10 || ok=1
	done
	wait_status "$LB/readyz" 200 10 || ok=1
	[ "$(total_of "$LB" scale-b)" = 1 ] || ok=1
	return "$ok"
}

# client N SECONDS: sequential GETs through the balancer; counts answers
# that are right (total 1 for scale-a) and wrong.
client() {
	local end=$((SECONDS + $2)) good=0 bad=0 t
	while [ "$SECONDS" -lt "$end" ]; do
		t=$(total_of "$LB" scale-a)
		if [ "$t" = 1 ]; then
			good=$((good + 1))
		else
			bad=$((bad + 1))
			echo "$(now_ms) $t" >>"$WORK/client-$1-wrong"
		fi
	done
	echo "$good $bad" >"$WORK/client-$1"
}

one_server_stops() {
	local i good=0 bad=0 g b
	for i in 1 2 3 4; do
		client "$i" 8 &
		JOBS+=($!)
	done
	sleep 2
	local t0
	t0=$(now_ms)
	compose stop server1 || return 1
	echo "server1 stopped in $(($(now_ms) - t0)) ms"
	wait "${JOBS[@]}"
	JOBS=()
	for i in 1 2 3 4; do
		read -r g b <"$WORK/client-$i"
		good=$((good + g))
		bad=$((bad + b))
	done
	echo "through the balancer while server1 stopped: $good right, $bad wrong (4 clients)"
	cat "$WORK"/client-*-wrong 2>/dev/null
	local ok=0
	[ "$good" -gt 0 ] && [ "$bad" -le 4 ] || ok=1
	[ "$(total_of "$LB" scale-a)" = 1 ] || ok=1
	# back in any case: the later steps need both servers
	compose start server1 && wait_status "${SERVERS[0]}/readyz" 200 30 || ok=1
	return "$ok"
}

replica_stops_and_returns() {
	local ok=0 s
	compose stop replica || return 1
	for s in "${SERVERS[@]}"; do
		wait_status "$s/readyz" 503 15 || ok=1
	done
	wait_status "$LB/readyz" 503 10 || ok=1
	compose start replica || return 1
	for s in "${SERVERS[@]}"; do
		wait_status "$s/readyz" 200 60 || ok=1
		# /readyz answered on one worker's connection; another worker may
		# still be in its one-second pause after a failed connect (503):
		# the data must be back within a few seconds, not at once.
		wait_total "$s" scale-b 1 10 || ok=1
	done
	wait_status "$LB/readyz" 200 10 || ok=1
	return "$ok"
}

# The README's failover procedure, then an import on the new primary.
failover() {
	local s1 s2 rec
	s1=$(container_of server1)
	s2=$(container_of server2)
	compose stop primary || return 1
	compose exec -T replica pg_ctl promote -w -D /var/lib/postgresql/data || return 1
	rec=$(sql replica "SELECT pg_is_in_recovery()") || return 1
	echo "replica in recovery after promote: $rec"
	[ "$rec" = f ] || return 1
	# Each listener reconnects (backoff at most 5 s) to the new primary.
	local deadline=$((SECONDS + 30)) id
	for id in "$s1" "$s2"; do
		until $DOCKER logs "$id" 2>&1 | grep -q 'cache listener listening again'; do
			[ "$SECONDS" -lt "$deadline" ] || {
				echo "the listener of $id did not reconnect"
				$DOCKER logs --tail 20 "$id"
				return 1
			}
			sleep 0.2
		done
	done
	start_polls scale-c
	sleep 1
	import_as scale-c || {
		stop_polls
		return 1
	}
	sleep 2
	stop_polls
	local at
	at=$(committed_ms scale-c replica) || return 1
	echo "committed on the promoted replica at $at ms"
	check_polls "$at" 0 1 || return 1
	curl -s --max-time 2 "${SERVERS[0]}/readyz" | tee "$WORK/ready-after"
	echo
	grep -q '"role":"primary"' "$WORK/ready-after"
}

# ---- the run ------------------------------------------------------------------

must "install engine" "$ROOT/scripts/deps.sh" docker
must "one container test at a time" engine_lock
engine_stop_stale
must "start private dockerd" engine_start bridge
if [ "$ENGINE_MODE" = host ]; then
	say "SKIPPED: the engine runs with host networking only (see above and docker/engine.sh);"
	say "the scale profile needs a bridge network (services reach each other by name)."
	exit 0
fi
must "base image debian:bookworm-slim" engine_base_image
write_env "$SAMPLE" "$WORK/reports/sample.txt" "POSTGRES_REPLICATION_PASSWORD=$(openssl rand -hex 16)" \
	"REPORT_SERVER1_PORT=$S1_PORT" "REPORT_SERVER2_PORT=$S2_PORT" REPORT_MAX_REPLICA_LAG=3
must "compose config" compose config -q
must "dashboard built (make web)" make -s -C "$ROOT" web
must "build images" compose build --parallel
must "stack up: balancer and both servers ready" up_all
step "replica streams, servers read from it" replica_streams
step "import served by every server within ${BOUND_MS} ms" import_served_within_bound
step "replay paused: 503 lagging, then served within ${BOUND_MS} ms" paused_replay
step "one server stops: balancer answers stay right" one_server_stops
step "replica stops: 503; returns: recovered" replica_stops_and_returns
step "failover: promote the replica, import served" failover
step "tear down" compose --profile tools down -v --remove-orphans

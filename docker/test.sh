#!/bin/bash
# End-to-end test of the Docker deployment (`make docker-test`).
#
# Installs the engine when missing (scripts/deps.sh docker), starts a private
# dockerd (docker/engine.sh: own socket, data root and exec root; bridge
# networking, or the host's network when the host's netfilter state does not
# let it make a bridge — it says which), builds debian:bookworm-slim with
# mmdebstrap when absent, builds the images, brings the compose stack up under a project name
# of its own, imports the sample report through the import service, checks
# the API through the published port, restarts the stack, upgrades it over the
# same volume, backs up and restores the database, then tears everything down
# and removes exactly what its engine changed on the host, also when a step
# fails.
#
# The data root (images and build cache) stays in
# /var/cache/report-service-tests/docker (docker/engine.sh) so that a
# second run is fast; everything else the run creates is removed.
# Environment: DOCKER_TEST_STATE (cache folder), DOCKER_TEST_PORT (published
# port), DOCKER_TEST_DB_PORT (PostgreSQL's port on the host network),
# DOCKER_TEST_NETWORK=host (skip bridge networking), DOCKER_TEST_KEEP_LOGS=1
# (keep the step logs).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=docker/engine.sh
source "$ROOT/docker/engine.sh"
PORT=${DOCKER_TEST_PORT:-28805} # below the ephemeral range (32768-60999)
DB_PORT=${DOCKER_TEST_DB_PORT:-28806} # host network mode only
NETWORK=${DOCKER_TEST_NETWORK:-bridge} # or host: see docker/engine.sh
PROJECT=reportdt5
SAMPLE=$ROOT/tests/fixtures/real/jiyuan-gxq-2023.txt
API=http://127.0.0.1:$PORT

engine_dirs
LOGS=$ENGINE_RUN_DIR/logs
WORK=$ENGINE_RUN_DIR/work
mkdir -p "$WORK/reports"

# The compose file's settings come from the run's own env file only.
unset POSTGRES_PASSWORD REPORT_READER_PASSWORD REPORT_WRITER_PASSWORD REPORT_BIND \
	REPORT_PORT REPORTS_DIR REPORT_WORKERS REPORT_CORS_ORIGINS REPORT_LOG_LEVEL \
	REPORT_IMAGE POSTGRES_IMAGE REPORT_READER_USER REPORT_WRITER_USER
export COMPOSE_PROJECT_NAME=$PROJECT
export COMPOSE_FILE=$ROOT/docker/docker-compose.yml
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0

# shellcheck source=docker/steps.sh
source "$ROOT/docker/steps.sh"

compose() { docker-compose --project-directory "$ROOT/docker" --env-file "$WORK/env" "$@"; }

# use_host_network: on an engine without a bridge, the stack's own compose
# file rewritten for the host's network (docker/compose-host-network.py).
use_host_network() {
	COMPOSE_FILE=$ROOT/docker/docker-compose.yml compose config >"$WORK/resolved.yml" || return 1
	python3 "$ROOT/docker/compose-host-network.py" "$DB_PORT" "$PORT" \
		<"$WORK/resolved.yml" >"$WORK/compose-host.yml" || return 1
	export COMPOSE_FILE=$WORK/compose-host.yml
	echo "the stack runs on the host network: API on 127.0.0.1:$PORT, PostgreSQL on 127.0.0.1:$DB_PORT"
}

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	# An interrupt can land while a step's output goes to its log: report
	# to the terminal again.
	exec 1>&8 2>&1
	[ "$status" -ne 130 ] || say "interrupted: cleaning up"
	if [ -n "$ENGINE_PID" ]; then
		compose --profile tools down -v --remove-orphans >"$LOGS/down.log" 2>&1 || true
		# Containers of failed builds, and build stages of older sources;
		# recent images stay as the build cache.
		$DOCKER container prune -f >>"$LOGS/down.log" 2>&1 || true
		$DOCKER image prune -f --filter until=6h >>"$LOGS/down.log" 2>&1 || true
	fi
	end_run "$status"
}
exec 8>&1 # the terminal, for cleanup
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the stack --------------------------------------------------------------

# container_of SERVICE: the id of the service's running container.
container_of() {
	$DOCKER ps -q --filter "label=com.docker.compose.project=$PROJECT" \
		--filter "label=com.docker.compose.service=$1"
}

# wait_healthy SERVICE: until its container reports "healthy" (120 s at most).
wait_healthy() {
	local id state="" deadline=$((SECONDS + 120))
	while [ "$SECONDS" -lt "$deadline" ]; do
		id=$(container_of "$1")
		state=$($DOCKER inspect -f '{{.State.Health.Status}}' "$id" 2>/dev/null || true)
		if [ "$state" = healthy ]; then
			echo "$1 is healthy"
			return 0
		fi
		sleep 1
	done
	echo "$1 is \"$state\" after 120 s"
	compose ps
	return 1
}

# wait_ready: until GET /readyz through the published port answers 200.
wait_ready() {
	local deadline=$((SECONDS + 120))
	while [ "$SECONDS" -lt "$deadline" ]; do
		if curl -fsS --max-time 2 "$API/readyz" >/dev/null 2>&1; then
			echo "server ready on $API"
			return 0
		fi
		sleep 0.5
	done
	echo "$API/readyz not ready after 120 s"
	compose ps
	return 1
}

up_stack() {
	compose up -d && wait_ready
}

# with_logs CMD...: runs CMD; when it fails, shows the stack's recent logs
# and then CMD's own output, so that the reason ends the step's log.
with_logs() {
	local out status
	out=$("$@" 2>&1)
	status=$?
	if [ "$status" -ne 0 ]; then
		compose logs --no-color --tail=15
		echo "---- $* failed with status $status:"
	fi
	printf '%s\n' "$out"
	return "$status"
}

# ---- checks -----------------------------------------------------------------

# The first start: the image's HEALTHCHECK must also report "healthy".
up_healthy() {
	up_stack && wait_healthy server
}

# The bound: about 85 MB of Debian and the service's own libraries, plus
# the ICU data (libicu72, ~37 MB) that Debian's libxml2 needs for the Word
# reader; anything beyond means a build tool or a cache slipped in.
image_size_ok() {
	local bytes
	bytes=$($DOCKER image inspect -f '{{.Size}}' report-service:latest) || return 1
	echo "report-service:latest is $((bytes / 1000000)) MB ($bytes bytes)"
	$DOCKER image ls
	[ "$bytes" -lt 140000000 ]
}

image_runs_as_user_with_all_libraries() {
	local user
	user=$($DOCKER image inspect -f '{{.Config.User}}' report-service:latest)
	echo "user: $user"
	case $user in '' | 0 | 0:* | root | root:*) return 1 ;; esac
	# shellcheck disable=SC2016 # expanded by the container's shell
	$DOCKER run --rm --network none --entrypoint sh report-service:latest -c '
		id
		set -e
		for p in report-server report-migrate report-import report-admin; do
			f=$(command -v "$p")
			echo "$f"
			if ldd "$f" | grep "not found"; then exit 1; fi
		done'
}

# api CHECK: docker/check_api.py against the published port (ready, metric,
# outline, comparison or all), expected values from the sample's fixtures.
api() {
	python3 "$ROOT/docker/check_api.py" "$API" "$1" "$ROOT/tests/fixtures"
}

# The dashboard's page and one of its hashed scripts, from the image.
dashboard_served() {
	local page asset
	page=$(curl -fsS "$API/") || return 1
	grep -q '<title>开发区工作报告数据看板</title>' <<<"$page" || return 1
	asset=$(grep -o 'assets/app\.[0-9a-f]*\.js' <<<"$page" | head -n 1)
	[ -n "$asset" ] || return 1
	curl -fsS -o /dev/null -w '%{http_code} %{content_type}\n' "$API/$asset"
}

import_sample() {
	compose run --rm import /reports/jiyuan-gxq-2023.txt
}

api_serves_sample() {
	api all
}

# sql QUERY: one value from the database, as the superuser inside db (with
# docker exec: much faster to start than docker-compose).
sql() {
	local db
	db=$(container_of db) || return 1
	$DOCKER exec "$db" psql -U postgres -d reports -Atc "$1"
}

counts() {
	sql "SELECT (SELECT count(*) FROM reports) || ' reports, ' ||
	            (SELECT count(*) FROM sections) || ' sections, ' ||
	            (SELECT count(*) FROM metrics) || ' metrics'"
}

restart_keeps_data() {
	local before after
	before=$(counts) || return 1
	compose restart && wait_ready || return 1
	compose down && up_stack || return 1
	after=$(counts) || return 1
	echo "before: $before; after: $after"
	[ "$before" = "$after" ] && api_serves_sample
}

# A new image with one more migration, brought up over the same volume:
# migrate applies just that one and every imported report stays.
upgrade_keeps_data() {
	local before after applied_before applied_after
	before=$(counts) || return 1
	applied_before=$(sql "SELECT string_agg(version || '@' || applied_at, ' ' ORDER BY version)
	                      FROM schema_migrations") || return 1
	# The next version: the same image plus one migration.
	mkdir -p "$WORK/upgrade"
	cat >"$WORK/upgrade/9999_docker_upgrade_probe.sql" <<-'EOF'
		-- Added by docker/test.sh only, to check an upgrade over a volume.
		CREATE TABLE docker_upgrade_probe (id integer PRIMARY KEY);
	EOF
	printf '%s\n' 'FROM report-service:latest' \
		'COPY 9999_docker_upgrade_probe.sql /usr/share/report-service/migrations/' \
		>"$WORK/upgrade/Dockerfile"
	$DOCKER build -t report-service:upgrade-probe "$WORK/upgrade" || return 1
	sed -i 's/^REPORT_IMAGE=.*/REPORT_IMAGE=report-service:upgrade-probe/' "$WORK/env"
	if [ "$ENGINE_MODE" = host ]; then use_host_network || return 1; fi
	up_stack || return 1
	compose logs --no-color migrate
	# Exactly the new migration was applied; the earlier ones were left alone.
	applied_after=$(sql "SELECT string_agg(version || '@' || applied_at, ' ' ORDER BY version)
	                     FROM schema_migrations WHERE version <> 9999") || return 1
	[ "$applied_before" = "$applied_after" ] || {
		echo "earlier migrations changed: $applied_before -> $applied_after"
		return 1
	}
	sql "SELECT to_regclass('docker_upgrade_probe') IS NOT NULL" | grep -qx t || {
		echo "the new migration was not applied"
		return 1
	}
	after=$(counts) || return 1
	echo "before: $before; after: $after"
	[ "$before" = "$after" ] && api_serves_sample
}

# What the migrations have done: each applied version with its time, and
# the tables; unchanged when a bring-up applies nothing.
schema_state() {
	sql "SELECT string_agg(version || '@' || applied_at, ' ' ORDER BY version)
	     FROM schema_migrations" &&
		sql "SELECT md5(string_agg(table_name::text, ',' ORDER BY table_name))
		     FROM information_schema.tables WHERE table_schema = 'public'"
}

# Bringing the same image up again: migrations are a no-op, data stays.
rerun_is_noop() {
	local before after
	before=$(schema_state && counts) || return 1
	compose up -d --force-recreate && wait_ready || return 1
	compose logs --no-color migrate
	after=$(schema_state && counts) || return 1
	printf 'before:\n%s\nafter:\n%s\n' "$before" "$after"
	[ "$before" = "$after" ] && api_serves_sample
}

# Re-importing the same file changes nothing.
reimport_is_noop() {
	local before after
	before=$(counts) || return 1
	import_sample || return 1
	after=$(counts) || return 1
	echo "before: $before; after: $after"
	[ "$before" = "$after" ]
}

# The README's backup and restore commands, down to an empty volume.
backup_restore() {
	local before after
	before=$(counts) || return 1
	compose exec -T db pg_dump -U postgres -Fc reports >"$WORK/reports.dump" || return 1
	ls -l "$WORK/reports.dump"
	compose down -v && up_stack || return 1
	[ "$(sql 'SELECT count(*) FROM reports')" = 0 ] || return 1
	compose exec -T db pg_restore -U postgres -d reports --clean --if-exists \
		<"$WORK/reports.dump" || return 1
	after=$(counts) || return 1
	echo "before: $before; after: $after"
	[ "$before" = "$after" ] && api_serves_sample
}

# ---- the run ----------------------------------------------------------------

must "install engine" "$ROOT/scripts/deps.sh" docker
must "one container test at a time" engine_lock
engine_stop_stale
must "start private dockerd" engine_start "$NETWORK"
say "engine network mode: $ENGINE_MODE"
must "base image debian:bookworm-slim" engine_base_image
write_env "$SAMPLE" "$WORK/reports/"
must "compose config" compose config -q
if [ "$ENGINE_MODE" = host ]; then
	must "compose file for the host network" use_host_network
fi
must "dashboard built (make web)" make -s -C "$ROOT" web
must "build images" compose build --parallel
step "runtime image under 140 MB" image_size_ok
step "image: non-root, libraries present" image_runs_as_user_with_all_libraries
must "stack up, server healthy" with_logs up_healthy
step "API: healthz and readyz" api ready
must "import sample via import service" with_logs import_sample
step "API: metric 工业增加值 = 182.9 亿元" api metric
step "API: report outline and a section" api outline
step "API: comparisons" api comparison
step "dashboard served at /" dashboard_served
step "re-import is a no-op" reimport_is_noop
step "restart keeps data" with_logs restart_keeps_data
step "bring-up again: migrations no-op" with_logs rerun_is_noop
step "upgrade: new migration, data kept" with_logs upgrade_keeps_data
step "backup and restore" with_logs backup_restore
step "tear down" compose --profile tools down -v --remove-orphans

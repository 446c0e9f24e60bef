#!/bin/bash
# End-to-end test of the Docker deployment (`make docker-test`).
#
# Installs the engine when missing, starts a private dockerd (own socket,
# data root and exec root), builds debian:bookworm-slim with mmdebstrap when
# absent, builds the images, brings the compose stack up under a project name
# of its own, imports the sample report through the import service, checks
# the API through the published port, restarts the stack, upgrades it over the
# same volume, backs up and restores the database, then tears everything down
# and restores the host's networking, also when a step fails.
#
# The data root (images and build cache) stays in build/docker so that a
# second run is fast; everything else the run creates is removed.
# Environment: DOCKER_TEST_STATE (cache folder), DOCKER_TEST_PORT (published
# port), DOCKER_TEST_KEEP_LOGS=1 (keep the step logs).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${DOCKER_TEST_STATE:-$ROOT/build/docker}
PORT=${DOCKER_TEST_PORT:-28805} # below the ephemeral range (32768-60999)
PROJECT=reportdt5
SAMPLE=$ROOT/tests/fixtures/real/jiyuan-gxq-2023.txt
API=http://127.0.0.1:$PORT
# Addresses of our own, away from the default 172.17/16 and other engineers.
BRIDGE_IP=172.29.205.1/24
ADDRESS_POOL=base=172.29.208.0/20,size=24

DATA_ROOT=$STATE/root
RUN_DIR=$(mktemp -d /run/report-dt5.XXXXXX) # short: containerd's socket paths
EXEC_ROOT=$RUN_DIR/exec
SOCKET=$RUN_DIR/docker.sock
LOGS=$RUN_DIR/logs
WORK=$RUN_DIR/work
mkdir -p "$STATE" "$EXEC_ROOT" "$LOGS" "$WORK/reports"

# The compose file's settings come from the run's own env file only.
unset POSTGRES_PASSWORD REPORT_READER_PASSWORD REPORT_WRITER_PASSWORD REPORT_BIND \
	REPORT_PORT REPORTS_DIR REPORT_WORKERS REPORT_CORS_ORIGINS REPORT_LOG_LEVEL \
	REPORT_IMAGE POSTGRES_IMAGE REPORT_READER_USER REPORT_WRITER_USER
export DOCKER_HOST=unix://$SOCKET
export COMPOSE_PROJECT_NAME=$PROJECT
export COMPOSE_FILE=$ROOT/docker/docker-compose.yml
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0
DOCKER=docker
[ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker # Debian's client matches dockerd

passed=0
failed=0
step_no=0
DAEMON_PID=
HOST_IP_FORWARD=
HOST_NFT_TABLES=
HOST_LINKS=

say() { printf '%s\n' "$*"; }

# step NAME CMD...: runs CMD with its output in a log of its own; on failure
# prints the log's tail. Returns CMD's status.
step() {
	local name=$1
	shift
	step_no=$((step_no + 1))
	local log
	log=$LOGS/$(printf '%02d' "$step_no")-${name// /-}.log
	local t0=$SECONDS
	if "$@" >"$log" 2>&1; then
		passed=$((passed + 1))
		say "ok   $name ($((SECONDS - t0)) s)"
		return 0
	fi
	failed=$((failed + 1))
	say "FAIL $name ($((SECONDS - t0)) s); last lines of its log:"
	tail -n 40 "$log" | sed 's/^/     | /'
	return 1
}

# must NAME CMD...: a step the rest depends on; stops the run when it fails.
must() {
	step "$@" || {
		say "stopping: later steps need \"$1\""
		exit 1
	}
}

compose() { docker-compose --env-file "$WORK/env" "$@"; }

# ---- host state: what dockerd changes and we must put back -------------------

# The host's state before our daemon, kept in a file: a run killed before its
# clean-up leaves it there, and the next run restores that, not what the
# killed run's daemon had changed.
record_host() {
	local saved=$STATE/host-before-dockerd
	if [ ! -f "$saved" ]; then
		{
			cat /proc/sys/net/ipv4/ip_forward
			echo "--- nft"
			nft list tables 2>/dev/null || true
			echo "--- links"
			ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//'
		} >"$saved.tmp" && mv "$saved.tmp" "$saved"
	fi
	HOST_IP_FORWARD=$(head -n 1 "$saved")
	HOST_NFT_TABLES=$(sed -n '/^--- nft$/,/^--- links$/p' "$saved")
	HOST_LINKS=$(sed -n '/^--- links$/,$p' "$saved")
}

restore_host() {
	local table link mnt
	echo "$HOST_IP_FORWARD" >/proc/sys/net/ipv4/ip_forward
	# Tables dockerd added through iptables-nft (they hold a FORWARD DROP).
	while read -r table; do
		[ -n "$table" ] || continue
		# shellcheck disable=SC2086 # "table ip filter" -> nft delete table ip filter
		grep -qxF "$table" <<<"$HOST_NFT_TABLES" || nft delete $table || true
	done < <(nft list tables 2>/dev/null || true)
	# Bridges and veths of our daemon that it did not remove itself.
	for link in $(ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//'); do
		case $link in docker0 | br-* | veth*) ;; *) continue ;; esac
		grep -qxF "$link" <<<"$HOST_LINKS" || ip link delete "$link" 2>/dev/null || true
	done
	# Mounts left under our exec root (netns/default) or data root.
	awk '{print $2}' /proc/mounts | grep -E "^(/run/report-dt5\.[^/]+|$DATA_ROOT)/" | sort -r |
		while IFS= read -r mnt; do
			umount "$mnt" 2>/dev/null || umount -l "$mnt" || true
		done
	rm -f "$STATE/host-before-dockerd"
}

stop_daemon() {
	[ -n "$DAEMON_PID" ] || return 0
	kill -TERM "$DAEMON_PID" 2>/dev/null || true
	for _ in $(seq 1 60); do
		kill -0 "$DAEMON_PID" 2>/dev/null || break
		sleep 0.5
	done
	kill -KILL "$DAEMON_PID" 2>/dev/null || true
	wait "$DAEMON_PID" 2>/dev/null || true
	rm -f "$STATE/dockerd.pid"
	DAEMON_PID=
}

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	# An interrupt can land while a step's output goes to its log: report
	# to the terminal again.
	exec 1>&8 2>&1
	[ "$status" -ne 130 ] || say "interrupted: cleaning up"
	if [ -n "$DAEMON_PID" ]; then
		compose --profile tools down -v --remove-orphans >"$LOGS/down.log" 2>&1 || true
		# Containers of failed builds, and build stages of older sources;
		# recent images stay as the build cache.
		$DOCKER container prune -f >>"$LOGS/down.log" 2>&1 || true
		$DOCKER image prune -f --filter until=6h >>"$LOGS/down.log" 2>&1 || true
		stop_daemon
	fi
	[ -n "$HOST_IP_FORWARD" ] && restore_host
	if [ "${DOCKER_TEST_KEEP_LOGS:-0}" = 1 ]; then
		say "logs kept in $LOGS"
	else
		rm -rf "$RUN_DIR"
	fi
	say "$passed passed, $failed failed"
	if [ "$failed" -gt 0 ]; then exit 1; fi
	exit "$status"
}
exec 8>&1 # the terminal, for cleanup
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- engine, daemon, base image -------------------------------------------

install_engine() {
	local pkgs=(docker.io docker-compose mmdebstrap nftables)
	if command -v dockerd && command -v docker-compose && command -v mmdebstrap &&
		command -v nft; then
		return 0
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -o DPkg::Lock::Timeout=600 "${pkgs[@]}" ||
		{ apt-get update -o DPkg::Lock::Timeout=600 &&
			apt-get install -y -o DPkg::Lock::Timeout=600 "${pkgs[@]}"; }
}

# A daemon of an earlier run that was killed before its clean-up still holds
# the data root: stop it, by the PID that run recorded, if it is still ours.
stop_stale_daemon() {
	local pid
	pid=$(cat "$STATE/dockerd.pid" 2>/dev/null) || return 0
	if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null |
		grep -qF -- "--data-root $DATA_ROOT "; then
		echo "stopping the daemon $pid left by an earlier run"
		kill -TERM "$pid" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.5
		done
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -f "$STATE/dockerd.pid"
}

start_daemon() {
	dockerd --data-root "$DATA_ROOT" --exec-root "$EXEC_ROOT" \
		--pidfile "$RUN_DIR/dockerd.pid" -H "unix://$SOCKET" \
		--bip "$BRIDGE_IP" --default-address-pool "$ADDRESS_POOL" \
		>"$LOGS/dockerd.log" 2>&1 &
	DAEMON_PID=$!
	echo "$DAEMON_PID" >"$STATE/dockerd.pid"
	for _ in $(seq 1 60); do
		if $DOCKER version >/dev/null 2>&1; then
			$DOCKER version
			return 0
		fi
		kill -0 "$DAEMON_PID" 2>/dev/null || break
		sleep 0.5
	done
	cat "$LOGS/dockerd.log"
	return 1
}

# debian:bookworm-slim, made locally because no registry is reachable: a
# minbase Debian with merged /usr (no perl), without docs, man pages and
# locales, and with apt's cache cleaned after every install.
build_base_image() {
	if $DOCKER image inspect debian:bookworm-slim >/dev/null 2>&1; then
		echo "debian:bookworm-slim is cached"
		return 0
	fi
	local mirror=http://deb.debian.org/debian clean='rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true'
	mkdir -p "$WORK/base"
	cat >"$WORK/base/docker-clean" <<-EOF
		DPkg::Post-Invoke { "$clean"; };
		APT::Update::Post-Invoke { "$clean"; };
		Dir::Cache::pkgcache "";
		Dir::Cache::srcpkgcache "";
		Acquire::Languages "none";
	EOF
	# shellcheck disable=SC2016 # $1 is the chroot, expanded by mmdebstrap's hook
	mmdebstrap --mode=root --variant=minbase --format=tar \
		--hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
		--dpkgopt='path-exclude=/usr/share/man/*' \
		--dpkgopt='path-exclude=/usr/share/doc/*' \
		--dpkgopt='path-include=/usr/share/doc/*/copyright' \
		--dpkgopt='path-exclude=/usr/share/locale/*' \
		--dpkgopt='path-exclude=/usr/share/info/*' \
		--customize-hook="upload $WORK/base/docker-clean /etc/apt/apt.conf.d/docker-clean" \
		--customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/log/*.log' \
		bookworm - \
		"deb $mirror bookworm main" \
		"deb $mirror bookworm-updates main" \
		"deb http://deb.debian.org/debian-security bookworm-security main" </dev/null |
		$DOCKER import --change 'CMD ["bash"]' - debian:bookworm-slim
}

# ---- the stack --------------------------------------------------------------

write_env() {
	# Fresh random passwords for every run, as a deployment's .env would have.
	cat >"$WORK/env" <<-EOF
		POSTGRES_PASSWORD=$(openssl rand -hex 16)
		REPORT_READER_PASSWORD=$(openssl rand -hex 16)
		REPORT_WRITER_PASSWORD=$(openssl rand -hex 16)
		REPORT_BIND=127.0.0.1
		REPORT_PORT=$PORT
		REPORTS_DIR=$WORK/reports
		REPORT_WORKERS=2
		REPORT_LOG_LEVEL=info
		REPORT_IMAGE=report-service:latest
	EOF
	cp "$SAMPLE" "$WORK/reports/"
}

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

image_size_ok() {
	local bytes
	bytes=$($DOCKER image inspect -f '{{.Size}}' report-service:latest) || return 1
	echo "report-service:latest is $((bytes / 1000000)) MB ($bytes bytes)"
	$DOCKER image ls
	[ "$bytes" -lt 100000000 ]
}

image_runs_as_user_with_all_libraries() {
	local user
	user=$($DOCKER image inspect -f '{{.Config.User}}' report-service:latest)
	echo "user: $user"
	case $user in '' | 0 | 0:* | root | root:*) return 1 ;; esac
	# shellcheck disable=SC2016 # expanded by the container's shell
	$DOCKER run --rm --entrypoint sh report-service:latest -c '
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

# One run at a time on this machine.
exec 9>"$STATE/lock"
flock -w 1200 9 || {
	echo "another docker/test.sh holds $STATE/lock"
	exit 1
}

must "install engine" install_engine
stop_stale_daemon
record_host
must "start private dockerd" start_daemon
must "base image debian:bookworm-slim" build_base_image
write_env
must "compose config" compose config -q
must "build images" compose build --parallel
step "runtime image under 100 MB" image_size_ok
step "image: non-root, libraries present" image_runs_as_user_with_all_libraries
must "stack up, server healthy" with_logs up_healthy
step "API: healthz and readyz" api ready
must "import sample via import service" with_logs import_sample
step "API: metric 工业增加值 = 182.9 亿元" api metric
step "API: report outline and a section" api outline
step "API: comparisons" api comparison
step "re-import is a no-op" reimport_is_noop
step "restart keeps data" with_logs restart_keeps_data
step "bring-up again: migrations no-op" with_logs rerun_is_noop
step "upgrade: new migration, data kept" with_logs upgrade_keeps_data
step "backup and restore" with_logs backup_restore
step "tear down" compose --profile tools down -v --remove-orphans

#!/bin/bash
# make fresh-test: proves the README's quick start on a fresh Debian 12.
#
# From a clean clone of HEAD (committed work only), in a new container of
# debian:bookworm-slim (made locally, docker/engine.sh), as root with the
# clone at /root/main, it does what the README tells a newcomer:
#   1. apt-get install git make; git clone
#   2. make run, on a terminal, until it serves 工业增加值 182.9 亿元 and the
#      dashboard at /; Ctrl-C:
#      make exits 0 and nothing is left running
#   3. make run again: the sample is found unchanged; Ctrl-C again
#   4. make test: it ends "N passed, 0 failed"
# and ends with "N passed, N failed" of its own steps.
#
# The engine runs without iptables or a bridge (it changes nothing on the
# host) and the container on the host's network, so make run's ports are
# chosen free on the host. The host's extra CA certificates (the folder
# update-ca-certificates reads local certificates from) go into the
# container when there are any: on these machines npm reaches its registry
# only through them. That is the test's business, not the project's.
#
# Environment: DOCKER_TEST_STATE (cache folder), DOCKER_TEST_KEEP_LOGS=1,
# FRESH_TEST_TIMEOUT (seconds for each make command, default 1800).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=docker/engine.sh
source "$ROOT/docker/engine.sh"
# shellcheck source=docker/steps.sh
source "$ROOT/docker/steps.sh"
TIMEOUT=${FRESH_TEST_TIMEOUT:-1800}
LOCAL_CA_DIR=/usr/local/share/ca-certificates
NAME=report-fresh-$$

engine_dirs
LOGS=$ENGINE_RUN_DIR/logs
WORK=$ENGINE_RUN_DIR/work
mkdir -p "$WORK/ca"
CONTAINER=

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	exec 1>&8 2>&1
	[ "$status" -ne 130 ] || say "interrupted: cleaning up"
	exec 7>&- 2>/dev/null
	if [ -n "$CONTAINER" ]; then
		$DOCKER rm -f "$CONTAINER" >/dev/null 2>&1 || true
	fi
	end_run "$status"
}
exec 8>&1
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { "$ROOT/scripts/free-port.sh"; }

# in_container CMD: a bash command as root in the container, in /root.
in_container() {
	$DOCKER exec -w /root -e NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
		"$CONTAINER" timeout "$TIMEOUT" bash -c "$1"
}

clean_clone() {
	if [ -n "$(git -C "$ROOT" status --porcelain)" ]; then
		echo "note: uncommitted changes in $ROOT are not part of this test"
	fi
	git clone --quiet --bare "$ROOT" "$WORK/src.git" &&
		git -C "$WORK/src.git" log -1 --format='HEAD %h %s'
}

start_container() {
	if compgen -G "$LOCAL_CA_DIR/*.crt" >/dev/null; then
		cp "$LOCAL_CA_DIR"/*.crt "$WORK/ca/"
	fi
	CONTAINER=$($DOCKER run -d --name "$NAME" --network host \
		-v "$WORK/src.git:/src.git:ro" -v "$WORK/ca:/host-ca:ro" \
		debian:bookworm-slim sleep infinity) || return 1
	# Before anything installs ca-certificates, whose set-up then takes them in.
	in_container 'mkdir -p /usr/local/share/ca-certificates && cp /host-ca/*.crt /usr/local/share/ca-certificates/ 2>/dev/null; true'
	# No init system in a container: packages must not start services (the
	# postgresql package would start its 15/main cluster on the host's port
	# 5432, the container being on the host's network). A fresh machine
	# starts it, on a port make run does not use.
	in_container 'printf "#!/bin/sh\nexit 101\n" >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'
	in_container 'command -v git make || echo "neither git nor make: a fresh machine"'
}

# The README's own first lines.
readme_prerequisites() {
	local line
	line=$(grep -m1 -E '^ +apt-get update && apt-get install -y git make$' "$ROOT/README.md") || {
		echo "README.md has no 'apt-get update && apt-get install -y git make' line"
		return 1
	}
	in_container "export DEBIAN_FRONTEND=noninteractive; $line" &&
		in_container 'git clone /src.git /root/main && git -C /root/main log -1 --format=%h'
}

# make_run_then_ctrl_c LOG: make run in the clone on a pseudo-terminal
# (script), until the API serves the sample's figure; then the byte 0x03 on
# that terminal, as a person's Ctrl-C. Checks make's exit status and that
# nothing of it still runs.
make_run_then_ctrl_c() {
	local log=$1 api_port pg_port pid up=0 body= page=
	api_port=$(free_port) && pg_port=$(free_port) || return 1
	rm -f "$WORK/tty"
	mkfifo "$WORK/tty"
	$DOCKER exec -i -w /root/main "$CONTAINER" timeout "$TIMEOUT" script -qefc \
		"REPORT_LISTEN=127.0.0.1:$api_port PG_PORT=$pg_port make run; echo make-exit=\$?" /dev/null \
		<"$WORK/tty" >"$log" 2>&1 &
	pid=$!
	exec 7>"$WORK/tty" # keeps the terminal's input open
	local deadline=$((SECONDS + TIMEOUT))
	while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
		if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$api_port/healthz" 2>/dev/null; then
			up=1
			break
		fi
		sleep 1
	done
	if [ "$up" = 1 ]; then
		body=$(curl -fsS --max-time 10 -G "http://127.0.0.1:$api_port/api/v1/metrics" \
			--data-urlencode 'name=工业增加值' --data-urlencode 'limit=100')
		echo "GET /api/v1/metrics?name=工业增加值: $(head -c 400 <<<"$body")"
		page=$(curl -fsS --max-time 10 "http://127.0.0.1:$api_port/" || true)
		echo "GET /: $(grep -o '<title>[^<]*</title>' <<<"$page")"
	fi
	printf '\003' >&7
	for _ in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.5
	done
	exec 7>&-
	wait "$pid"
	echo "---- make run's terminal:"
	tail -n 25 "$log"
	echo "----"
	[ "$up" = 1 ] || { echo "make run never served /healthz"; return 1; }
	grep -q '"name":"工业增加值","value":182.9,"unit":"亿元"' <<<"$body" ||
		{ echo "工业增加值 182.9 亿元 not served"; return 1; }
	grep -q '<title>开发区工作报告数据看板</title>' <<<"$page" ||
		{ echo "the dashboard is not served at /"; return 1; }
	grep -qa 'make-exit=0' "$log" || { echo "make run did not exit 0 after Ctrl-C"; return 1; }
	if grep -qa 'make: \*\*\*' "$log"; then
		echo "make reported an error"
		return 1
	fi
	nothing_left_running
}

# Zombies do not count: the container's PID 1 (sleep) reaps nothing, so a
# daemon that exited stays in /proc as one; a machine's init reaps it.
nothing_left_running() {
	local left
	# shellcheck disable=SC2016 # expanded in the container
	left=$(in_container 'for p in /proc/[0-9]*; do
		read -r _ comm state _ <"$p/stat" 2>/dev/null || continue
		[ "$state" = Z ] && continue
		case $comm in "(postgres)"|"(report-server)"|"(make)"|"(script)") echo "${p#/proc/} $comm $(tr "\0" " " <"$p/cmdline")";; esac
	done')
	if [ -n "$left" ]; then
		echo "still running: $left"
		return 1
	fi
	echo "nothing left running"
}

make_run_again_unchanged() {
	make_run_then_ctrl_c "$LOGS/make-run-2.term" &&
		grep -qa 'unchanged report' "$LOGS/make-run-2.term"
}

make_test() {
	local rc
	in_container 'cd /root/main && make test' | tee "$WORK/make-test.out"
	rc=${PIPESTATUS[0]}
	echo "make test exited $rc"
	[ "$rc" -eq 0 ] && grep -qE '^[0-9]+ passed, 0 failed$' "$WORK/make-test.out"
}

must "install engine" "$ROOT/scripts/deps.sh" docker
must "one container test at a time" engine_lock
engine_stop_stale
must "start private dockerd (no iptables, host network)" engine_start host
must "base image debian:bookworm-slim" engine_base_image
must "clean clone of HEAD" clean_clone
must "fresh bookworm-slim container" start_container
must "README: install git and make, clone to /root/main" readme_prerequisites
must "make run serves 182.9 亿元 and the dashboard; Ctrl-C exits 0" make_run_then_ctrl_c "$LOGS/make-run-1.term"
step "make run again: sample unchanged; Ctrl-C exits 0" make_run_again_unchanged
step "make test: N passed, 0 failed" make_test

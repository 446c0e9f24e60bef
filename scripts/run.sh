#!/usr/bin/env bash
# make run: install, build, start a local PostgreSQL in var/pg (unless
# DATABASE_URL is given), migrate, import the bundled sample (a second run
# finds it unchanged) and serve the API in the foreground. Ctrl-C stops the
# server and the cluster and exits 0.
#
#   DATABASE_URL   use this database (an admin role: it migrates and imports;
#                  the server uses REPORT_API_DATABASE_URL if set, else it too)
#   PG_PORT        port of the local cluster (default 55432)
#   REPORT_PG_DIR  folder of the local cluster (default var/pg)
#   REPORT_LISTEN  where the server listens (default 127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
	echo "make run: $*" >&2
	exit 1
}

# port_in_use HOST PORT: something accepts connections there.
port_in_use() {
	(exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

scripts/deps.sh run || die "the packages could not be installed (see above)"
make -s programs || die "the build failed (see above)"
make -s web || echo "make run: the dashboard was not built (see above); the API runs without it" >&2

listen=${REPORT_LISTEN:-127.0.0.1:8080}
listen_host=${listen%:*}
listen_port=${listen##*:}
[[ $listen_host == 0.0.0.0 || -z $listen_host ]] && listen_host=127.0.0.1
port=${PG_PORT:-55432}
pgdir=${REPORT_PG_DIR:-var/pg}
if port_in_use "$listen_host" "$listen_port"; then
	die "port $listen_port is in use by another program: stop it, or choose another address with REPORT_LISTEN=127.0.0.1:PORT"
fi

cluster=0
server=
cleanup() {
	if [[ -n $server ]]; then
		kill -TERM "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
	if [[ $cluster -eq 1 ]]; then
		if scripts/pg-local.sh stop "$pgdir" "$port" >/dev/null; then
			echo "stopped the local PostgreSQL ($pgdir); its data stays for the next make run"
		else
			echo "make run: could not stop the local PostgreSQL in $pgdir (see above)" >&2
			exit 1
		fi
	fi
}
trap cleanup EXIT
# A stop request is the normal end of `make run`: clean up, exit 0.
trap 'exit 0' TERM
trap ':' INT

if [[ -n ${DATABASE_URL:-} ]]; then
	admin_url=$DATABASE_URL
	import_url=$DATABASE_URL
	api_url=${REPORT_API_DATABASE_URL:-$DATABASE_URL}
	bin/report-migrate --database-url "$admin_url"
else
	cluster=1
	# Its output is shell assignments; a failure must stop here, not later
	# on an unset variable.
	urls=$(scripts/pg-local.sh start "$pgdir" "$port") ||
		die "the local PostgreSQL could not be started (see above)"
	eval "$urls"
	admin_url=$ADMIN_URL import_url=$IMPORT_URL api_url=$API_URL
	echo "PostgreSQL ($pgdir, port $port):"
	echo "  admin  $admin_url"
	echo "  import $import_url"
	echo "  api    $api_url"
fi

bin/report-import --database-url "$import_url" tests/fixtures/real/jiyuan-gxq-2023.txt

echo "report-server listening: dashboard http://$listen/, API http://$listen/api/v1 (Ctrl-C stops it)"
# On a terminal, the server runs as a foreground job of its own (job
# control): Ctrl-C then reaches the server alone, not make, which would
# otherwise report the interrupt as a failure ("Error 130"); this script
# then cleans up and exits 0.
status=0
if [[ -t 0 ]]; then
	set -m
	DATABASE_URL=$api_url bin/report-server --listen "$listen" || status=$?
	set +m
else
	DATABASE_URL=$api_url bin/report-server --listen "$listen" &
	server=$!
	wait "$server" || status=$?
	# wait returns >128 when a trapped signal interrupts it: the server is
	# then stopped by cleanup.
	[[ $status -gt 128 ]] && exit 0
	server=
fi
exit $status

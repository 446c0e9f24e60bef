#!/usr/bin/env bash
# make run: install, build, start a local PostgreSQL in var/pg (unless
# DATABASE_URL is given), migrate, import the bundled sample (a second run
# finds it unchanged) and serve the API in the foreground.
#
#   DATABASE_URL   use this database (an admin role: it migrates and imports;
#                  the server uses REPORT_API_DATABASE_URL if set, else it too)
#   PG_PORT        port of the local cluster (default 55432)
#   REPORT_LISTEN  where the server listens (default 127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh run
make -s programs

listen=${REPORT_LISTEN:-127.0.0.1:8080}
port=${PG_PORT:-55432}
cluster=0
server=
cleanup() {
	if [[ -n $server ]]; then
		kill -TERM "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
	if [[ $cluster -eq 1 ]]; then
		scripts/pg-local.sh stop var/pg "$port" >/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -n ${DATABASE_URL:-} ]]; then
	admin_url=$DATABASE_URL
	import_url=$DATABASE_URL
	api_url=${REPORT_API_DATABASE_URL:-$DATABASE_URL}
	bin/report-migrate --database-url "$admin_url"
else
	cluster=1
	eval "$(scripts/pg-local.sh start var/pg "$port")"
	admin_url=$ADMIN_URL import_url=$IMPORT_URL api_url=$API_URL
	echo "PostgreSQL (var/pg, port $port):"
	echo "  admin  $admin_url"
	echo "  import $import_url"
	echo "  api    $api_url"
	bin/report-migrate --database-url "$admin_url" --log-level warn
fi

bin/report-import --database-url "$import_url" tests/fixtures/real/jiyuan-gxq-2023.txt

echo "report-server listening on http://$listen/api/v1 (Ctrl-C stops it)"
DATABASE_URL=$api_url bin/report-server --listen "$listen" &
server=$!
status=0
wait "$server" || status=$?
server=
exit $status

#!/usr/bin/env bash
# A project-local PostgreSQL cluster for `make run` (var/pg) and `make test`
# (build/test-pg): trust authentication on its own socket folder and on
# 127.0.0.1 only, database `reports`, migrated, with the login roles
# report_import (member of report_writer) and report_api (report_reader).
#
#   scripts/pg-local.sh [--server-only] start|stop|status DIR PORT
#   scripts/pg-local.sh [--server-only] DIR PORT start|stop|status
#
# start: initdb when DIR is new, start the server, create the database, run
#        the migrations ($REPORT_MIGRATE, default bin/report-migrate) and
#        create the login roles; prints the connection strings as shell
#        assignments (ADMIN_URL=..., IMPORT_URL=..., API_URL=...).
#        --server-only: just start the server (used to restart it in tests).
# stop:  fast shutdown, when running.
# status: exit 0 when running.
# destroy: stop, then remove the cluster and DIR.
#
# As root the server runs as the postgres user, which must reach its files.
# When it cannot reach DIR (a clone under /root, mode 0700), the cluster
# lives in /var/lib/postgresql/report-local/HASH instead (HASH of DIR's
# path), DIR/cluster points there, and nothing on the host changes mode.
# PG_LOCAL_EXTRA_OPTS: extra server options (test.sh passes "-c fsync=off").
# The action may come last so that "pg-local.sh DIR PORT" is a command that
# takes start/stop as its last word (TEST_PG_CTL of tests/README.md).
set -euo pipefail

server_only=0
if [[ ${1:-} == --server-only ]]; then
	server_only=1
	shift
fi
case ${1:-} in
start | stop | status | destroy) action=$1 dir=${2:-} port=${3:-} ;;
*) dir=${1:-} port=${2:-} action=${3:-} ;;
esac
if [[ -z $dir || -z $port || ! $action =~ ^(start|stop|status|destroy)$ || ! $port =~ ^[0-9]+$ ]]; then
	echo "usage: $0 [--server-only] start|stop|status|destroy DIR PORT" >&2
	exit 1
fi
die() {
	echo "pg-local.sh: $*" >&2
	exit 1
}

root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir" || die "cannot create $dir"
dir=$(cd "$dir" && pwd)
# The newest installed server; no match is an answer, not a failure.
bindir=
for b in /usr/lib/postgresql/*/bin; do
	[[ -x $b/postgres ]] && bindir=$b
done
[[ -n $bindir ]] || die "PostgreSQL server binaries not found in /usr/lib/postgresql (scripts/deps.sh run installs them)"

# PostgreSQL refuses to run as root: as root, run its tools as postgres,
# from / (the caller's folder may be one postgres cannot enter, and pg_ctl
# then fails to find itself). Every path here is absolute.
as_pg() {
	if [[ $(id -u) -eq 0 ]]; then
		(cd / && runuser -u postgres -- "$@")
	else
		"$@"
	fi
}

# Where the server's own files live (see the top comment).
pgroot=$dir
if [[ $(id -u) -eq 0 ]]; then
	id postgres >/dev/null 2>&1 || die "no postgres user (the postgresql-15 package makes it)"
	chown postgres: "$dir"
	if ! runuser -u postgres -- test -w "$dir"; then
		pgroot=/var/lib/postgresql/report-local/$(printf '%s' "$dir" | sha256sum | cut -c1-16)
		runuser -u postgres -- mkdir -p "$pgroot" ||
			die "the postgres user can reach neither $dir nor $pgroot"
		ln -sfn "$pgroot" "$dir/cluster"
	fi
fi
data=$pgroot/data
sock=$pgroot/sock
log=$pgroot/postgresql.log

running() {
	[[ -f $data/PG_VERSION ]] && as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

case $action in
status)
	if running; then
		echo "running: $data on port $port"
		exit 0
	fi
	echo "not running: $data"
	exit 3
	;;
stop | destroy)
	if running; then
		as_pg "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null
		echo "stopped: $data"
	fi
	if [[ $action == destroy ]]; then
		rm -rf "$pgroot" "$dir"
	fi
	exit 0
	;;
esac

# ---- start ----
if [[ ! -f $data/PG_VERSION ]]; then
	as_pg mkdir -p "$data" "$sock" || die "cannot create $data"
	as_pg "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
		--auth-local=trust --auth-host=reject >"$dir/initdb.log" 2>&1 || {
		tail -n 20 "$dir/initdb.log" >&2
		die "initdb failed (log: $dir/initdb.log)"
	}
	as_pg tee "$data/pg_hba.conf" >/dev/null <<'HBA'
# Project-local cluster: trust on its private socket and on 127.0.0.1 only.
local   all   all                  trust
host    all   all   127.0.0.1/32   trust
HBA
fi
as_pg mkdir -p "$sock"
if ! running; then
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		die "port $port on 127.0.0.1 is in use by another program: choose another port (PG_PORT=...)"
	fi
	# pg_ctl hands -o to a shell: the socket folder is quoted, as a clone's
	# path may hold spaces.
	as_pg "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
		-o "-p $port -k '$sock' -c listen_addresses=127.0.0.1 ${PG_LOCAL_EXTRA_OPTS:-}" start >/dev/null || {
		tail -n 20 "$log" >&2
		die "PostgreSQL did not start (log: $log)"
	}
fi
[[ $server_only -eq 1 ]] && exit 0

psql_admin() {
	as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres "$@"
}
if [[ -z $(psql_admin -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'reports'") ]]; then
	psql_admin -d postgres -c "CREATE DATABASE reports"
fi

admin_url="postgresql://postgres@127.0.0.1:$port/reports"
migrate=${REPORT_MIGRATE:-$root/bin/report-migrate}
"$migrate" --dir "$root/migrations" --database-url "$admin_url" --log-level warn >/dev/null
REPORT_LOGIN_PASSWORD= "$migrate" --database-url "$admin_url" --log-level warn \
	--create-login report_import --member-of report_writer >/dev/null
REPORT_LOGIN_PASSWORD= "$migrate" --database-url "$admin_url" --log-level warn \
	--create-login report_api --member-of report_reader >/dev/null

echo "ADMIN_URL=$admin_url"
echo "IMPORT_URL=postgresql://report_import@127.0.0.1:$port/reports"
echo "API_URL=postgresql://report_api@127.0.0.1:$port/reports"

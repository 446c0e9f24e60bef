#!/usr/bin/env bash
# scripts/pg-local.sh as root in a folder the postgres user cannot enter
# (a clone under /root, mode 0700): the cluster must start, serve, and be
# removed whole by destroy. Guards the failure where mkdir ran as postgres
# inside /root ("Permission denied") and make run died on an unset variable.
source "$(dirname "$0")/lib.sh"
if [[ $(id -u) -ne 0 ]]; then
	echo "skip: needs root (the case only arises for root)"
	exit 0
fi
home=$TMP/home
mkdir -m 0700 "$home"
runuser -u postgres -- test -x "$home" && fail "postgres can enter $home: the check would prove nothing"
port=$(free_port)
dir=$home/main/var/pg
trap 'bash "$ROOT/scripts/pg-local.sh" destroy "$dir" "$port" >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
# From inside that folder, as make run is: postgres's tools must not depend
# on the caller's working directory either.
mkdir -p "$home/main"
cd "$home/main"
out=$(REPORT_MIGRATE=$ROOT/bin/report-migrate bash "$ROOT/scripts/pg-local.sh" start "$dir" "$port" 2>"$TMP/err") ||
	fail "pg-local.sh start failed in an unreachable folder: $(cat "$TMP/err")"
grep -q 'Permission denied' "$TMP/err" && fail "start: $(cat "$TMP/err")"
eval "$out"
[[ $(psql -X -At "$ADMIN_URL" -c 'SELECT count(*) FROM schema_migrations') -gt 0 ]] ||
	fail "the cluster in $dir is not migrated"
real=$(readlink "$dir/cluster") || fail "no $dir/cluster link to where the cluster lives"
echo "ok: cluster of $dir runs in $real"
bash "$ROOT/scripts/pg-local.sh" status "$dir" "$port" >/dev/null || fail "status does not see it"
bash "$ROOT/scripts/pg-local.sh" stop "$dir" "$port" >/dev/null 2>"$TMP/err" || fail "stop failed"
grep -q 'Permission denied' "$TMP/err" && fail "stop: $(cat "$TMP/err")"
bash "$ROOT/scripts/pg-local.sh" status "$dir" "$port" >/dev/null && fail "still running after stop"
bash "$ROOT/scripts/pg-local.sh" destroy "$dir" "$port" >/dev/null || fail "destroy failed"
[[ ! -e $real && ! -e $dir ]] || fail "destroy left $real or $dir"
echo "ok: destroy removed both"

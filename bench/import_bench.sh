#!/usr/bin/env bash
# Import time: bin/report-import --replace of the real sample into PostgreSQL,
# the median of $RUNS runs (each a whole process: start, parse, connect, one
# transaction, exit), next to two references measured in the same run:
#   psql select 1   a process that connects and runs one trivial statement
#   psql \copy      a process that connects and COPYs the same file's lines
#                   into a temporary table (moving the bytes, no parsing)
#
#   bench/import_bench.sh     (from the repository root; make programs first)
#
# Uses DATABASE_URL (an admin role) when set, else a throwaway cluster
# (scripts/pg-local.sh) stopped at exit. Imports under the organisation
# 基准测试区 and deletes it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
sample=tests/fixtures/real/jiyuan-gxq-2023.txt
org=基准测试区

[[ -x bin/report-import && -x bin/report-migrate ]] || {
	echo "import_bench: build first (make programs)" >&2
	exit 1
}
command -v psql >/dev/null || {
	echo "import_bench: psql is missing (postgresql-client)" >&2
	exit 1
}

pgdir=
pg_port=
cleanup() {
	if [[ -n $pgdir ]]; then
		scripts/pg-local.sh destroy "$pgdir" "$pg_port" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

if [[ -n ${DATABASE_URL:-} ]]; then
	admin_url=$DATABASE_URL
	import_url=$DATABASE_URL
else
	pg_port=$(scripts/free-port.sh)
	pgdir=$PWD/build/bench-pg-$$
	eval "$(PG_LOCAL_EXTRA_OPTS="-c fsync=off" scripts/pg-local.sh start "$pgdir" "$pg_port")"
	admin_url=$ADMIN_URL
	import_url=$IMPORT_URL
fi

# shellcheck source=bench/median.sh
source bench/median.sh

import_once() {
	bin/report-import --database-url "$import_url" --replace --org "$org" "$sample"
}
select_once() {
	psql -X -q -d "$import_url" -c 'select 1'
}
copy_once() {
	psql -X -q -d "$import_url" -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE bench_lines (line text);
\\copy bench_lines FROM '$sample' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')
SQL
}

import_once >/dev/null # first import (the rest replace it)
bytes=$(stat -c %s "$sample")
sections=$(psql -X -At -d "$admin_url" -c "SELECT count(*) FROM sections s JOIN reports r ON r.id = s.report_id WHERE r.organization = '$org'")
metrics=$(psql -X -At -d "$admin_url" -c "SELECT count(*) FROM metrics m JOIN reports r ON r.id = m.report_id WHERE r.organization = '$org'")

t_import=$(median_ms import_once)
t_select=$(median_ms select_once)
t_copy=$(median_ms copy_once)

echo "import_bench: $sample ($bytes bytes, $sections sections, $metrics metrics), median of $RUNS runs"
printf '  %-34s %8s ms\n' "report-import --replace" "$t_import"
printf '  %-34s %8s ms\n' "reference: psql select 1" "$t_select"
printf '  %-34s %8s ms\n' "reference: psql \\copy of the file" "$t_copy"
awk -v i="$t_import" -v s="$t_select" -v c="$t_copy" 'BEGIN {
	printf "  import / select 1 = %.1fx, import / copy = %.1fx\n", i / s, i / c }'

psql -X -q -d "$admin_url" -c "DELETE FROM reports WHERE organization = '$org'" >/dev/null

#!/usr/bin/env bash
# What the import job's upkeep of its tables costs (migration 0010,
# maintain_imported_tables(): the GIN pending lists emptied, the tables
# analysed by named columns) once the tables are large: a database grown to
# $REPORTS copies of the real sample (reports, their sections and metrics
# copied in SQL, not imported: the derived tables stay those of the one
# import), then, each the median of $RUNS runs of a whole psql process
# (after one warm-up run, which also empties the pending lists the copies
# filled), next to references of the same run:
#   maintain_imported_tables()  what report-import runs after its loads
#   ANALYZE of the same tables  the plain form, which also computes the
#                               statistics of the index expressions
#                               (section_bigrams(), text_bigrams(name)) on
#                               every sampled row
#   report-import --replace     one import of the sample, its upkeep included
#   psql select 1               a process that connects and does nothing
#
#   bench/maintain_bench.sh     (from the repository root; make programs first)
#   REPORTS=1000 RUNS=5 bench/maintain_bench.sh
#
# ANALYZE samples at most 30,000 rows a table (default statistics target),
# so past about 2,000 copies of the sample's sections the figures stop
# growing. Always a throwaway cluster (scripts/pg-local.sh, fsync off,
# autovacuum off), stopped at exit: it writes thousands of rows.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
REPORTS=${REPORTS:-2000}
sample=tests/fixtures/real/jiyuan-gxq-2023.txt
org=基准统计区

[[ -x bin/report-import && -x bin/report-migrate ]] || {
	echo "maintain_bench: build first (make programs)" >&2
	exit 1
}
[[ $REPORTS =~ ^[0-9]+$ && $REPORTS -ge 1 && $REPORTS -le 100000 ]] || {
	echo "maintain_bench: REPORTS must be 1..100000" >&2
	exit 1
}

pg_port=$(scripts/free-port.sh)
pgdir=$PWD/build/bench-pg-$$
cleanup() { scripts/pg-local.sh destroy "$pgdir" "$pg_port" >/dev/null 2>&1 || true; }
trap cleanup EXIT
# autovacuum off: its ANALYZE would take the same locks in the middle of a
# timing, and would leave less for the importer's to do.
eval "$(PG_LOCAL_EXTRA_OPTS="-c fsync=off -c autovacuum=off" scripts/pg-local.sh start "$pgdir" "$pg_port")"

# shellcheck source=bench/median.sh
source bench/median.sh

q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$ADMIN_URL" "$@"; }

bin/report-import --database-url "$IMPORT_URL" --org "$org" "$sample" >/dev/null
q -v n="$REPORTS" -v org="$org" <<'SQL'
INSERT INTO reports (organization, year, kind, title, source_file, content_hash, text)
SELECT :'org' || '-' || g, r.year, r.kind, r.title, r.source_file, r.content_hash, r.text
FROM reports r, generate_series(1, :n) g WHERE r.organization = :'org';
INSERT INTO sections (report_id, position, level, role, label, ordinal, heading, body,
                      char_start, body_start, char_end, is_plan)
SELECT c.id, s.position, s.level, s.role, s.label, s.ordinal, s.heading, s.body,
       s.char_start, s.body_start, s.char_end, s.is_plan
FROM sections s JOIN reports r ON r.id = s.report_id AND r.organization = :'org',
     reports c WHERE c.organization LIKE :'org' || '-%' ORDER BY c.id, s.position;
-- parents as in the sample: the copy of the parent, by position
UPDATE sections cs SET parent_id = cp.id
FROM sections s JOIN reports r ON r.id = s.report_id AND r.organization = :'org'
     JOIN sections p ON p.id = s.parent_id, sections cp
WHERE cs.report_id <> r.id AND cs.position = s.position
  AND cp.report_id = cs.report_id AND cp.position = p.position;
INSERT INTO metrics (report_id, section_id, position, name, value, unit, base_value, base_unit,
                     qualifier, qualifier_text, yoy_pct, yoy_points, is_target, is_ranking,
                     period_year, quote, span_start, span_end)
SELECT cs.report_id, cs.id, m.position, m.name, m.value, m.unit, m.base_value, m.base_unit,
       m.qualifier, m.qualifier_text, m.yoy_pct, m.yoy_points, m.is_target, m.is_ranking,
       m.period_year, m.quote, m.span_start, m.span_end
FROM metrics m JOIN reports r ON r.id = m.report_id AND r.organization = :'org'
     JOIN sections s ON s.id = m.section_id,
     sections cs JOIN reports c ON c.id = cs.report_id AND c.organization LIKE :'org' || '-%'
WHERE cs.position = s.position;
SQL
sections=$(q -c "SELECT count(*) FROM sections")
metrics=$(q -c "SELECT count(*) FROM metrics")

upkeep_once() { psql -X -q -d "$IMPORT_URL" -v ON_ERROR_STOP=1 -c 'SELECT maintain_imported_tables()'; }
full_once() {
	psql -X -q -d "$ADMIN_URL" -v ON_ERROR_STOP=1 -c \
		'ANALYZE reports, sections, metrics, metric_matches, indicator_points, comparison_rows, target_rows'
}
import_once() { bin/report-import --database-url "$IMPORT_URL" --replace --org "$org" "$sample"; }
select_once() { psql -X -q -d "$IMPORT_URL" -c 'select 1'; }

t_upkeep=$(median_ms upkeep_once)
t_full=$(median_ms full_once)
t_import=$(median_ms import_once)
t_select=$(median_ms select_once)

echo "maintain_bench: $((REPORTS + 1)) reports, $sections sections, $metrics metrics; median of $RUNS runs"
printf '  %-40s %9s ms\n' "maintain_imported_tables()" "$t_upkeep"
printf '  %-40s %9s ms\n' "reference: plain ANALYZE of those tables" "$t_full"
printf '  %-40s %9s ms\n' "reference: report-import --replace (all)" "$t_import"
printf '  %-40s %9s ms\n' "reference: psql select 1" "$t_select"
awk -v r="$t_upkeep" -v f="$t_full" -v i="$t_import" 'BEGIN {
	printf "  upkeep / plain ANALYZE = %.3f, upkeep / import = %.2f\n", r / f, r / i }'

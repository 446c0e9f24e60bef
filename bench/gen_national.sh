#!/usr/bin/env bash
# Fills a database with national-size synthetic data and prints the time of
# each stage and of the whole.
#
#   bench/gen_national.sh ADMIN_URL IMPORT_URL [REPORTS [FIGURES_PER_REPORT [SECTIONS_PER_REPORT]]]
#
# Defaults: 100,000 reports × 200 figures = 20 million figures, 20 sections
# each (2 million sections). ADMIN_URL is a superuser on a migrated
# database (a scratch cluster: scripts/pg-local.sh start DIR PORT);
# IMPORT_URL the import role, with which the real reports of
# tests/fixtures/gold are imported first as the templates (bin/report-import).
# GEN_SEED (default 42) makes the drawn numbers: same seed, same rows.
#
# Where the time went (1,000 reports, the former single-transaction script,
# one session, \timing): inserting the 200,000 figures 2.2 s, the 20,000
# sections 0.7 s, building the indexes 13 s — nearly all of it the two GIN
# bigram indexes, the sections' 7.6 s and the figure names' 5.5 s
# (text_bigrams() of every row, then the GIN build sorting ~100 keys a
# section) — and ANALYZE 3.5 s (it computes the expression indexes' bigrams
# of its sample). No table has a row trigger (the notification triggers are
# per statement), and foreign keys are off for the load. PostgreSQL 15
# builds a GIN index in one process, so the two GIN builds are the critical
# path, and they are independent: the stages are
#   1. bench/gen_national_prepare.sql, one transaction: templates, reports,
#      the secondary indexes' definitions saved (pg_get_indexdef) and the
#      indexes dropped;
#   2. two sessions side by side, one per table (sections, metrics): its rows
#      (bench/gen_national_TABLE.sql), then its saved index definitions
#      exactly as captured, GIN first (maintenance_work_mem
#      GEN_MAINTENANCE_MEM, default 1GB; no parallel workers: both CPUs are
#      busy already). The figures' session then makes the indicator rows
#      (bench/gen_national_indicators.sql: matches, points, comparisons,
#      targets, as the import's refresh_organization() makes them, for the
#      GEN_INDICATORS indicators, default 300, of step 1) while the other
#      still builds the sections' bigram index;
#   3. VACUUM (ANALYZE) of both, side by side: statistics and the visibility
#      map as autovacuum would leave them (index-only scans need it), so
#      that autovacuum does not do it during a benchmark instead; ANALYZE of
#      the other tables, the templates' schema dropped;
#   4. one synthetic organisation's refresh_organization(), rolled back,
#      must give exactly the indicator rows of step 2 (else exit 1).
# Not atomic across stages: a failure leaves the database half-filled with
# indexes missing; the scratch cluster is then to be thrown away (the bench
# marks a cluster generated only after this script succeeds).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 2 ]] || {
	sed -n 2,12p "$0" >&2
	exit 2
}
admin=$1 import=$2
reports=${3:-100000} figures=${4:-200} sections=${5:-20}
seed=${GEN_SEED:-42} mem=${GEN_MAINTENANCE_MEM:-1GB} indicators=${GEN_INDICATORS:-300}
[[ -x bin/report-import ]] || {
	echo "gen_national: build first (make programs)" >&2
	exit 1
}
[[ $reports -ge 1 && $reports -le 108000 && $sections -ge 2 && $figures -ge 1 ]] || {
	echo "gen_national: need 1 <= REPORTS <= 108000 (5,400 organisations × 20 years), SECTIONS >= 2" >&2
	exit 2
}
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }
stage() { printf 'gen_national: %-40s %7s s\n' "$1" "$(since "$2")"; }
psql_admin() { psql "$admin" -X -q -v ON_ERROR_STOP=1 "$@"; }
# one statement, with its time
timed() {
	local t
	t=$(now)
	PGOPTIONS="-c maintenance_work_mem=$mem -c max_parallel_maintenance_workers=0" \
		psql_admin -c "$1"
	local what=${1%% ON *}
	stage "  ${what/#CREATE INDEX /index }" "$t"
}
# stage 2 for one table
fill() {
	local table=$1 t def
	t=$(now)
	psql_admin -v reports="$reports" -v figures="$figures" -v sections="$sections" \
		-v seed="$seed" -f "bench/gen_national_$table.sql"
	stage "  $table: rows" "$t"
	while IFS= read -r -d '' def; do
		timed "$def"
	done < <(psql "$admin" -XAt -0 -c "SELECT def FROM gen_national.saved_indexes
		WHERE tab = '$table' ORDER BY method = 'gin' DESC, name")
	stage "$table: rows and indexes" "$t"
	if [[ $table == metrics ]]; then
		# the indicator rows read the figures, not their indexes: after
		# them in this session, while the other still builds the sections'
		t=$(now)
		PGOPTIONS="-c maintenance_work_mem=$mem -c max_parallel_maintenance_workers=0" \
			psql_admin -f bench/gen_national_indicators.sql
		stage "indicators: matches, points, comparisons" "$t"
	fi
}

start=$(now)
t=$(now)
have=$(psql "$admin" -XAtc "SELECT count(*) FROM reports WHERE source_file NOT LIKE 'synthetic/%'")
if [[ $have -eq 0 ]]; then
	# tests/gold/docs.txt: NAME|PART|ORG|YEAR|KIND, the last three where
	# the title does not give them
	while IFS='|' read -r name _ org year kind; do
		[[ $name == \#* || -z $name ]] && continue
		args=()
		[[ -n $org ]] && args+=(--org "$org" --year "$year" --kind "$kind")
		nice bin/report-import --database-url "$import" "${args[@]}" \
			"tests/fixtures/gold/$name.txt" >/dev/null
	done <tests/gold/docs.txt
fi
stage "templates (gold reports imported)" "$t"

# side_by_side WHAT FN A B: FN A and FN B in two processes at once (the
# sections' and the figures' sessions); exits, naming WHAT, if either fails.
side_by_side() {
	local what=$1 fn=$2 a_pid b_pid failed=0
	"$fn" "$3" &
	a_pid=$!
	"$fn" "$4" &
	b_pid=$!
	wait "$a_pid" || failed=1
	wait "$b_pid" || failed=1
	[[ $failed -eq 0 ]] || {
		echo "gen_national: $what failed" >&2
		exit 1
	}
}

t=$(now)
psql_admin -v reports="$reports" -v indicators="$indicators" -v sections="$sections" \
	-v figures="$figures" -f bench/gen_national_prepare.sql >/dev/null
psql_admin -c "VACUUM (ANALYZE) reports"
stage "prepare + $reports reports" "$t"

t=$(now)
side_by_side "filling sections or metrics" fill sections metrics
stage "sections and metrics, side by side" "$t"

# after both: a VACUUM while the other session's transaction still ran
# could not mark the pages all-visible (its snapshot predates these rows),
# and index-only scans then visited the heap for every figure.
# INDEX_CLEANUP ON: the gold reports' imports left dead rows on a few
# hundred pages, too few for VACUUM to clean the indexes by default (under
# 2 % of the pages), and such pages are not marked all-visible
t=$(now)
side_by_side VACUUM timed "VACUUM (ANALYZE, INDEX_CLEANUP ON) sections" \
	"VACUUM (ANALYZE, INDEX_CLEANUP ON) metrics"
# a second pass over the pages the first left not all-visible (it could not
# lock them at once, or ran beside the other's ANALYZE): cheap, as the
# visibility map lets it skip the rest, and no index work
timed "VACUUM (INDEX_CLEANUP OFF) sections, metrics"
timed "VACUUM (ANALYZE) metric_matches, indicator_points, comparison_rows, target_rows"
stage "vacuum + analyze, side by side" "$t"

# The indicator rows as the import would have made them: one synthetic
# organisation's refresh_organization() (the import's own computation, in
# a transaction rolled back) must give exactly the rows
# bench/gen_national_indicators.sql wrote for it, comparisons with a base
# among them.
t=$(now)
check_org=$(psql "$admin" -XAt -c "SELECT organization FROM reports WHERE source_file LIKE 'synthetic/%'
	ORDER BY id OFFSET $((reports / 2)) LIMIT 1")
differ=$(psql_admin -At -v org="$check_org" <<'EOF'
BEGIN;
CREATE TEMP TABLE was_mm AS SELECT * FROM metric_matches WHERE organization = :'org';
CREATE TEMP TABLE was_ip AS SELECT * FROM indicator_points WHERE organization = :'org';
CREATE TEMP TABLE was_cr AS SELECT * FROM comparison_rows WHERE organization = :'org';
CREATE TEMP TABLE was_tr AS SELECT * FROM target_rows WHERE organization = :'org';
CREATE TEMP TABLE was_oc AS SELECT * FROM indicator_org_counts WHERE organization = :'org';
CREATE TEMP TABLE was_ic AS SELECT * FROM indicator_counts;
SELECT refresh_organization(:'org') \g /dev/null
SELECT 'metric_matches ' || count(*) FROM ((SELECT * FROM was_mm EXCEPT ALL
	SELECT * FROM metric_matches WHERE organization = :'org') UNION ALL (SELECT * FROM metric_matches
	WHERE organization = :'org' EXCEPT ALL SELECT * FROM was_mm)) d HAVING count(*) > 0;
SELECT 'indicator_points ' || count(*) FROM ((SELECT * FROM was_ip EXCEPT ALL
	SELECT * FROM indicator_points WHERE organization = :'org') UNION ALL (SELECT * FROM indicator_points
	WHERE organization = :'org' EXCEPT ALL SELECT * FROM was_ip)) d HAVING count(*) > 0;
SELECT 'comparison_rows ' || count(*) FROM ((SELECT * FROM was_cr EXCEPT ALL
	SELECT * FROM comparison_rows WHERE organization = :'org') UNION ALL (SELECT * FROM comparison_rows
	WHERE organization = :'org' EXCEPT ALL SELECT * FROM was_cr)) d HAVING count(*) > 0;
SELECT 'target_rows ' || count(*) FROM ((SELECT * FROM was_tr EXCEPT ALL
	SELECT * FROM target_rows WHERE organization = :'org') UNION ALL (SELECT * FROM target_rows
	WHERE organization = :'org' EXCEPT ALL SELECT * FROM was_tr)) d HAVING count(*) > 0;
SELECT 'indicator_org_counts ' || count(*) FROM ((SELECT * FROM was_oc EXCEPT ALL
	SELECT * FROM indicator_org_counts WHERE organization = :'org') UNION ALL (SELECT * FROM indicator_org_counts
	WHERE organization = :'org' EXCEPT ALL SELECT * FROM was_oc)) d HAVING count(*) > 0;
SELECT 'indicator_counts ' || count(*) FROM ((SELECT * FROM was_ic EXCEPT ALL
	SELECT * FROM indicator_counts) UNION ALL (SELECT * FROM indicator_counts
	EXCEPT ALL SELECT * FROM was_ic)) d HAVING count(*) > 0;
SELECT 'reports_counts ' || count(*) FROM reports r WHERE organization = :'org'
	AND (sections_count <> (SELECT count(*) FROM sections s WHERE s.report_id = r.id)
	     OR metrics_count <> (SELECT count(*) FROM metrics m WHERE m.report_id = r.id))
	HAVING count(*) > 0;
SELECT 'no comparison with a base'
WHERE NOT EXISTS (SELECT 1 FROM was_cr WHERE base_source IS NOT NULL);
ROLLBACK;
EOF
)
[[ -z $differ ]] || {
	echo "gen_national: the indicator rows of $check_org are not refresh_organization()'s:" \
		"${differ//$'\n'/, }" >&2
	exit 1
}
stage "indicator rows checked ($check_org)" "$t"

t=$(now)
for table in reports sections metrics; do
	psql_admin -Atc "SELECT setval(pg_get_serial_sequence('$table', 'id'), (SELECT max(id) FROM $table))" >/dev/null
done
# the other tables (the gold reports' indicator rows), as a plain ANALYZE would
psql_admin -c "SET client_min_messages = warning" -c "DO \$\$ DECLARE t text; BEGIN
	FOR t IN SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace
	          AND relkind = 'r' AND relname NOT IN ('reports', 'sections', 'metrics') LOOP
		EXECUTE format('ANALYZE %I', t);
	END LOOP; END \$\$" -c "DROP SCHEMA gen_national CASCADE"
stage "sequences, other tables analysed" "$t"

# report_order: the planner's correlation of report_id with the rows'
# physical order (1: a report's rows lie together, as imports write them);
# all_visible: the pages index-only scans need not visit
psql "$admin" -XAt -c "SELECT 'gen_national: ' || (SELECT count(*) FROM reports) || ' reports, '
	|| (SELECT count(*) FROM sections) || ' sections, ' || (SELECT count(*) FROM metrics)
	|| ' figures, ' || (SELECT count(*) FROM indicators) || ' indicators, '
	|| (SELECT count(*) FROM metric_matches WHERE status = 'matched') || ' figures matched, '
	|| (SELECT count(*) FROM indicator_points) || ' points, '
	|| (SELECT count(*) FROM comparison_rows) || ' comparisons ('
	|| (SELECT count(*) FROM comparison_rows WHERE base_source IS NOT NULL) || ' with a base), '
	|| (SELECT count(*) FROM target_rows) || ' targets, ' || pg_size_pretty(pg_database_size(current_database())) || '; report order '
	|| (SELECT string_agg(tablename || ' ' || round(correlation::numeric, 3), ', ' ORDER BY tablename)
	    FROM pg_stats WHERE schemaname = 'public' AND tablename IN ('sections', 'metrics')
	      AND attname = 'report_id')
	|| '; all visible '
	|| (SELECT string_agg(relname || ' ' || round(100.0 * relallvisible / greatest(relpages, 1))
	                      || '%', ', ' ORDER BY relname)
	    FROM pg_class WHERE oid IN ('sections'::regclass, 'metrics'::regclass))"
awk -v s="$start" -v e="$(now)" -v r="$reports" -v f="$figures" \
	'BEGIN { printf "gen_national: %d reports, %d figures in %.1f s\n", r, r * f, e - s }'

#!/usr/bin/env bash
# The national data generator against its former version, in one run: time
# and rows.
#
#   bench/gen_national_compare.sh [REPORTS [ROUNDS]]     (make programs first)
#
# REPORTS defaults to 1000 (200,000 figures), ROUNDS to 2. Each round makes
# two fresh scratch clusters with the same options (those of
# bench/scale_bench.sh), imports the gold reports into each (the templates;
# not timed: the same code for both), then fills one with the former
# single-transaction bench/gen_national.sql of commit OLD_REV (default
# 48c3aff, run as its gen_national.sh ran it) and the other with today's
# bench/gen_national.sh, one after the other, and prints both wall times and
# their ratio. After the last round it compares the two databases:
#   - reports (all but imported_at, which is now()) and sections: every
#     column of every row equal;
#   - metrics: every column equal but the drawn ones (value, base_value,
#     yoy_pct, yoy_points), which were random() draws and are now a hash of
#     the seed: equal where not drawn (rankings keep the template's value),
#     NULL in the same rows, within the same ranges, and how many distinct
#     values each template got (the former draw was memoized per template);
#   - the indexes (pg_indexes: name and definition) and the triggers and
#     their enabled state: equal to those of a freshly migrated database;
#   - the planner statistics: present for the same columns and expressions;
#   - the physical order: a report's sections and figures together (the
#     correlation of report_id with it, from pg_stats, over 0.99), and 99.5 %
#     of their pages all-visible (index-only scans visit no heap).
# Exit 1 when any check fails. The clusters are destroyed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
reports=${1:-1000} rounds=${2:-2} old_rev=${OLD_REV:-48c3aff}
[[ -x bin/report-import && -x bin/report-migrate ]] || {
	echo "gen_national_compare: build first (make programs)" >&2
	exit 1
}
work=$(mktemp -d /tmp/gen-compare.XXXXXX)
git show "$old_rev:bench/gen_national.sql" >"$work/old.sql"
opts="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=16GB"
opts+=" -c checkpoint_timeout=60min -c shared_buffers=2GB -c wal_level=minimal -c max_wal_senders=0"
opts+=" -c autovacuum=off"
declare -A port
clusters=(fresh old new)
cleanup() {
	for c in "${clusters[@]}"; do
		[[ -n ${port[$c]:-} ]] && scripts/pg-local.sh destroy "$root/build/gen-compare-$c" "${port[$c]}" >/dev/null 2>&1
	done
	rm -rf "$work"
}
trap cleanup EXIT

# start CLUSTER: a fresh migrated cluster; sets ADMIN_URL and IMPORT_URL
start() {
	scripts/pg-local.sh destroy "$root/build/gen-compare-$1" "${port[$1]:-1}" >/dev/null 2>&1 || true
	port[$1]=$(scripts/free-port.sh)
	eval "$(PG_LOCAL_EXTRA_OPTS=$opts scripts/pg-local.sh start "$root/build/gen-compare-$1" "${port[$1]}" |
		grep -E '^[A-Z_]+_URL=')"
}
templates() {
	while IFS='|' read -r name _ org year kind; do
		[[ $name == \#* || -z $name ]] && continue
		args=()
		[[ -n $org ]] && args+=(--org "$org" --year "$year" --kind "$kind")
		bin/report-import --database-url "$IMPORT_URL" "${args[@]}" \
			"tests/fixtures/gold/$name.txt" >/dev/null
	done <tests/gold/docs.txt
}
now() { date +%s.%N; }

old_total=0 new_total=0
for ((round = 1; round <= rounds; round++)); do
	start old
	templates
	old_url=$ADMIN_URL
	t=$(now)
	psql "$old_url" -X -q -v reports="$reports" -v figures=200 -v sections=20 -v seed=0.42 \
		-f "$work/old.sql" >"$work/old.log"
	old_s=$(awk -v s="$t" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }')
	start new
	templates
	new_url=$ADMIN_URL
	t=$(now)
	bench/gen_national.sh "$new_url" "$IMPORT_URL" "$reports" >"$work/new.log"
	new_s=$(awk -v s="$t" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }')
	printf 'round %d: %d reports: former %6.1f s, now %6.1f s, former / now %.2f×\n' \
		"$round" "$reports" "$old_s" "$new_s" "$(awk -v a="$old_s" -v b="$new_s" 'BEGIN { print a / b }')"
	old_total=$(awk -v a="$old_total" -v b="$old_s" 'BEGIN { print a + b }')
	new_total=$(awk -v a="$new_total" -v b="$new_s" 'BEGIN { print a + b }')
done
printf 'all rounds: former %.1f s, now %.1f s, former / now %.2f×\n' "$old_total" "$new_total" \
	"$(awk -v a="$old_total" -v b="$new_total" 'BEGIN { print a / b }')"
echo "now, by stage (last round):"
grep '^gen_national:' "$work/new.log" | sed 's/^/  /'
start fresh
fresh_url=$ADMIN_URL

failures=0
# same QUERY's rows in databases A and B, else print where they differ
same() {
	local what=$1 a=$2 b=$3 query=$4
	psql "$a" -XAt -c "$query" >"$work/a"
	psql "$b" -XAt -c "$query" >"$work/b"
	if cmp -s "$work/a" "$work/b"; then
		printf 'same   %-58s (%s rows)\n' "$what" "$(wc -l <"$work/a")"
	else
		printf 'DIFFER %-58s\n' "$what"
		diff "$work/a" "$work/b" | head -n 10 | sed 's/^/       | /'
		failures=$((failures + 1))
	fi
}
same "reports (all columns but imported_at)" "$old_url" "$new_url" \
	"SELECT id, organization, year, kind, title, source_file, content_hash, md5(text)
	 FROM reports ORDER BY id"
same "sections (all columns)" "$old_url" "$new_url" "SELECT id, md5(s::text) FROM sections s ORDER BY id"
same "metrics (all columns but value, base_value, yoy_pct, yoy_points)" "$old_url" "$new_url" \
	"SELECT id, report_id, section_id, position, name, unit, base_unit, qualifier, qualifier_text,
	        is_target, is_ranking, period_year, quote, span_start, span_end,
	        yoy_pct IS NULL, yoy_points IS NULL FROM metrics ORDER BY id"
same "metrics: the gold reports' own figures (all columns)" "$old_url" "$new_url" \
	"SELECT m.id, md5(m::text) FROM metrics m JOIN reports r ON r.id = m.report_id
	 WHERE r.source_file NOT LIKE 'synthetic/%' ORDER BY m.id"
# the drawn columns against each figure's template (the k-th real figure,
# k = (report number × 17 + position × 101) mod the number of real ones, as
# both versions pick it): the ranges the formulas allow; one row per database
drawn="WITH t AS (SELECT row_number() OVER (ORDER BY m.id) - 1 AS k, m.name, m.value AS v0
                 FROM metrics m JOIN reports r ON r.id = m.report_id
                 WHERE r.source_file NOT LIKE 'synthetic/%'),
        c AS (SELECT count(*) AS mets, (SELECT max(id) FROM reports
                                        WHERE source_file NOT LIKE 'synthetic/%') AS r0 FROM t),
        s AS (SELECT m.*, ((m.report_id - c.r0 - 1) * 17 + m.position * 101) % c.mets AS k
              FROM metrics m CROSS JOIN c WHERE m.report_id > c.r0)
SELECT bool_and(s.name = t.name) AS templates_found,
       bool_and(CASE WHEN s.is_ranking THEN s.value = t.v0
                     ELSE s.value BETWEEN least(round(t.v0 * 0.5, 2), round(t.v0 * 1.5, 2))
                                      AND greatest(round(t.v0 * 0.5, 2), round(t.v0 * 1.5, 2)) END)
           AS values_in_range,
       bool_and(s.yoy_pct IS NULL OR s.yoy_pct BETWEEN -4 AND 16) AS yoy_in_range,
       bool_and(s.yoy_points IS NULL OR s.yoy_points BETWEEN -2 AND 2) AS points_in_range,
       round(avg(s.yoy_pct), 2) AS yoy_mean,
       (SELECT round(avg(n), 1) FROM (SELECT count(DISTINCT value) AS n FROM s
                                      WHERE NOT is_ranking GROUP BY k) d)
           AS distinct_values_per_template
FROM s JOIN t ON t.k = s.k"
echo "drawn columns: template found, value, yoy, points in range; yoy mean; distinct values a template"
for c in old new; do
	url=${c}_url
	printf '%-6s %s\n' "$c" "$(psql "${!url}" -XAt -F ' ' -c "$drawn")"
done
if ! psql "$new_url" -XAt -c "$drawn" | grep -q '^t|t|t|t|'; then
	echo "FAIL   drawn columns out of range in the new database"
	failures=$((failures + 1))
fi
# physical order: a report's rows together, as imports write them
order="SELECT string_agg(tablename || ' ' || round(correlation::numeric, 3), ', ' ORDER BY tablename)
       FROM pg_stats WHERE schemaname = 'public' AND tablename IN ('sections', 'metrics')
         AND attname = 'report_id'"
echo "correlation of report_id with the physical order (1: a report's rows lie together)"
for c in old new; do
	url=${c}_url
	printf '%-6s %s\n' "$c" "$(psql "${!url}" -XAt -c "$order")"
done
if [[ $(psql "$new_url" -XAt -c "SELECT bool_and(correlation > 0.99) FROM pg_stats
	WHERE schemaname = 'public' AND tablename IN ('sections', 'metrics') AND attname = 'report_id'") != t ]]; then
	echo "FAIL   the new database's rows are not in report order"
	failures=$((failures + 1))
fi
# all-visible pages of the new database: not quite all in one run of four
# (VACUUM passes over a page it cannot lock at once, one pinned by another
# process at that moment)
printf 'new    all-visible pages: %s\n' "$(psql "$new_url" -XAt -c "SELECT string_agg(relname || ' '
	|| relallvisible || ' of ' || relpages, ', ' ORDER BY relname) FROM pg_class
	WHERE oid IN ('sections'::regclass, 'metrics'::regclass)")"
if [[ $(psql "$new_url" -XAt -c "SELECT bool_and(relallvisible >= 0.995 * relpages) FROM pg_class
	WHERE oid IN ('sections'::regclass, 'metrics'::regclass)") != t ]]; then
	echo "FAIL   under 99.5 % of the new database's sections or metrics pages are all-visible"
	failures=$((failures + 1))
fi
for c in old new; do
	url=${c}_url
	same "$c: indexes as a freshly migrated database's" "$fresh_url" "${!url}" \
		"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
	same "$c: triggers and their state as a fresh database's" "$fresh_url" "${!url}" \
		"SELECT tgrelid::regclass, tgname, tgenabled FROM pg_trigger ORDER BY 1, 2"
done
same "statistics: the same columns and expressions" "$old_url" "$new_url" \
	"SELECT tablename, attname FROM pg_stats WHERE schemaname = 'public' ORDER BY 1, 2"
same "no schema left over" "$fresh_url" "$new_url" \
	"SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' ORDER BY 1"
if [[ $failures -gt 0 ]]; then
	echo "gen_national_compare: $failures checks failed" >&2
	exit 1
fi

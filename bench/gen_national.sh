#!/usr/bin/env bash
# Fills a database with national-size synthetic data (bench/gen_national.sql
# says how it is made) and prints the time it took.
#
#   bench/gen_national.sh ADMIN_URL IMPORT_URL [REPORTS [FIGURES_PER_REPORT [SECTIONS_PER_REPORT]]]
#
# Defaults: 100,000 reports × 200 figures = 20 million figures, 20 sections
# each (2 million sections). ADMIN_URL is a superuser on a migrated
# database (a scratch cluster: scripts/pg-local.sh start DIR PORT);
# IMPORT_URL the import role, with which the real reports of
# tests/fixtures/gold are imported first as the templates (bin/report-import).
# Runs under nice: the build of the indexes takes both cores otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 2 ]] || {
	sed -n 2,12p "$0" >&2
	exit 2
}
admin=$1 import=$2
reports=${3:-100000} figures=${4:-200} sections=${5:-20}
[[ -x bin/report-import ]] || {
	echo "gen_national: build first (make programs)" >&2
	exit 1
}
start=$(date +%s.%N)
have=$(psql "$admin" -Atc "SELECT count(*) FROM reports WHERE source_file NOT LIKE 'synthetic/%'")
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
nice psql "$admin" -q -X -v reports="$reports" -v figures="$figures" -v sections="$sections" \
	-v seed=0.42 -f bench/gen_national.sql
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v r="$reports" -v f="$figures" \
	'BEGIN { printf "gen_national: %d reports, %d figures in %.1f s\n", r, r * f, e - s }'

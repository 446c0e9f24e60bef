# shellcheck shell=bash
# The ids the scale benchmarks ask for, picked the same way by
# bench/scale_bench.sh and bench/route_cpu.sh (sourced by both), so that
# their figures are of the same report, organisation, year and indicators:
#
#   scale_ids ADMIN_URL SIZE   sets rid sid mid org org_enc year iid iid2
#
# rid: the synthetic report in the middle of the ids; sid: its first level-2
# section; mid: its 101st figure; org: its organisation (org_enc
# percent-encoded byte by byte, without psql's newline: with it the name
# matched no organisation and the routes answered empty lists); year: the
# middle year of the organisation's comparisons with a reported base;
# iid, iid2: its first two indicators compared in that year. Returns 1,
# with a message, when the data has no such year (an older generator).
scale_ids() {
	local url=$1 size=$2
	sq() { psql "$url" -XAtq -c "$1"; }
	rid=$(sq "SELECT id FROM reports WHERE source_file LIKE 'synthetic/%' ORDER BY id OFFSET $((size / 2)) LIMIT 1")
	sid=$(sq "SELECT id FROM sections WHERE report_id = $rid AND level = 2 ORDER BY position LIMIT 1")
	mid=$(sq "SELECT id FROM metrics WHERE report_id = $rid ORDER BY position OFFSET 100 LIMIT 1")
	org=$(sq "SELECT organization FROM reports WHERE id = $rid" | tr -d '\n')
	org_enc=$(printf '%s' "$org" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g')
	year=$(sq "SELECT year FROM comparison_rows WHERE organization = \$o\$$org\$o\$
	          AND base_source = 'reported' GROUP BY year ORDER BY year
	          OFFSET (SELECT count(DISTINCT year) / 2 FROM comparison_rows
	                  WHERE organization = \$o\$$org\$o\$ AND base_source = 'reported') LIMIT 1")
	read -r iid iid2 <<<"$(sq "SELECT string_agg(indicator_id::text, ' ') FROM (SELECT indicator_id
	          FROM comparison_rows WHERE organization = \$o\$$org\$o\$ AND year = ${year:-0}
	          AND base_source = 'reported' AND indicator_id IS NOT NULL
	          ORDER BY indicator_id LIMIT 2) i")"
	[[ -n $year && -n $iid2 ]] || {
		echo "$org has no two indicators compared with a reported base" \
			"(data of an older bench/gen_national.sh?)" >&2
		return 1
	}
}

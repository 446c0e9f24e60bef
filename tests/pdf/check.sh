#!/usr/bin/env bash
# The PDF reader against the clean text of the same report: each PDF of
# tests/fixtures/pdf/ (made by its make.py from report.txt / heading-break.txt)
# must import with the same outline (levels, labels, headings, in order) as
# its text, and with the same figures: value+unit F1 >= 0.98 and names
# >= 0.95 (tests/tools/score-metrics/score.js, the text's figures as gold).
# The real PDFs of tests/fixtures/pdf/real/ must import with no table taken
# for the outline: none of their headings may carry a number of a table row.
#
#   bash tests/pdf/check.sh      prints one line per file; exit 1 on a failure
#
# Needs bin/report-import (REPORT_IMPORT overrides) and node.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
imp=${REPORT_IMPORT:-bin/report-import}
fx=tests/fixtures/pdf
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[[ -x $imp ]] || { echo "$imp not built (make programs)" >&2; exit 2; }
pass=0 fail=0

# outline FILE.json: one line per section, "level label heading"
outline() {
	node -e '
const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const walk = (s) => s.forEach((x) => { console.log(x.level, x.label || "", x.heading || ""); walk(x.children || []); });
walk(d.sections);' "$1"
}

compare() { # PDF TEXT
	local pdf=$1 txt=$2 name
	name=$(basename "$pdf" .pdf)
	if ! "$imp" --dry-run --format json "$pdf" >"$out/$name.pdf.json" 2>"$out/$name.err"; then
		echo "FAIL $name: report-import failed: $(head -c 300 "$out/$name.err")"
		fail=$((fail + 1))
		return
	fi
	"$imp" --dry-run --format json "$txt" >"$out/$name.txt.json" 2>/dev/null || {
		echo "FAIL $name: the text does not import"
		fail=$((fail + 1))
		return
	}
	node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
require("fs").writeFileSync(process.argv[2], JSON.stringify(d.metrics));' \
		"$out/$name.txt.json" "$out/$name.gold.json"
	if ! diff <(outline "$out/$name.txt.json") <(outline "$out/$name.pdf.json") >"$out/$name.diff"; then
		echo "FAIL $name: outline differs from the text's:"
		sed 's/^/    /' "$out/$name.diff" | head -20
		fail=$((fail + 1))
		return
	fi
	node tests/tools/score-metrics/score.js "$out/$name.gold.json" "$out/$name.pdf.json" --json \
		>"$out/$name.score.json" || { echo "FAIL $name: score.js failed"; fail=$((fail + 1)); return; }
	local verdict
	verdict=$(node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).documents[0];
const f1 = s.value_unit.f1, names = s.names.rate;
const ok = f1 >= 0.98 && names >= 0.95;
console.log((ok ? "ok" : "FAIL") + " " + process.argv[2] + ": " + s.counts.gold + " figures in the text, " +
  s.counts.extracted_raw + " from the PDF, value+unit F1 " + f1.toFixed(4) + ", names " + names.toFixed(4));' \
		"$out/$name.score.json" "$name")
	echo "$verdict (outline: $(outline "$out/$name.pdf.json" | wc -l) sections, same)"
	if [[ $verdict == ok* ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}

compare $fx/one-column.pdf $fx/report.txt
compare $fx/two-column.pdf $fx/report.txt
compare $fx/no-indent.pdf $fx/report.txt
compare $fx/heading-break.pdf $fx/heading-break.txt

# Real PDFs (sources in tests/fixtures/pdf/real/README.md): they import
# (with the flags of NAME.args, one a line, when the PDF itself does not say
# its organisation or year), no heading is a table row (a heading that ends
# in a number such as `二 衣着101.3`, or more top-level headings than a
# report has), the outline is NAME.outline exactly and every "value unit"
# of NAME.figures is among the figures read, when those files are there
# (both checked by hand against the printed report).
for pdf in $fx/real/*.pdf; do
	[[ -e $pdf ]] || continue
	name=$(basename "$pdf" .pdf)
	args=()
	[[ -f $fx/real/$name.args ]] && mapfile -t args <"$fx/real/$name.args"
	if ! "$imp" --dry-run --format json "${args[@]}" "$pdf" >"$out/$name.json" 2>"$out/$name.err"; then
		echo "FAIL real/$name: report-import failed: $(head -c 300 "$out/$name.err")"
		fail=$((fail + 1))
		continue
	fi
	bad=$(outline "$out/$name.json" | awk '$3 ~ /[0-9.]+%?$/ && length($3) < 20' | head -3)
	top=$(outline "$out/$name.json" | awk '$1 == 1' | wc -l)
	if [[ -n $bad || $top -gt 15 ]]; then
		echo "FAIL real/$name: table rows in the outline ($top top-level headings): $bad"
		fail=$((fail + 1))
	elif [[ -f $fx/real/$name.outline ]] && ! outline "$out/$name.json" | diff -u "$fx/real/$name.outline" - >"$out/$name.diff"; then
		echo "FAIL real/$name: another outline than $name.outline:"
		head -n 20 "$out/$name.diff" | sed 's/^/      | /'
		fail=$((fail + 1))
	elif [[ -f $fx/real/$name.figures ]] && missing=$(node -e '
const fs = require("fs");
const got = new Set(JSON.parse(fs.readFileSync(process.argv[1], "utf8")).metrics.map((m) => m.value + " " + m.unit));
const want = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l);
console.log(want.filter((w) => !got.has(w)).join(", "));' "$out/$name.json" "$fx/real/$name.figures") && [[ -n $missing ]]; then
		echo "FAIL real/$name: figures of $name.figures not read: $missing"
		fail=$((fail + 1))
	else
		echo "ok real/$name: $(outline "$out/$name.json" | wc -l) sections, $top top-level, no table row among them"
		pass=$((pass + 1))
	fi
done
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]

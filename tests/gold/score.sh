#!/usr/bin/env bash
# Scores bin/report-import against the gold annotations of real reports
# (tests/fixtures/gold/, listed in tests/gold/docs.txt) with
# tests/tools/score-metrics/score.js, one line per document and a total per
# part (tuning / held-out).
#
#   bash tests/gold/score.sh            print the scores
#   bash tests/gold/score.sh --check    also compare each part's totals with
#                                       tests/gold/floors.txt; exit 1 below a floor
#   bash tests/gold/score.sh --keep DIR keep the extractor output in DIR
#   bash tests/gold/score.sh --write-floors
#                                       rewrite tests/gold/floors.txt: each part's
#                                       measured totals minus 0.02, never below the
#                                       floor already there; a part with no documents
#                                       keeps its lines (and --check skips it)
#
# Needs bin/report-import (make programs) and node.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
check=0
keep=
while [[ $# -gt 0 ]]; do
	case $1 in
	--check) check=1 ;;
	--write-floors) check=2 ;;
	--keep) keep=$2; shift ;;
	*) echo "usage: $0 [--check | --write-floors] [--keep DIR]" >&2; exit 2 ;;
	esac
	shift
done
gold=tests/fixtures/gold
imp=${REPORT_IMPORT:-bin/report-import}
[[ -x $imp ]] || { echo "$imp not built (make programs)" >&2; exit 2; }
out=${keep:-$(mktemp -d)}
mkdir -p "$out"
[[ -n $keep ]] || trap 'rm -rf "$out"' EXIT

# docs.txt: NAME|PART|ORG|YEAR|KIND (ORG/YEAR/KIND empty: taken from the title)
scores=()
while IFS='|' read -r name part org year kind; do
	[[ -z $name || $name == \#* ]] && continue
	args=(--dry-run --format json)
	[[ -n $org ]] && args+=(--org "$org")
	[[ -n $year ]] && args+=(--year "$year")
	[[ -n $kind ]] && args+=(--kind "$kind")
	if ! "$imp" "${args[@]}" "$gold/$name.txt" >"$out/$name.json" 2>"$out/$name.err"; then
		echo "{\"metrics\":[]}" >"$out/$name.json"
		echo "warning: $name: report-import failed: $(head -c 300 "$out/$name.err")" >&2
	fi
	node tests/tools/score-metrics/score.js "$gold/$name.gold.json" "$out/$name.json" \
		--doc="$gold/$name.txt" --json >"$out/$name.score.json" || exit 2
	scores+=("$part:$name:$out/$name.score.json")
done <tests/gold/docs.txt

node - "$check" tests/gold/floors.txt "${scores[@]}" <<'JS'
const fs = require('fs');
const [check, floorsPath, ...docs] = process.argv.slice(2);
const parts = {};
const pct = (x) => (x === null ? '  n/a' : (100 * x).toFixed(1).padStart(5));
const prf = (tp, g, e) => { const p = e ? tp / e : 0, r = g ? tp / g : 0; return { p, r, f: p + r ? 2 * p * r / (p + r) : 0 }; };
function add(t, d) {
  const v = d.value_unit;
  t.gold += v.gold; t.ext += v.extracted; t.tp += v.tp;
  t.nameN += d.names.pairs_with_both_names; t.nameH += d.names.hits;
  t.yoyN += d.yoy.matched_gold_with_yoy; t.yoyH += d.yoy.extracted_same_yoy; t.yoyX += d.yoy.extracted_yoy_where_gold_has_none;
  t.apxN += d.approx.pairs_with_both; t.apxH += d.approx.agree;
  t.tgtN += d.targets.pairs_with_both; t.tgtH += d.targets.agree;
}
const zero = () => ({ gold: 0, ext: 0, tp: 0, nameN: 0, nameH: 0, yoyN: 0, yoyH: 0, yoyX: 0, apxN: 0, apxH: 0, tgtN: 0, tgtH: 0 });
const rate = (h, n) => (n ? h / n : null);
function row(label, t) {
  const s = prf(t.tp, t.gold, t.ext);
  return `${label.padEnd(26)} gold ${String(t.gold).padStart(4)} ext ${String(t.ext).padStart(4)} tp ${String(t.tp).padStart(4)}` +
    `  P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f)}  names ${pct(rate(t.nameH, t.nameN))} yoy ${pct(rate(t.yoyH, t.yoyN))}` +
    ` approx ${pct(rate(t.apxH, t.apxN))} is_target ${pct(rate(t.tgtH, t.tgtN))}`;
}
for (const spec of docs) {
  const [part, name, path] = spec.split(/:(.*?):(.*)/s).filter((x) => x !== '');
  const d = JSON.parse(fs.readFileSync(path, 'utf8')).documents[0];
  if (d.quotes_located !== d.counts.gold) console.log(`warning: ${name}: only ${d.quotes_located}/${d.counts.gold} gold quotes located`);
  const t = zero(); add(t, d);
  console.log(row(`${part}/${name}`, t));
  parts[part] = parts[part] || zero(); add(parts[part], d);
}
const totals = {};
for (const [part, t] of Object.entries(parts)) {
  console.log(row(`TOTAL ${part}`, t));
  const s = prf(t.tp, t.gold, t.ext);
  totals[part] = { precision: s.p, recall: s.r, f1: s.f, names: rate(t.nameH, t.nameN), yoy: rate(t.yoyH, t.yoyN),
    approx: rate(t.apxH, t.apxN), is_target: rate(t.tgtH, t.tgtN) };
}
const KEYS = ['precision', 'recall', 'f1', 'names', 'yoy', 'approx', 'is_target'];
if (check === '2') {
  const out = ['# Floors for tests/gold/score.sh --check: PART METRIC FLOOR (a fraction, 0..1).',
    '# Set to the totals measured when the gold was written minus 0.02 (bash tests/gold/score.sh --write-floors),',
    '# so that a regression fails make test. Raise them when the extractor gets better; never lower them',
    '# to make a failing change pass. When a part\'s documents change, delete its lines and write them again:',
    '# a floor belongs to the documents it was measured on.'];
  // A floor is never lowered: a measure that fell keeps the old floor (and --check then fails).
  // Parts with no documents here keep their floor lines as they are (see --check).
  const old = {}, kept = [];
  if (fs.existsSync(floorsPath))
    for (const line of fs.readFileSync(floorsPath, 'utf8').split('\n')) {
      const [part, key, floor] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (!part) continue;
      if (!totals[part]) kept.push(line);
      else old[`${part} ${key}`] = Number(floor);
    }
  for (const [part, m] of Object.entries(totals))
    for (const k of KEYS) {
      if (m[k] === null) continue;
      const floor = Math.max(Math.floor((m[k] - 0.02) * 1000) / 1000, old[`${part} ${k}`] || 0);
      out.push(`${part.padEnd(9)} ${k.padEnd(10)} ${floor.toFixed(3)}   # measured ${m[k].toFixed(4)}`);
    }
  out.push(...kept);
  fs.writeFileSync(floorsPath, out.join('\n') + '\n');
  console.log(`wrote ${floorsPath}`);
}
if (check === '1') {
  let bad = 0;
  for (const line of fs.readFileSync(floorsPath, 'utf8').split('\n')) {
    const l = line.replace(/#.*/, '').trim();
    if (!l) continue;
    const [part, key, floor] = l.split(/\s+/);
    // A part with no documents in docs.txt (the held-out part while its new documents are written
    // in other branches) has no totals: its floors wait for those documents rather than fail, so
    // the lines stay in floors.txt. A part that has documents but no measure (null) still fails.
    if (!totals[part]) { console.log(`skip   ${part} ${key}: no documents in this part`); continue; }
    const got = totals[part][key];
    if (got === undefined || got === null || got + 1e-9 < Number(floor)) {
      console.log(`FLOOR  ${part} ${key}: ${got === undefined || got === null ? 'n/a' : got.toFixed(3)} < ${floor}`); bad++;
    } else console.log(`ok     ${part} ${key}: ${got.toFixed(3)} >= ${floor}`);
  }
  process.exitCode = bad ? 1 : 0;
}
JS

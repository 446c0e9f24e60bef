// Compares bin/report-import's is_target and period_year with the part gold of
// tests/fixtures/zone-parts/ (NAME.parts.json next to NAME.txt; see its README).
//
// The part gold says, for each top-level part of a report (by the line it
// starts on), whether it reviews results or plans targets and which year it
// is about. A figure belongs to the part holding the line its quote is on;
// its quote is found in the file's text (NFKC, whitespace ignored, in order).
// Wrong is_target: a figure of a results part marked a target, or of a targets
// part not marked one. Wrong period: a figure
// of a results or targets part whose period_year is none of its part's year,
// a year its quote names, or 0 where the part covers a span of years (五年来,
// “十三五”时期) or the quote a part of a year (1-9月, 上半年); the year before
// those for the level a change starts from (由34微克下降到26微克). A figure the
// part gold lists among its exceptions (by value and quote) is judged by the
// is_target / period_year written there: with `right`, that value is the only
// right one (a ranking of a 上半年 evaluation has no whole year); without, it
// is a known error of an earlier pass, tolerated next to the right value and
// written down with its reason, so that errors cannot grow unseen and a fix
// elsewhere breaks nothing here. Figures of other parts (opening, closing, glossary) are counted,
// not judged. Sections: each numbered section's is_plan must say the kind of
// the part its heading is in (results: false, targets: true).
//
//   node tests/gold/parts.js IMPORTER [--check] [--verbose] [NAME...]
//
// Runs the importer (--dry-run --format json) on each document with --org and
// --year from the part gold, once per kind (工作报告, none, 政府工作报告): the
// parts decide, whatever the kind. --check: exit 1 on any wrong is_target or
// period or is_plan, or a quote or heading not found, or a part line that
// does not start as the gold says.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const importer = args.shift();
const check = args.includes('--check');
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const dir = path.join(__dirname, '..', 'fixtures', 'zone-parts');
const KINDS = ['工作报告', null, '政府工作报告'];

const squash = (s) => s.normalize('NFKC').replace(/\s+/g, '');

// The squashed text of the file and, for each of its characters, its line (1-based).
function squashedLines(text) {
  let sq = '';
  const line = [];
  text.split('\n').forEach((l, i) => {
    const s = squash(l);
    sq += s;
    for (let k = 0; k < s.length; k++) line.push(i + 1);
  });
  return { sq, line };
}

function yearsNamed(quote) {
  return [...quote.matchAll(/(?<!\d)((?:19|20)\d\d)年/g)].map((m) => Number(m[1]));
}

const CHANGE_START = /[由从].*(到|至)/;
const PART_OF_YEAR = /\d+\s*[-—–至~]\s*\d+\s*月|季度|半年/;

let bad = 0;
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.parts.json'))
  .map((f) => f.slice(0, -'.parts.json'.length))
  .filter((n) => !only.length || only.includes(n))
  .sort();
for (const name of names) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.parts.json`), 'utf8'));
  const txtPath = path.join(dir, `${name}.txt`);
  const text = fs.readFileSync(txtPath, 'utf8');
  const lines = text.split('\n');
  for (const p of gold.parts) {
    const l = (lines[p.line - 1] || '').replace(/^[\s\u3000]+/, '');
    if (!l.startsWith(p.text)) {
      console.log(`${name}: line ${p.line} does not start with 「${p.text}」`);
      bad++;
    }
  }
  const partOf = (ln) => {
    let hit = null;
    for (const p of gold.parts) if (p.line <= ln) hit = p;
    return hit;
  };
  const exceptions = gold.exceptions || [];
  const { sq, line } = squashedLines(text);
  for (const kind of KINDS) {
    const a = ['--dry-run', '--format', 'json', '--org', gold.organization, '--year', String(gold.year)];
    if (kind) a.push('--kind', kind);
    a.push(txtPath);
    const out = JSON.parse(execFileSync(importer, a, { maxBuffer: 64 << 20 }).toString('utf8'));
    const c = { n: 0, results: 0, targets: 0, other: 0, known: 0, wrongTarget: 0, wrongPeriod: 0, lost: 0, sections: 0, wrongSections: 0 };
    let from = 0;
    for (const m of out.metrics) {
      c.n++;
      const q = squash(m.quote || '');
      let k = q ? sq.indexOf(q, from) : -1;
      if (k < 0 && q) k = sq.indexOf(q);
      if (k < 0) {
        c.lost++;
        if (verbose) console.log(`  ${name} [${kind || '-'}] quote not found: ${m.quote}`);
        continue;
      }
      from = k;
      const ln = line[k];
      const p = partOf(ln);
      if (!p || p.kind === 'other') {
        c.other++;
        continue;
      }
      c[p.kind]++;
      const ex = exceptions.find((e) => squash(e.quote) === q && String(e.value) === String(m.value));
      if (ex) c.known++;
      const wants = [p.kind === 'targets'];
      if (ex && 'is_target' in ex) wants.splice(ex.right ? 0 : 1, ex.right ? 1 : 0, ex.is_target);
      if (!wants.includes(m.is_target)) {
        c.wrongTarget++;
        if (verbose)
          console.log(`  ${name} [${kind || '-'}] line ${ln} ${p.kind}: is_target ${m.is_target} ${m.value}${m.unit || ''} 「${m.quote}」`);
      }
      let ok = [p.year, ...yearsNamed(m.quote || '')];
      if (p.span || PART_OF_YEAR.test(m.quote || '')) ok.push(0);
      // the level a change starts from (由34微克下降到26微克) is the year before
      if (CHANGE_START.test(m.quote || '')) ok.push(...ok.filter((y) => y > 0).map((y) => y - 1));
      if (ex && 'period_year' in ex) ok = ex.right ? [ex.period_year || 0] : [...ok, ex.period_year || 0];
      if (!ok.includes(m.period_year || 0)) {
        c.wrongPeriod++;
        if (verbose)
          console.log(`  ${name} [${kind || '-'}] line ${ln} ${p.kind} ${p.year}: period ${m.period_year} ${m.value}${m.unit || ''} 「${m.quote}」`);
      }
    }
    // sections: each numbered section's is_plan against the part its heading is in
    let secFrom = 0;
    const walk = (list) => {
      for (const sec of list) {
        if (sec.level > 0 && sec.heading) {
          const h = squash(sec.heading);
          let k = sq.indexOf(h, secFrom);
          if (k < 0) {
            c.lost++;
            if (verbose) console.log(`  ${name} [${kind || '-'}] heading not found: ${sec.heading}`);
          } else {
            secFrom = k;
            const p = partOf(line[k]);
            if (p && p.kind !== 'other') {
              c.sections++;
              if (sec.is_plan !== (p.kind === 'targets')) {
                c.wrongSections++;
                if (verbose)
                  console.log(`  ${name} [${kind || '-'}] line ${line[k]} ${p.kind}: section ${sec.label} ${sec.heading} is_plan ${sec.is_plan}`);
              }
            }
          }
        }
        walk(sec.children || []);
      }
    };
    walk(out.sections);
    bad += c.wrongTarget + c.wrongPeriod + c.lost + c.wrongSections;
    console.log(
      `${name.padEnd(14)} kind ${(kind || '(none)').padEnd(6, '\u3000')} figures ${String(c.n).padStart(4)}` +
        ` results ${String(c.results).padStart(4)} targets ${String(c.targets).padStart(4)} other ${String(c.other).padStart(3)}` +
        `  wrong is_target ${String(c.wrongTarget).padStart(3)} wrong period ${String(c.wrongPeriod).padStart(3)}` +
        ` sections ${String(c.sections).padStart(3)} wrong is_plan ${String(c.wrongSections).padStart(3)} not found ${c.lost}` +
        (c.known ? `  (${c.known} as the exceptions say)` : ''),
    );
  }
}
if (check) {
  console.log(bad ? `parts: ${bad} wrong` : 'parts: all figures agree with the part gold');
  process.exitCode = bad ? 1 : 0;
}

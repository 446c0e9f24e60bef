// The test of the contract check: api/validate-answers.mjs must fail when
// the document is wrong. Each mutant below is api/openapi.json with one
// deliberate mistake of a kind a real edit makes (a field's type, a field
// the server does not send, a status left out, an enum value dropped, a
// oneOf without its discriminator, two types for one field); the recorded
// answers of the same run must pass the real document and fail every mutant,
// with a mismatch that names what was changed.
//
//   node api/validate-answers-mutants.mjs EXCHANGES.jsonl...
//
// Exit 0 when the document passes and every mutant fails; 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAnswers } from './validate-answers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// name, change (edits the copy in place), and a piece of text the mismatch
// list must contain: the failure is the one the change caused.
const mutants = [
  {
    name: 'Metric.value declared a string (the server sends a number)',
    change: (d) => {
      d.components.schemas.Metric.properties.value.type = 'string';
    },
    expect: '/value must be string',
  },
  {
    name: 'Report requires a field the server does not send',
    change: (d) => {
      const r = d.components.schemas.Report;
      r.properties.region = { type: 'string' };
      r.required.push('region');
    },
    expect: "must have required property 'region'",
  },
  {
    name: 'Organization.years declared an array of strings',
    change: (d) => {
      d.components.schemas.Organization.properties.years.items.type = 'string';
    },
    expect: '/years/0 must be string',
  },
  {
    name: 'Problem.code without not_found',
    change: (d) => {
      const code = d.components.schemas.Problem.properties.code;
      code.enum = code.enum.filter((c) => c !== 'not_found');
    },
    expect: '/code must be equal to one of the allowed values',
  },
  {
    name: '304 left out of GET /api/v1/metrics',
    change: (d) => {
      delete d.paths['/api/v1/metrics'].get.responses['304'];
    },
    expect: 'status 304 is not declared for GET /api/v1/metrics',
  },
  {
    name: 'IndicatorList as a oneOf without item_kind (both branches match)',
    change: (d) => {
      const list = d.components.schemas.IndicatorList;
      delete list.discriminator;
      for (const branch of list.oneOf) {
        delete branch.properties.item_kind;
        branch.required = branch.required.filter((r) => r !== 'item_kind');
      }
    },
    expect: 'must match exactly one schema in oneOf',
  },
  {
    name: 'Metric.base_value a number or a string',
    change: (d) => {
      d.components.schemas.Metric.properties.base_value.type = ['number', 'string'];
    },
    expect: 'one JSON type per field',
  },
];

function main(files) {
  if (files.length === 0) {
    console.error('usage: node api/validate-answers-mutants.mjs EXCHANGES.jsonl...');
    return 2;
  }
  const exchanges = files.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l)),
  );
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'api/openapi.json'), 'utf8'));
  let bad = 0;
  const real = validateAnswers(doc, exchanges);
  if (real.failures.length !== 0) {
    console.log(`FAIL  the real document does not pass (${real.failures.length} mismatches): run api/validate-answers.mjs`);
    bad++;
  } else {
    console.log(`ok    the real document passes (${real.counts.schema} bodies checked)`);
  }
  for (const m of mutants) {
    const copy = structuredClone(doc);
    m.change(copy);
    const { failures } = validateAnswers(copy, exchanges);
    const hit = failures.find((f) => f.message.includes(m.expect));
    if (hit) {
      console.log(`ok    mutant fails: ${m.name}\n        ${hit.message.slice(0, 300)}`);
    } else {
      bad++;
      console.log(
        `FAIL  mutant passes: ${m.name} (${failures.length} mismatches, none with "${m.expect}")` +
          failures
            .slice(0, 3)
            .map((f) => `\n        ${f.message.slice(0, 300)}`)
            .join(''),
      );
    }
  }
  console.log(`validate-answers-mutants: ${mutants.length - bad + (real.failures.length ? 0 : 1)} passed, ${bad} failed`);
  return bad === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));

// Validates recorded HTTP answers against api/openapi.json: the contract
// check of make test. The integration tests append every exchange they make
// to a JSON-lines file (tests/integration/exchange_log.h: method, url,
// status, content type, body); this program checks each one and exits 1 on
// any mismatch.
//
//   node api/validate-answers.mjs [--spec OPENAPI.json] [--quiet] EXCHANGES.jsonl...
//
// Why a real validator (Ajv, JSON Schema 2020-12, the dialect of OpenAPI
// 3.1) and not hand-written checks: the document is what clients generate
// code from, so the answers must match the document as a machine reads it,
// `oneOf`, `required` and `type: [..., "null"]` included. Ajv runs strict
// (unknown keywords and `required` names without a property are errors), so
// a typo in the document fails too.
//
// For each exchange:
// - a documented operation (path template and method; HEAD is checked as
//   its GET, without a body): the status must be declared; a response
//   declared without content must have an empty body; otherwise the media
//   type must be one the response declares, and a JSON body must parse and
//   match its schema (an answer without Content-Type only where the response
//   says `x-untyped-body`: libmicrohttpd's own 414/431);
// - an undocumented path or method (the dashboard's files under /, OPTIONS,
//   a 404 for a path that does not exist): a problem+json body must still
//   match components.schemas.Problem; other bodies are not checked.
// Besides the answers, the document itself: one JSON type per field (a
// `type` list holds at most one type besides "null").
// Nothing checked at all (an empty log) is a failure, not a pass.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'build/node-tools/package.json'));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;

const DOC_ID = 'https://report-service.invalid/openapi.json';
const MAX_REPORTED_PER_KIND = 5;

// The component schemas as one JSON Schema document: "#/components/schemas/X"
// references become DOC_ID#/$defs/X, so Ajv resolves them without knowing
// OpenAPI. Returns a deep copy; `doc` is not changed.
function rewriteRefs(value) {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        out[k] = `${DOC_ID}#/$defs/${v.slice('#/components/schemas/'.length)}`;
      } else {
        out[k] = rewriteRefs(v);
      }
    }
    return out;
  }
  return value;
}

// Schemas with a `type` list of two or more non-null types: a field whose
// JSON type changes by value, which typed clients cannot handle.
function mixedTypes(value, where, found) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => mixedTypes(v, `${where}/${i}`, found));
  } else if (value && typeof value === 'object') {
    if (Array.isArray(value.type) && value.type.filter((t) => t !== 'null').length > 1) {
      found.push(`${where}: type ${JSON.stringify(value.type)} (one JSON type per field)`);
    }
    for (const [k, v] of Object.entries(value)) mixedTypes(v, `${where}/${k}`, found);
  }
  return found;
}

function mediaType(contentType) {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function isJsonType(type) {
  return type === 'application/json' || type.endsWith('+json');
}

// The OpenAPI path templates as matchers, literal templates first so that
// /api/v1/openapi.json never counts as a {id}.
function pathMatchers(doc) {
  return Object.keys(doc.paths)
    .map((template) => {
      const parts = template.split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
      return { template, re: new RegExp(`^${parts.join('[^/]+')}$`), literal: parts.length === 1 };
    })
    .sort((a, b) => Number(b.literal) - Number(a.literal));
}

function resolveResponse(doc, response) {
  let r = response;
  for (let depth = 0; r && r.$ref && depth < 8; depth++) {
    const name = r.$ref.replace('#/components/responses/', '');
    r = doc.components?.responses?.[name];
  }
  return r;
}

export function validateAnswers(doc, exchanges) {
  const failures = [];
  const counts = { exchanges: exchanges.length, schema: 0, status_only: 0, undocumented: 0, problems: 0 };
  const seen = new Map(); // failure kind -> times seen
  const fail = (kind, message) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    failures.push({ kind, message, shown: n <= MAX_REPORTED_PER_KIND });
  };

  for (const m of mixedTypes(doc.components?.schemas ?? {}, '#/components/schemas', [])) fail(`type:${m}`, m);

  const ajv = new Ajv2020({ strict: true, strictRequired: true, allErrors: true, discriminator: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  ajv.addSchema({ $id: DOC_ID, $defs: rewriteRefs(doc.components?.schemas ?? {}) });
  const compiled = new Map();
  const validatorFor = (key, schema) => {
    if (!compiled.has(key)) {
      try {
        compiled.set(key, ajv.compile(rewriteRefs(schema)));
      } catch (e) {
        compiled.set(key, null);
        fail(`compile:${key}`, `schema of ${key} does not compile: ${e.message}`);
      }
    }
    return compiled.get(key);
  };
  const problemSchema = { $ref: '#/components/schemas/Problem' };
  const matchers = pathMatchers(doc);

  const checkBody = (key, schema, ex, label) => {
    let body;
    if (ex.body === null || ex.body === undefined) {
      if (ex.content_encoding) return false; // compressed: recorded without a body
      fail(`utf8:${key}`, `${label}: a JSON body that is not valid UTF-8 (${ex.body_len} bytes)`);
      return false;
    }
    try {
      body = JSON.parse(ex.body);
    } catch (e) {
      fail(`json:${key}`, `${label}: the body is not JSON: ${e.message}`);
      return false;
    }
    const validate = validatorFor(key, schema);
    if (!validate) return false;
    if (!validate(body)) {
      for (const err of validate.errors.slice(0, 8)) {
        fail(
          `schema:${key}:${err.schemaPath}`,
          `${label}: ${err.instancePath || '(body)'} ${err.message} (schema ${err.schemaPath}${
            err.params && Object.keys(err.params).length ? ` ${JSON.stringify(err.params)}` : ''
          })`,
        );
      }
    }
    return true;
  };

  for (const ex of exchanges) {
    const url = new URL(ex.url, 'http://x');
    const method = ex.method.toLowerCase();
    const type = mediaType(ex.content_type);
    const shownUrl = ex.url.length > 160 ? `${ex.url.slice(0, 160)}…(${ex.url.length} chars)` : ex.url;
    const label = `${ex.method} ${shownUrl} → ${ex.status} ${type || '(no type)'}`;
    const match = matchers.find((m) => m.re.test(url.pathname));
    const op = match && doc.paths[match.template][method === 'head' ? 'get' : method];
    if (!op) {
      counts.undocumented++;
      if (type === 'application/problem+json' && method !== 'head') {
        counts.problems++;
        checkBody('undocumented problem', problemSchema, ex, label);
      }
      continue;
    }
    const opKey = `${method === 'head' ? 'GET' : ex.method} ${match.template}`;
    const status = String(ex.status);
    const response = resolveResponse(
      doc,
      op.responses?.[status] ?? op.responses?.[`${status[0]}XX`] ?? op.responses?.default,
    );
    if (!response) {
      fail(`status:${opKey}:${status}`, `${label}: status ${status} is not declared for ${opKey}`);
      continue;
    }
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      if (ex.body_len !== 0 && method !== 'head') {
        fail(`empty:${opKey}:${status}`, `${label}: ${opKey} ${status} declares no content, the answer has ${ex.body_len} bytes`);
      }
      counts.status_only++;
      continue;
    }
    if (!type && response['x-untyped-body']) {
      counts.status_only++; // libmicrohttpd's own answer: declared, no type to check
      continue;
    }
    if (!(type in content)) {
      fail(`type:${opKey}:${status}:${type}`, `${label}: ${opKey} ${status} declares ${Object.keys(content).join(', ')}, not ${type || 'no type'}`);
      continue;
    }
    if (method === 'head' || !isJsonType(type) || !content[type].schema) {
      counts.status_only++;
      continue;
    }
    if (checkBody(`${opKey} ${status} ${type}`, content[type].schema, ex, label)) counts.schema++;
  }
  if (counts.schema === 0) fail('nothing', 'no answer was checked against a schema (is the exchange log empty?)');
  return { failures, counts };
}

function main(argv) {
  let spec = path.join(root, 'api/openapi.json');
  let quiet = false;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--spec') spec = argv[++i];
    else if (argv[i] === '--quiet') quiet = true;
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    console.error('usage: node api/validate-answers.mjs [--spec OPENAPI.json] [--quiet] EXCHANGES.jsonl...');
    return 2;
  }
  const doc = JSON.parse(fs.readFileSync(spec, 'utf8'));
  const exchanges = [];
  for (const file of files) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          exchanges.push(JSON.parse(line));
        } catch (e) {
          throw new Error(`${file}:${i + 1}: not a JSON line: ${e.message}`);
        }
      });
  }
  const { failures, counts } = validateAnswers(doc, exchanges);
  if (!quiet) {
    for (const f of failures) if (f.shown) console.log(`MISMATCH ${f.message}`);
    const hidden = failures.filter((f) => !f.shown).length;
    if (hidden) console.log(`(${hidden} more mismatches of the kinds above not shown)`);
  }
  console.log(
    `validate-answers: ${counts.exchanges} exchanges: ${counts.schema} bodies checked against their schema, ` +
      `${counts.status_only} status and type only, ${counts.undocumented} undocumented paths ` +
      `(${counts.problems} problem bodies checked); ${failures.length} mismatches`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

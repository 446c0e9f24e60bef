#!/usr/bin/env node
// make web: the dashboard's served tree, build/web (or the folder given as
// the first argument), from web/ and the pinned ECharts of
// scripts/node-tools (installed into build/node-tools by scripts/deps.sh
// test).
//
// Every asset gets a content hash in its name (app.3f2a9c01b4de.js,
// echarts.8d1e….min.js): report-server sends those with Cache-Control
// "max-age=31536000, immutable", so a browser fetches ECharts' ~1 MB once
// and never revalidates it, while index.html (no-cache, revalidated by
// ETag) names the files of the current build — a new build can never mix
// with old cached files. ES modules import each other by relative name,
// so each module is hashed after the modules it imports, with their
// hashed names written into it. No bundler: the browser loads the modules
// as they are.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'web');
const out = path.resolve(process.argv[2] || path.join(root, 'build/web'));
const tools = path.join(root, 'build/node-tools');
const echartsDir = path.join(tools, 'node_modules/echarts');

function die(msg) {
  console.error(`make web: ${msg}`);
  process.exit(1);
}

// ECharts comes from the npm tools that scripts/deps.sh test installs (npm
// ci of the lock file): only deps.sh installs (tests/setup/
// no-installs-during-tests.sh), so a missing or stale copy is an error
// that says what to run.
function ensureEcharts() {
  const lock = path.join(root, 'scripts/node-tools/package-lock.json');
  const have = path.join(tools, 'package-lock.json');
  const same = fs.existsSync(have) && fs.readFileSync(have).equals(fs.readFileSync(lock));
  if (!same || !fs.existsSync(path.join(echartsDir, 'dist/echarts.min.js')))
    die('ECharts is not installed as scripts/node-tools/package-lock.json pins it: run scripts/deps.sh test');
}

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 12);
const hashed = (name, digest) => {
  const dot = name.indexOf('.');
  return `${name.slice(0, dot)}.${digest}${name.slice(dot)}`;
};

export function build() {
  ensureEcharts();
  const tmp = `${out}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.join(tmp, 'assets'), { recursive: true });
  const names = new Map(); // source name → served name under assets/

  const echarts = fs.readFileSync(path.join(echartsDir, 'dist/echarts.min.js'));
  const version = JSON.parse(fs.readFileSync(path.join(echartsDir, 'package.json'), 'utf8')).version;
  names.set('echarts.min.js', hashed('echarts.min.js', hash(echarts)));
  fs.writeFileSync(path.join(tmp, 'assets', names.get('echarts.min.js')), echarts);
  fs.copyFileSync(path.join(echartsDir, 'LICENSE'), path.join(tmp, 'assets/echarts-LICENSE.txt'));

  const files = fs.readdirSync(src).filter((f) => /\.(js|css)$/.test(f));
  const IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])\.\/([\w.-]+\.js)\2/g;
  const deps = new Map(
    files.map((f) => {
      const text = fs.readFileSync(path.join(src, f), 'utf8');
      return [f, { text, imports: [...text.matchAll(IMPORT)].map((m) => m[3]) }];
    }),
  );
  for (const [f, d] of deps)
    for (const i of d.imports) if (!deps.has(i)) die(`web/${f} imports ./${i}, which is not in web/`);
  // Leaves first; a cycle cannot be hashed (a module would hold its own hash).
  while (names.size < files.length + 1) {
    const ready = files.filter((f) => !names.has(f) && deps.get(f).imports.every((i) => names.has(i)));
    if (!ready.length) die(`import cycle among ${files.filter((f) => !names.has(f)).join(', ')}`);
    for (const f of ready) {
      const text = deps.get(f).text.replace(IMPORT, (_, pre, q, name) => `${pre}${q}./${names.get(name)}${q}`);
      names.set(f, hashed(f, hash(text)));
      fs.writeFileSync(path.join(tmp, 'assets', names.get(f)), text);
    }
  }

  let html = fs.readFileSync(path.join(src, 'index.html'), 'utf8');
  html = html.replace(/(["'])assets\/([\w.-]+)\1/g, (all, q, name) => {
    if (!names.has(name)) die(`web/index.html names assets/${name}, which the build does not make`);
    return `${q}assets/${names.get(name)}${q}`;
  });
  fs.writeFileSync(path.join(tmp, 'index.html'), html);
  fs.writeFileSync(
    path.join(tmp, 'build.json'),
    JSON.stringify({ echarts: version, assets: Object.fromEntries(names) }, null, 2) + '\n',
  );

  // Swap the new tree in whole: a running server never sees half a build.
  const old = `${out}.old-${process.pid}`;
  if (fs.existsSync(out)) fs.renameSync(out, old);
  fs.renameSync(tmp, out);
  fs.rmSync(old, { recursive: true, force: true });
  return { out, names, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { names, version } = build();
  console.log(`make web: ${path.relative(root, out) || out}: ${names.size} assets (ECharts ${version})`);
}

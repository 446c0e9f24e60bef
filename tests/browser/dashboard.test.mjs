#!/usr/bin/env node
// The dashboard in headless Chromium (puppeteer-core, pinned in
// scripts/node-tools) against the server of scripts/test.sh (TEST_API_URL)
// with the fixtures imported: what a person sees on each page, exactly,
// no console errors, the HTTP headers of the static files, first-load size
// and time (cold, then cached), a phone-sized layout, keyboard focus.
// Screenshots go to build/test-logs/last/ (TEST_SCREENSHOT_DIR overrides).
// Builds web/ first (scripts/build-web.mjs): the server reads build/web on
// each request. Ends with "N passed, N failed"; exit 0 only with none
// failed.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../scripts/build-web.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'build/node-tools/package.json'));
const puppeteer = require('puppeteer-core');

const BASE = (process.env.TEST_API_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = process.env.TEST_SCREENSHOT_DIR || path.join(root, 'build/test-logs/last');
fs.mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
const consoleErrors = [];

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok    ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL  ${name}: ${err && err.stack ? err.stack.split('\n').slice(0, 4).join('\n      ') : err}`);
  }
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function ok(cond, what) {
  if (!cond) throw new Error(what);
}

// A raw GET: the path goes out byte for byte (fetch would resolve "..").
function rawGet(target, headers = {}) {
  const u = new URL(BASE);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: target, method: 'GET', headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function ready(page) {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 15000 });
}

async function go(page, hash) {
  await page.evaluate((h) => {
    document.getElementById('view').dataset.ready = 'false';
    location.hash = h;
  }, hash);
  await ready(page);
}

const texts = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const built = build();
console.log(`built ${path.relative(root, built.out)}: ${built.names.size} assets, ECharts ${built.version}`);
const echartsName = built.names.get('echarts.min.js');
const appName = built.names.get('app.js');

await check('static headers: index.html no-cache, CSP, nosniff, strong ETag, 304', async () => {
  const r = await rawGet('/');
  eq(r.status, 200, 'status');
  eq(r.headers['content-type'], 'text/html; charset=utf-8', 'Content-Type');
  eq(r.headers['cache-control'], 'no-cache', 'Cache-Control');
  eq(r.headers['x-content-type-options'], 'nosniff', 'nosniff');
  ok(/^"[0-9a-f]{32}"$/.test(r.headers.etag), `strong ETag: ${r.headers.etag}`);
  const csp = r.headers['content-security-policy'];
  ok(csp.includes("script-src 'self';") && csp.includes("default-src 'none'") && !csp.includes('unsafe'), `CSP: ${csp}`);
  ok(!/<script>|<script(?![^>]*\bsrc=)[^>]*>/.test(r.body.toString()), 'no inline script in index.html');
  ok(!/https?:\/\//.test(r.body.toString().replace(/<footer[\s\S]*<\/footer>/, '')), 'no URL of another host in index.html');
  const again = await rawGet('/', { 'If-None-Match': r.headers.etag });
  eq(again.status, 304, 'revalidation');
});

await check('static headers: hashed assets immutable, correct types', async () => {
  const js = await rawGet(`/assets/${appName}`);
  eq(js.status, 200, 'status');
  eq(js.headers['content-type'], 'text/javascript; charset=utf-8', 'Content-Type');
  eq(js.headers['cache-control'], 'public, max-age=31536000, immutable', 'Cache-Control');
  const ec = await rawGet(`/assets/${echartsName}`);
  eq(ec.status, 200, 'echarts status');
  eq(ec.body.length, fs.statSync(path.join(root, 'build/node-tools/node_modules/echarts/dist/echarts.min.js')).size, 'echarts bytes');
  const css = await rawGet(`/assets/${built.names.get('style.css')}`);
  eq(css.headers['content-type'], 'text/css; charset=utf-8', 'CSS type');
});

await check('static files: traversal refused, API 404 untouched', async () => {
  for (const t of ['/../README.md', '/%2e%2e/README.md', '/assets/%2e%2e/%2e%2e/README.md', '/assets%2f..%2f..%2fREADME.md', '/..%5cREADME.md', '/.%2e/Makefile']) {
    const r = await rawGet(t);
    eq(r.status, 404, `${t} status`);
    ok(!r.body.toString().includes('工作报告数据服务'), `${t} leaks README`);
  }
  const api = await rawGet('/api/v1/nope');
  eq(api.status, 404, '/api/v1/nope');
  eq(api.headers['content-security-policy'], undefined, 'API 404 has no dashboard CSP');
});

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-chromium-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
  ],
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => consoleErrors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  // Bytes over the wire per load, from the DevTools protocol.
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  let wire = { bytes: 0, requests: 0, cached: 0 };
  cdp.on('Network.loadingFinished', (e) => {
    wire.bytes += e.encodedDataLength;
    wire.requests++;
  });
  cdp.on('Network.requestServedFromCache', () => wire.cached++);

  const load = async (label) => {
    wire = { bytes: 0, requests: 0, cached: 0 };
    const t0 = Date.now();
    if (label === 'cold') await page.goto(`${BASE}/#/`, { waitUntil: 'load' });
    else await page.reload({ waitUntil: 'load' });
    await ready(page);
    const readyMs = Date.now() - t0;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { load: Math.round(n.loadEventEnd), dcl: Math.round(n.domContentLoadedEventEnd) };
    });
    const m = { ...wire, readyMs, ...nav };
    console.log(
      `first load (${label}): ${m.requests} requests, ${m.bytes} bytes over the wire (${m.cached} from cache), ` +
        `DOMContentLoaded ${m.dcl} ms, load ${m.load} ms, headline cards shown ${m.readyMs} ms`,
    );
    return m;
  };

  let cold;
  await check('overview (cold): headline card 工业增加值 182.9 亿元', async () => {
    cold = await load('cold');
    const cards = await page.$$eval('section.org', (orgs) =>
      orgs.map((o) => ({
        org: o.querySelector('h2').textContent,
        cards: [...o.querySelectorAll('.card')].map((c) => [c.querySelector('.card-name').textContent, c.querySelector('.card-value').textContent, c.querySelector('.card-growth').textContent.trim()]),
      })),
    );
    eq(cards[0], {
      org: '济源高新区',
      cards: [
        ['规模以上企业营业收入', '900 亿元', '同比增长 3.4%'],
        ['工业增加值', '182.9 亿元', '同比增长 6.1%'],
        ['固定资产投资', '65.4 亿元', '同比增长 3.8%'],
        ['一般公共预算收入', '3.03 亿元', '同比增长 8%'],
        ['实际利用外资', '5077.76 万美元', ''],
      ],
    }, '济源高新区 cards');
    eq(cards[1].org, '鹭汀高新区', 'second organisation');
    eq(cards[1].cards.slice(0, 4).map((c) => c.slice(0, 2)), [
      ['规模以上企业营业收入', '650 亿元'],
      ['规模以上工业增加值', '113.8 亿元'],
      ['固定资产投资', '52.6 亿元'],
      ['一般公共预算收入', '3.05 亿元'],
    ], '鹭汀高新区 cards');
    const years = await page.$$eval('section.org:nth-of-type(2) table.reports tbody tr', (rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent]));
    eq(years, [['2023', '工作总结'], ['2023', '政府工作报告'], ['2022', '工作总结'], ['2021', '工作总结']], '鹭汀高新区 reports by year');
    ok(cold.requests <= 20, `cold load makes ${cold.requests} requests`);
    ok(!(await page.evaluate(() => !!window.echarts)), 'ECharts is not loaded on the overview');
    await shot(page, 'dashboard-overview');
  });

  await check('overview (cached): hashed assets from cache, index.html revalidated', async () => {
    const warm = await load('cached');
    ok(warm.bytes < cold.bytes / 2, `cached load moved ${warm.bytes} bytes, cold ${cold.bytes}`);
    ok(warm.cached >= 10, `only ${warm.cached} responses from the cache`);
  });

  await check('keyboard: skip link first, visible focus, nav by Tab and Enter', async () => {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle }));
    eq(first.text, '跳到正文', 'first focus');
    ok(first.outline !== 'none', 'skip link shows its focus');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const nav = await page.evaluate(() => ({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle }));
    eq(nav.text, '指标明细', 'third tab stop after the skip link');
    ok(nav.outline === 'solid', `focus outline ${nav.outline}`);
    // Not ready until the new route has drawn (hashchange comes later).
    await page.evaluate(() => (document.getElementById('view').dataset.ready = 'false'));
    await page.keyboard.press('Enter');
    await ready(page);
    eq(await page.$eval('h1', (e) => e.textContent), '指标明细', 'Enter follows the link');
  });

  await check('report outline: tree with figures beside each section, section text', async () => {
    await go(page, '#/report/1');
    eq(await page.$eval('h1', (e) => e.textContent), '济源高新区2023年工作总结', 'title');
    eq(await page.$$eval('.outline .tree li[data-section]', (l) => l.length), 16, 'sections in the tree');
    const top = await page.$$eval('.outline > .tree > li[data-section]', (l) => l.map((li) => li.querySelector('.sec-link').textContent));
    eq(top.slice(0, 3), ['导语', '一、强化政治建设，深化思想引领', '二、聚焦主责主业，提升发展质效'], 'top-level sections');
    const sec = await page.$eval('.tree li[data-section="7"]', (li) => ({
      name: li.querySelector('.sec-link').textContent,
      count: li.querySelector('.count').textContent,
      figs: [...li.querySelectorAll(':scope > details > .figs > .fig')].map((f) => f.textContent),
      parent: li.parentElement.closest('li').querySelector('.sec-link').textContent,
    }));
    eq(sec.name, '（一） 经济运行稳中有进', 'section 7');
    eq(sec.parent, '二、聚焦主责主业，提升发展质效', 'its parent');
    eq(sec.count, '5', 'figures of section 7');
    eq(sec.figs, [
      '规模以上企业营业收入 900 亿元 同比增长 3.4%',
      '工业增加值 182.9 亿元 同比增长 6.1%',
      '固定资产投资 65.4 亿元 同比增长 3.8%',
      '一般公共预算收入 3.03 亿元 同比增长 8%',
      '高质量发展考评 6 名',
    ], 'the figures beside it');
    await page.click('.tree li[data-section="7"] .sec-link');
    await page.waitForSelector('.section-text');
    const body = await page.$eval('.section-text .body', (e) => e.textContent);
    ok(body.includes('实现工业增加值182.9亿元，同比增长6.1%'), `section text: ${body.slice(0, 80)}`);
    eq(await page.$eval('.section-text h2', (e) => e.textContent), '（一） 经济运行稳中有进', 'panel heading');
    await shot(page, 'dashboard-report');
  });

  await check('section search: 招商 in this report and in all', async () => {
    await page.type('#f-q', '招商');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.results .hits'));
    const own = await texts(page, '.results .hits a');
    eq(own, ['（三） 开放招商平稳推进'], 'hits in report 1');
    await page.click('input[name="scope"]');
    await page.click('form.search button');
    await page.waitForFunction(() => document.querySelector('.results .muted')?.textContent.includes('共 4 个'));
    eq((await texts(page, '.results .hits a')).length, 4, 'hits in all reports');
  });

  await check('metrics: filters, sorting, paging, CSV of the filtered list', async () => {
    await go(page, '#/metrics');
    eq(await page.$eval('.total', (e) => e.textContent), '共 106 条，第 1–20 条', 'unfiltered total');
    await page.select('#f-org', '鹭汀高新区');
    await page.select('#f-year', '2023');
    await page.type('#f-unit', '亿元');
    await page.select('#f-kind', 'result');
    await page.select('#f-has_yoy', 'true');
    await page.evaluate(() => (document.getElementById('view').dataset.ready = 'false'));
    await page.click('form.filters button[type="submit"]');
    await ready(page);
    eq(await page.$eval('.total', (e) => e.textContent), '共 7 条，第 1–7 条', 'filtered total');
    await page.evaluate(() => (document.getElementById('view').dataset.ready = 'false'));
    await page.click('button.sort[data-sort="value"]');
    await ready(page);
    const rows = await page.$$eval('table.metrics tbody tr', (rs) => rs.map((r) => [r.cells[2].textContent, r.cells[3].textContent, r.cells[4].textContent, r.cells[6].textContent]));
    eq(rows, [
      ['2022', '一般公共预算收入', '2.76 亿元', '增长 12.2%'],
      ['2023', '一般公共预算收入', '3.05 亿元', '增长 10.5%'],
      ['2023', '固定资产投资', '52.6 亿元', '增长 9.5%'],
      ['2022', '规模以上工业增加值', '104.6 亿元', '增长 8.4%'],
      ['2023', '规模以上工业增加值', '113.8 亿元', '增长 8.8%'],
      ['2022', '规模以上企业营业收入', '580 亿元', '增长 11.5%'],
      ['2023', '规模以上企业营业收入', '650 亿元', '增长 12.1%'],
    ], 'rows sorted by value');
    eq(await page.$eval('th[aria-sort="ascending"] button', (b) => b.dataset.sort), 'value', 'aria-sort');
    const link = await page.$eval('#csv-link', (a) => ({ href: a.getAttribute('href'), text: a.textContent, download: a.getAttribute('download') }));
    eq(link.text, '下载 CSV（筛选结果 7 条）', 'CSV link text');
    eq(link.download, 'metrics.csv', 'download name');
    const csv = await rawGet(encodeURI(decodeURIComponent(link.href)));
    eq(csv.status, 200, 'CSV status');
    ok(csv.headers['content-type'].startsWith('text/csv'), `CSV type ${csv.headers['content-type']}`);
    const lines = csv.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const head = lines[0].split(',');
    const col = (n) => head.indexOf(n);
    const csvRows = lines.slice(1).map((l) => l.split(','));
    eq(csvRows.map((r) => `${r[col('name')]} ${r[col('value')]} ${r[col('unit')]} ${r[col('organization')]} ${r[col('report_year')]} ${r[col('is_target')]}`), [
      '一般公共预算收入 2.76 亿元 鹭汀高新区 2023 false',
      '一般公共预算收入 3.05 亿元 鹭汀高新区 2023 false',
      '固定资产投资 52.6 亿元 鹭汀高新区 2023 false',
      '规模以上工业增加值 104.6 亿元 鹭汀高新区 2023 false',
      '规模以上工业增加值 113.8 亿元 鹭汀高新区 2023 false',
      '规模以上企业营业收入 580 亿元 鹭汀高新区 2023 false',
      '规模以上企业营业收入 650 亿元 鹭汀高新区 2023 false',
    ], 'CSV rows = the filtered list');
    await shot(page, 'dashboard-metrics');
    // Paging over the whole list.
    await go(page, '#/metrics?limit=20&offset=100');
    eq(await page.$eval('.total', (e) => e.textContent), '共 106 条，第 101–106 条', 'last page');
    eq(await page.$eval('.pager button:nth-of-type(2)', (b) => b.disabled), true, 'no next page');
    await page.evaluate(() => (document.getElementById('view').dataset.ready = 'false'));
    await page.click('.pager button:nth-of-type(1)');
    await ready(page);
    eq(await page.$eval('.total', (e) => e.textContent), '共 106 条，第 81–100 条', 'previous page');
  });

  await check('year over year: reported and implied bases, discrepancy flagged', async () => {
    await go(page, '#/compare?org=' + encodeURIComponent('鹭汀高新区') + '&year=2023');
    const row = (name) =>
      page.$eval(`table.compare tr[data-name="${name}"]`, (r) => ({ cells: [...r.cells].map((c) => c.textContent), flagged: r.classList.contains('flagged') }));
    const fai = await row('固定资产投资');
    eq(fai.cells.slice(1, 9), ['52.6 亿元', '2022', '45.8 亿元', '报告值', '+6.8 亿元', '14.85%', '9.5%', '+5.35 个百分点 ⚠ 不一致'], '固定资产投资');
    ok(fai.flagged, 'the row is flagged');
    const rev = await row('一般公共预算收入');
    eq(rev.cells.slice(1, 9), ['3.05 亿元', '2022', '27600 万元（折合 2.76 亿元）', '报告值', '+0.29 亿元', '10.51%', '10.5%', '+0.01 个百分点'], '一般公共预算收入 (unit change)');
    ok(!rev.flagged, 'not flagged');
    eq(await page.$$eval('table.compare tr.flagged', (r) => r.length), 1, 'one flagged row');
    ok((await page.$eval('p.warn', (p) => p.textContent)).includes('1 项'), 'warning line');
    await shot(page, 'dashboard-compare');
    await go(page, '#/compare?org=' + encodeURIComponent('济源高新区') + '&year=2023');
    const iva = await row('工业增加值');
    eq(iva.cells.slice(1, 8), ['182.9 亿元', '2022', '172.38 亿元', '推算值', '+10.52 亿元', '—', '6.1%'], '济源 工业增加值 implied base');
    await go(page, '#/compare?org=' + encodeURIComponent('鹭汀高新区') + '&year=2023&mode=target');
    const t = await page.$eval('table.compare.target tr[data-name="规模以上企业营业收入"]', (r) => [...r.cells].map((c) => c.textContent));
    eq(t.slice(1), ['680 亿元', '650 亿元（增长 12.1%）', '按总量', '-30 亿元', '-4.41%', '✗ 未完成'], 'target missed');
  });

  await check('indicator series: ECharts line chart over the synthetic years', async () => {
    wire = { bytes: 0, requests: 0, cached: 0 };
    const t0 = Date.now();
    await go(page, '#/indicator/6?org=' + encodeURIComponent('鹭汀高新区'));
    await page.waitForSelector('#series-chart canvas');
    console.log(`first chart (ECharts loaded on demand): ${wire.requests} requests, ${wire.bytes} bytes over the wire, drawn in ${Date.now() - t0} ms`);
    const opt = await page.$eval('#series-chart', (el) => {
      const o = window.echarts.getInstanceByDom(el).getOption();
      return { x: o.xAxis[0].data, y: o.yAxis[0].name, series: o.series.map((s) => [s.name, s.type, s.data.map((d) => (d ? d.value : null))]) };
    });
    eq(opt.x, ['2020', '2021', '2022', '2023'], 'x axis years');
    eq(opt.y, '亿元', 'y axis unit');
    eq(opt.series, [
      ['实际（结果）', 'line', ['89.52', '96.5', '104.6', '113.8']],
      ['实际增速', 'line', [null, '7.8', '8.4', '8.8']],
      ['目标增速', 'line', [null, null, null, '8']],
    ], 'series: results against the target');
    const table = await page.$$eval('table.series tbody tr', (rs) => rs.map((r) => [...r.cells].map((c) => c.textContent)));
    eq(table[0], ['2020', '结果', '89.52 亿元', '—', '推算（由下一年增速）'], 'implied 2020');
    eq(table[4], ['2023', '目标（增速）', '增长 8% 左右', '8%', '报告'], 'target 2023');
    const src = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')));
    ok(src.includes(`assets/${echartsName}`), `ECharts from this server: ${src}`);
    await shot(page, 'dashboard-chart');
  });

  await check('phone: no sideways scrolling, cards in one or two columns', async () => {
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await go(page, '#/');
    const m = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, cols: getComputedStyle(document.querySelector('.cards')).gridTemplateColumns.split(' ').length }));
    ok(m.sw <= m.cw, `page ${m.sw}px wide in a ${m.cw}px screen`);
    ok(m.cols <= 2, `${m.cols} card columns`);
    await shot(page, 'dashboard-phone-overview');
    await go(page, '#/metrics');
    const w = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    ok(w.sw <= w.cw, `metrics page ${w.sw}px wide (the table scrolls inside its box)`);
    await shot(page, 'dashboard-phone-metrics');
  });

  await check('no console errors, failed requests or CSP violations', async () => {
    eq(consoleErrors, [], 'console');
  });
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`screenshots: ${shots}/dashboard-*.png`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

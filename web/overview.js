// #/ — the organisations, the headline figures of each one's latest work
// report, and its reports by year.
import { api, organizations } from './api.js';
import { h, href } from './dom.js';
import { growthText, withUnit } from './num.js';
import { loading, table, title } from './ui.js';

// What a management committee reads first, in this order; each card is the
// first result figure (in document order) whose name holds the word.
export const HEADLINES = [
  ['地区生产总值', 'GDP'],
  ['营业收入'],
  ['工业增加值'],
  ['固定资产投资'],
  ['一般公共预算收入'],
  ['实际利用外资', '实际使用外资'],
  ['进出口'],
  ['社会消费品零售总额'],
];

export function pickHeadlines(metrics) {
  const used = new Set();
  const cards = [];
  for (const words of HEADLINES) {
    const m = metrics.find(
      (x) => !used.has(x.id) && !x.is_target && !x.is_ranking && x.unit !== '%' && words.some((w) => x.name.includes(w)),
    );
    if (m) {
      used.add(m.id);
      cards.push(m);
    }
  }
  return cards;
}

export function headlineCards(report, metrics) {
  const cards = pickHeadlines(metrics);
  if (!cards.length) return h('p', { class: 'muted' }, '该报告中没有可作为核心指标的数据。');
  return h(
    'ul',
    { class: 'cards', 'aria-label': `${report.organization} ${report.year} 年核心指标` },
    cards.map((m) =>
      h(
        'li',
        { class: 'card', dataset: { metric: m.id } },
        h(
          'a',
          { href: href(`report/${report.id}`, { section: m.section_id }) },
          h('span', { class: 'card-name' }, m.name),
          h('span', { class: 'card-value' }, m.qualifier_text && m.qualifier !== 'lower_bound' ? `${m.qualifier_text} ` : '', h('span', { class: 'num' }, m.value), ' ', h('span', { class: 'unit' }, m.unit)),
          h('span', { class: 'card-growth' }, growthText(m.yoy_pct, m.yoy_points) ? `同比${growthText(m.yoy_pct, m.yoy_points)}` : '\u00a0'),
          h('span', { class: 'card-year' }, `${m.period_year} 年 · ${report.kind}`),
        ),
      ),
    ),
  );
}

// The latest 工作总结 of an organisation, else its latest report.
export function latestReport(org) {
  return org.reports.find((r) => r.kind === '工作总结') || org.reports[0];
}

export async function overview(view) {
  view.replaceChildren(title('概览'), loading());
  const orgs = await organizations();
  const sections = [];
  for (const org of orgs) {
    const latest = latestReport(org);
    const metrics = latest ? (await api('metrics', { report: latest.id, kind: 'result', limit: 1000 })).items : [];
    sections.push(
      h(
        'section',
        { class: 'org', 'aria-labelledby': `org-${sections.length}` },
        h('h2', { id: `org-${sections.length}` }, org.name),
        latest ? h('p', { class: 'muted' }, `核心指标 · ${latest.title}`) : null,
        latest ? headlineCards(latest, metrics) : h('p', { class: 'muted' }, '尚无报告。'),
        h(
          'p',
          { class: 'links' },
          h('a', { href: href('org', { name: org.name }) }, '全部报告'),
          latest ? h('a', { href: href('compare', { org: org.name, year: latest.year }) }, `${latest.year} 年同比分析`) : null,
          h('a', { href: href('metrics', { org: org.name }) }, '指标明细'),
          h('a', { href: href('indicators', { org: org.name }) }, '指标走势'),
        ),
        reportsTable(org),
      ),
    );
  }
  view.replaceChildren(
    title('概览'),
    h('p', { class: 'lead' }, `共 ${orgs.length} 个单位、${orgs.reduce((n, o) => n + o.reports.length, 0)} 份报告。数字均为报告原文数值。`),
    sections,
  );
}

export function reportsTable(org) {
  return table(
    `${org.name} 的报告（按年度）`,
    ['年度', '类型', '标题', '章节数', '数据项'].map((t) => h('th', { scope: 'col' }, t)),
    org.reports.map((r) =>
      h(
        'tr',
        null,
        h('td', null, r.year),
        h('td', null, r.kind),
        h('td', null, h('a', { href: href(`report/${r.id}`) }, r.title)),
        h('td', { class: 'n' }, r.sections_count),
        h('td', { class: 'n' }, r.metrics_count),
      ),
    ),
    { class: 'reports' },
  );
}

// #/org?name= — one organisation: cards, reports by year.
export async function orgPage(view, params) {
  const name = params.get('name');
  view.replaceChildren(title(name || '单位'), loading());
  const org = (await organizations()).find((o) => o.name === name);
  if (!org) {
    view.replaceChildren(title('单位'), h('p', { class: 'error', role: 'alert' }, `没有名为“${name}”的单位。`));
    return;
  }
  const latest = latestReport(org);
  const metrics = latest ? (await api('metrics', { report: latest.id, kind: 'result', limit: 1000 })).items : [];
  const years = [...new Set(org.reports.map((r) => r.year))];
  view.replaceChildren(
    title(org.name),
    latest ? headlineCards(latest, metrics) : null,
    h(
      'p',
      { class: 'links' },
      years.map((y) => h('a', { href: href('compare', { org: org.name, year: y }) }, `${y} 年同比`)),
      h('a', { href: href('metrics', { org: org.name }) }, '指标明细'),
      h('a', { href: href('indicators', { org: org.name }) }, '指标走势'),
    ),
    reportsTable(org),
  );
}

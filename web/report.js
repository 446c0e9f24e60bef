// #/report/ID[?section=SID] — a report's outline as a tree with the figures
// of each section beside it, the text of the chosen section, and a search
// over sections.
import { api, apiAll, reportsById } from './api.js';
import { h, href } from './dom.js';
import { growthText, withUnit } from './num.js';
import { input, loading, title } from './ui.js';

function sectionName(s) {
  if (s.role === 'preamble') return '导语';
  if (s.role === 'closing' && !s.heading) return '结语';
  if (!s.label && !s.heading) return '（无标题）';
  return [s.label, s.heading].filter(Boolean).join(s.label && /^[一二三四五六七八九十百]+$/.test(s.label) ? '、' : ' ');
}

function figure(m) {
  const growth = growthText(m.yoy_pct, m.yoy_points);
  return h(
    'li',
    { class: m.is_target ? 'fig target' : 'fig', dataset: { metric: m.id }, title: m.quote },
    h('span', { class: 'fig-name' }, m.name),
    ' ',
    h('span', { class: 'fig-value' }, m.qualifier_text && m.qualifier !== 'lower_bound' ? `${m.qualifier_text} ` : '', withUnit(m.value, m.unit), m.qualifier === 'lower_bound' ? m.qualifier_text : ''),
    growth ? h('span', { class: 'fig-growth' }, ` 同比${growth}`) : null,
    m.is_target ? h('span', { class: 'tag' }, '目标') : null,
  );
}

function tree(nodes, byId, reportId, current) {
  return h(
    'ul',
    { class: 'tree' },
    nodes.map((s) => {
      const figs = byId.get(String(s.id)) || [];
      const hasMore = s.children.length > 0 || figs.length > 0;
      const link = h(
        'a',
        {
          href: href(`report/${reportId}`, { section: s.id }),
          'aria-current': String(s.id) === current ? 'true' : null,
          class: 'sec-link',
        },
        sectionName(s),
      );
      const count = figs.length ? h('span', { class: 'count', 'aria-label': `${figs.length} 项数据` }, figs.length) : null;
      const body = [
        figs.length ? h('ul', { class: 'figs', 'aria-label': `${sectionName(s)} 的数据` }, figs.map(figure)) : null,
        s.children.length ? tree(s.children, byId, reportId, current) : null,
      ];
      return h(
        'li',
        { dataset: { section: s.id }, class: s.is_plan ? 'plan' : null },
        hasMore
          ? h('details', { open: true }, h('summary', null, link, count, s.is_plan ? h('span', { class: 'tag' }, '计划') : null), body)
          : h('div', { class: 'leaf' }, link),
      );
    }),
  );
}

async function sectionPanel(id) {
  const s = await api(`sections/${id}`);
  return h(
    'article',
    { class: 'section-text', 'aria-labelledby': 'sec-title' },
    h('p', { class: 'crumbs' }, (s.breadcrumb || []).map((b) => h('span', null, sectionName(b), ' › '))),
    h('h2', { id: 'sec-title' }, sectionName(s)),
    h('div', { class: 'body' }, s.body || '（本节无正文）'),
    s.metrics && s.metrics.length ? h('ul', { class: 'figs' }, s.metrics.map(figure)) : null,
  );
}

// The search over sections (/api/v1/sections?q=), in this report or all.
export function searchBox(params, route, reportId) {
  const q = params.get('q') || '';
  const scope = params.get('scope') || (reportId ? 'report' : 'all');
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'filters search',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        const fd = new FormData(form);
        const next = new URLSearchParams(params);
        next.set('q', fd.get('q'));
        if (reportId) next.set('scope', fd.get('scope') ? 'report' : 'all');
        location.hash = `#/${route}?${next}`;
      },
    },
    input('q', '搜索章节', q, { type: 'search', placeholder: '如：招商、外资' }),
    reportId
      ? h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'scope', value: 'report', checked: scope === 'report' }), '仅本报告')
      : null,
    h('button', { type: 'submit' }, '搜索'),
  );
  if (q) {
    results.append(loading());
    Promise.all([api('sections', { q, report: scope === 'report' ? reportId : null, limit: 50 }), reportsById()])
      .then(([page, reports]) => {
        results.replaceChildren(
          h('p', { class: 'muted' }, `“${q}”共 ${page.total} 个章节`),
          h(
            'ol',
            { class: 'hits' },
            page.items.map((s) =>
              h('li', null, h('a', { href: href(`report/${s.report_id}`, { section: s.id, q, scope }) }, sectionName(s)), h('span', { class: 'muted' }, ` · ${reports.get(String(s.report_id))?.title ?? `报告 ${s.report_id}`}`)),
            ),
          ),
        );
      })
      .catch((err) => results.replaceChildren(h('p', { class: 'error', role: 'alert' }, `搜索失败：${err.message}`)));
  }
  return h('div', null, form, results);
}

export async function reportPage(view, params, id) {
  view.replaceChildren(title('报告'), loading());
  const [report, metrics] = await Promise.all([api(`reports/${id}`), apiAll('metrics', { report: id })]);
  const byId = new Map();
  for (const m of metrics) {
    const k = String(m.section_id);
    if (!byId.has(k)) byId.set(k, []);
    byId.get(k).push(m);
  }
  const current = params.get('section');
  const panel = h('div', { class: 'panel' });
  if (current) {
    panel.append(loading());
    sectionPanel(current)
      .then((el) => panel.replaceChildren(el))
      .catch((err) => panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `章节加载失败：${err.message}`)));
  } else {
    panel.append(h('p', { class: 'muted' }, '在左侧目录中选择章节，查看原文。'));
  }
  view.replaceChildren(
    title(report.title),
    h(
      'p',
      { class: 'links' },
      h('a', { href: href('org', { name: report.organization }) }, report.organization),
      h('span', null, `${report.year} 年 · ${report.kind} · ${report.sections_count} 个章节 · ${report.metrics_count} 项数据`),
      h('a', { href: href('compare', { org: report.organization, year: report.year }) }, '同比分析'),
      h('a', { href: href('metrics', { report: report.id }) }, '本报告指标明细'),
    ),
    h(
      'div',
      { class: 'split' },
      h('nav', { class: 'outline', 'aria-label': '报告目录' }, h('h2', null, '目录与数据'), tree(report.outline, byId, report.id, current)),
      h('div', { class: 'side' }, searchBox(params, `report/${report.id}`, report.id), panel),
    ),
  );
}

export async function searchPage(view, params) {
  view.replaceChildren(title('章节搜索'), searchBox(params, 'search', null));
}

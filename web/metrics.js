// #/metrics — every figure, filtered (organisation, year, unit, result or
// target, with a growth rate or not, name), sorted and paged by the API,
// with a CSV download of the whole filtered list.
import { api, apiUrl, organizations } from './api.js';
import { h, href } from './dom.js';
import { growthText, scaleYuan, withUnit } from './num.js';
import { input, KIND_TEXT, loading, select, table, title } from './ui.js';

const FILTERS = ['org', 'year', 'report', 'unit', 'kind', 'has_yoy', 'name'];
const UNITS = ['亿元', '万元', '元', '万美元', '%', '家', '个', '项', '次', '户', '人', '亩'];
const SORTABLE = { name: '名称', value: '数值', yoy_pct: '同比', period_year: '期间', year: '报告年度' };
const CSV_LIMIT = 1000;

// The query of the API for the filters in the page's hash.
export function metricsQuery(params) {
  const q = {};
  for (const f of FILTERS) if (params.get(f)) q[f] = params.get(f);
  if (params.get('sort')) q.sort = params.get('sort');
  return q;
}

export async function metricsPage(view, params) {
  view.replaceChildren(title('指标明细'), loading());
  const limit = Number(params.get('limit')) || 20;
  const offset = Number(params.get('offset')) || 0;
  const query = metricsQuery(params);
  const [orgs, page] = await Promise.all([organizations(), api('metrics', { ...query, limit, offset })]);
  const years = [...new Set(orgs.flatMap((o) => o.reports.map((r) => r.year)))].sort().reverse();
  const go = (changes) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '' || v === undefined) next.delete(k);
      else next.set(k, v);
    }
    location.hash = `#/metrics?${next}`;
  };
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': '筛选',
      onsubmit: (e) => {
        e.preventDefault();
        const fd = new FormData(form);
        const changes = { offset: null };
        for (const f of FILTERS) if (f !== 'report') changes[f] = fd.get(f);
        go(changes);
      },
    },
    select('org', '单位', [['', '全部单位'], ...orgs.map((o) => [o.name, o.name])], params.get('org')),
    select('year', '报告年度', [['', '全部年度'], ...years.map((y) => [y, `${y} 年`])], params.get('year')),
    input('unit', '单位（计量）', params.get('unit'), { list: 'units', placeholder: '如：亿元', size: 6 }),
    h('datalist', { id: 'units' }, UNITS.map((u) => h('option', { value: u }))),
    select('kind', '类型', [['', '结果与目标'], ['result', '结果'], ['target', '目标']], params.get('kind')),
    select('has_yoy', '同比', [['', '不限'], ['true', '有同比'], ['false', '无同比']], params.get('has_yoy')),
    input('name', '名称包含', params.get('name'), { type: 'search', size: 10 }),
    h('button', { type: 'submit' }, '筛选'),
    h('a', { href: '#/metrics', class: 'button secondary' }, '清除'),
  );
  const sort = params.get('sort') || '';
  const th = (key, text) => {
    if (!SORTABLE[key]) return h('th', { scope: 'col' }, text);
    const dir = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
    return h(
      'th',
      { scope: 'col', 'aria-sort': dir || 'none' },
      h(
        'button',
        { type: 'button', class: 'sort', dataset: { sort: key }, onclick: () => go({ sort: dir === 'ascending' ? `-${key}` : key, offset: null }) },
        text,
        h('span', { 'aria-hidden': 'true' }, dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ' ⇅'),
      ),
    );
  };
  const total = Number(page.total);
  const csv = apiUrl('metrics', { ...query, format: 'csv', limit: CSV_LIMIT });
  const rows = page.items.map((m) => {
    const scaled = m.base_unit === '元' ? scaleYuan(m.base_value) : null;
    const showScaled = scaled && !(scaled.unit === m.unit && scaled.value === String(m.value));
    return h(
      'tr',
      { dataset: { metric: m.id } },
      h('td', null, m.organization),
      h('td', { class: 'n' }, m.report_year),
      h('td', { class: 'n' }, m.period_year ?? '—'),
      h('td', null, h('a', { href: href(`report/${m.report_id}`, { section: m.section_id }) }, m.name)),
      h('td', { class: 'n value' }, m.qualifier_text ? `${m.qualifier_text} ` : '', withUnit(m.value, m.unit)),
      h('td', { class: 'n' }, showScaled ? withUnit(scaled.value, scaled.unit) : ''),
      h('td', { class: 'n' }, growthText(m.yoy_pct, m.yoy_points)),
      h('td', null, KIND_TEXT[m.is_target ? 'target' : 'result']),
      h('td', { class: 'quote' }, m.quote),
    );
  });
  const from = total ? offset + 1 : 0;
  const to = Math.min(offset + page.items.length, total);
  view.replaceChildren(
    title('指标明细'),
    form,
    h(
      'p',
      { class: 'links' },
      h('span', { class: 'total', role: 'status' }, `共 ${total} 条，第 ${from}–${to} 条`),
      h('a', { href: csv, download: 'metrics.csv', class: 'button', id: 'csv-link' }, `下载 CSV（筛选结果 ${Math.min(total, CSV_LIMIT)} 条）`),
      total > CSV_LIMIT ? h('span', { class: 'muted' }, `（CSV 仅含前 ${CSV_LIMIT} 条，请缩小筛选范围）`) : null,
    ),
    table(
      '指标明细',
      [th('organization', '单位'), th('year', '报告年度'), th('period_year', '期间'), th('name', '名称'), th('value', '数值'), th('base', '折合'), th('yoy_pct', '同比'), th('kind', '类型'), th('quote', '原文')],
      rows,
      { class: 'metrics' },
    ),
    h(
      'nav',
      { class: 'pager', 'aria-label': '翻页' },
      h('button', { type: 'button', disabled: offset <= 0, onclick: () => go({ offset: Math.max(0, offset - limit) || null }) }, '上一页'),
      h('button', { type: 'button', disabled: offset + limit >= total, onclick: () => go({ offset: offset + limit }) }, '下一页'),
      select('limit', '每页', [[20, '20 条'], [50, '50 条'], [100, '100 条']], limit),
    ),
  );
  view.querySelector('#f-limit').addEventListener('change', (e) => go({ limit: e.target.value, offset: null }));
}

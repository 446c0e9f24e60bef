// #/indicators[?org=][&q=] — the indicators; #/indicator/ID?org= — one
// indicator's series across years as a line chart, targets against results,
// with the exact figures in a table below.
import { api, apiAll } from './api.js';
import { loadEcharts } from './chart.js';
import { h, href } from './dom.js';
import { scaleYuan, shiftDecimal, withUnit } from './num.js';
import { input, KIND_TEXT, loading, select, table, title } from './ui.js';

export async function indicatorsPage(view, params) {
  view.replaceChildren(title('指标走势'), loading());
  const org = params.get('org') || '';
  const q = params.get('q') || '';
  const items = await apiAll('indicators', { org, q });
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        const fd = new FormData(form);
        location.hash = href('indicators', { org, q: fd.get('q') });
      },
    },
    input('q', '查找指标', q, { type: 'search', placeholder: '如：工业增加值' }),
    h('button', { type: 'submit' }, '查找'),
  );
  view.replaceChildren(
    title('指标走势', org ? h('small', null, ` · ${org}`) : null),
    form,
    table(
      '指标',
      ['指标', '别名', '单位数', '数据点'].map((t) => h('th', { scope: 'col' }, t)),
      items.map((i) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: href(`indicator/${i.id}`, { org }) }, i.name)),
          h('td', { class: 'muted' }, (i.aliases || []).filter((a) => a !== i.name).join('、')),
          h('td', { class: 'n' }, i.organizations),
          h('td', { class: 'n' }, i.points),
        ),
      ),
      { class: 'indicators' },
    ),
  );
}

// The display unit of a chart: 亿元 or 万元 for amounts in 元 (from the
// largest value), else the base unit itself.
function chartUnit(points) {
  const unit = points[0]?.comparable_unit;
  if (unit !== '元') return { unit, shift: 0 };
  const widest = points.reduce((a, p) => (String(p.comparable_value).split('.')[0].length > a.length ? String(p.comparable_value).split('.')[0] : a), '0');
  const s = scaleYuan(widest);
  return { unit: s.unit, shift: s.unit === '亿元' ? -8 : s.unit === '万元' ? -4 : 0 };
}

export async function indicatorPage(view, params, id) {
  view.replaceChildren(title('指标走势'), loading());
  const ind = await api(`indicators/${id}`);
  const orgs = ind.organizations || [];
  const org = params.get('org') || orgs[0]?.organization || '';
  const points = await apiAll(`indicators/${id}/series`, { org });
  const levels = points.filter((p) => p.measure === 'level');
  const growth = points.filter((p) => p.measure === 'growth');
  const years = [...new Set(points.map((p) => String(p.period_year)))].sort();
  const { unit, shift } = chartUnit(levels);
  const at = (list, kind, year) => list.find((p) => p.kind === kind && String(p.period_year) === year);
  // Chart values are the API's digits moved into the display unit; the
  // tooltip and the table show the figures as written.
  const level = (kind) =>
    years.map((y) => {
      const p = at(levels, kind, y);
      return p ? { value: shiftDecimal(p.comparable_value, shift), label: withUnit(p.value, p.unit), source: p.source } : null;
    });
  const rate = (kind) =>
    years.map((y) => {
      const p = kind === 'target' ? at(growth, 'target', y) : at(levels, 'result', y) || at(growth, 'result', y);
      const v = p ? (kind === 'target' ? p.value : p.yoy_pct) : null;
      return v === null || v === undefined ? null : { value: String(v), label: `${v}%` };
    });
  const series = [
    { name: '实际（结果）', data: level('result'), yAxisIndex: 0, type: 'line', symbolSize: 8 },
    { name: '目标（总量）', data: level('target'), yAxisIndex: 0, type: 'line', symbolSize: 8, lineStyle: { type: 'dashed' } },
    { name: '实际增速', data: rate('result'), yAxisIndex: 1, type: 'line', symbolSize: 6 },
    { name: '目标增速', data: rate('target'), yAxisIndex: 1, type: 'line', symbolSize: 6, lineStyle: { type: 'dashed' } },
  ].filter((s) => s.data.some(Boolean));
  const chartBox = h('div', { class: 'chart', id: 'series-chart', role: 'img', 'aria-label': `${ind.name}（${org}）${years.join('、')} 年走势图` });
  view.replaceChildren(
    title(ind.name, org ? h('small', null, ` · ${org}`) : null),
    orgs.length > 1
      ? h(
          'form',
          {
            class: 'filters',
            onsubmit: (e) => {
              e.preventDefault();
              location.hash = href(`indicator/${id}`, { org: new FormData(e.target).get('org') });
            },
          },
          select('org', '单位', orgs.map((o) => [o.organization, `${o.organization}（${o.first_year}–${o.last_year}）`]), org),
          h('button', { type: 'submit' }, '查看'),
        )
      : null,
    h('p', { class: 'links' }, h('a', { href: href('compare', { org, year: years[years.length - 1] }) }, '同比分析'), h('a', { href: href('indicators', { org }) }, '全部指标')),
    chartBox,
    table(
      `${ind.name} 各年数据`,
      ['年度', '类型', '数值', '同比', '来源'].map((t) => h('th', { scope: 'col' }, t)),
      points.map((p) =>
        h(
          'tr',
          { dataset: { year: p.period_year, kind: p.kind } },
          h('td', { class: 'n' }, p.period_year),
          h('td', null, KIND_TEXT[p.kind] || p.kind, p.measure === 'growth' ? '（增速）' : ''),
          h('td', { class: 'n value' }, p.measure === 'growth' ? `增长 ${p.value}%` : withUnit(p.value, p.unit), p.qualifier === 'approx' ? ' 左右' : ''),
          h('td', { class: 'n' }, p.yoy_pct !== null && p.yoy_pct !== undefined ? `${p.yoy_pct}%` : '—'),
          h('td', null, p.source === 'implied' ? '推算（由下一年增速）' : '报告'),
        ),
      ),
      { class: 'series' },
    ),
  );
  const echarts = await loadEcharts();
  if (!chartBox.isConnected) return;
  const chart = echarts.init(chartBox, null, { renderer: 'canvas' });
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 56, right: 56, top: 48, bottom: 32 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      // Plain text lines: the figures as written, no inline styles (CSP).
      formatter: (items) =>
        [escape(items[0]?.axisValue + ' 年'), ...items.filter((i) => i.data).map((i) => escape(`${i.seriesName}：${i.data.label}${i.data.source === 'implied' ? '（推算）' : ''}`))].join('<br>'),
    },
    xAxis: { type: 'category', data: years, name: '年度' },
    yAxis: [
      { type: 'value', name: unit || '', scale: true },
      { type: 'value', name: '%', scale: true, splitLine: { show: false } },
    ],
    series,
  });
  const resize = () => (chartBox.isConnected ? chart.resize() : window.removeEventListener('resize', resize));
  window.addEventListener('resize', resize);
  window.addEventListener('hashchange', () => chart.dispose(), { once: true });
}

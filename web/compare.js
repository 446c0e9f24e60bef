// #/compare?org=&year=[&base=][&mode=target] — year over year for an
// organisation: reported and implied bases, stated against computed growth,
// discrepancies flagged; or targets against results.
import { api, organizations } from './api.js';
import { h, href } from './dom.js';
import { signed, withUnit } from './num.js';
import { loading, NOTE_TEXT, select, table, title } from './ui.js';

function pct(v) {
  return v === null || v === undefined ? '—' : `${v}%`;
}

function yoyRows(items, org) {
  return items.map((c) => {
    let base = '—';
    if (c.base_source === 'reported') {
      base = withUnit(c.base_reported_value, c.base_reported_unit);
      if (c.base_reported_unit !== c.unit && c.base_value !== null) base += `（折合 ${withUnit(c.base_value, c.unit)}）`;
    } else if (c.base_source === 'implied') {
      base = withUnit(c.base_value, c.unit);
    }
    const flagged = c.discrepancy_flag === true;
    return h(
      'tr',
      { class: flagged ? 'flagged' : null, dataset: { indicator: c.indicator_id ?? '', name: c.name } },
      h('td', null, c.indicator_id ? h('a', { href: href(`indicator/${c.indicator_id}`, { org }) }, c.indicator) : c.name, c.indicator && c.indicator !== c.name ? h('span', { class: 'muted' }, `（原文：${c.name}）`) : null),
      h('td', { class: 'n value' }, withUnit(c.value, c.unit)),
      h('td', { class: 'n' }, c.base_year),
      h('td', { class: 'n' }, base),
      h('td', null, c.base_source === 'reported' ? '报告值' : c.base_source === 'implied' ? h('span', { title: '由本期数值与报告增速推算' }, '推算值') : '—'),
      h('td', { class: 'n' }, c.change_points !== null && c.change_points !== undefined ? `${signed(c.change_points)} 个百分点` : c.change === null ? '—' : withUnit(signed(c.change), c.unit)),
      h('td', { class: 'n' }, c.base_source === 'reported' ? pct(c.change_pct) : '—'),
      h('td', { class: 'n' }, c.stated_yoy_points !== null && c.stated_yoy_points !== undefined ? `${c.stated_yoy_points} 个百分点` : pct(c.stated_yoy_pct)),
      h('td', { class: 'n' }, c.discrepancy === null || c.discrepancy === undefined ? '—' : `${signed(c.discrepancy)} 个百分点`, flagged ? h('strong', { class: 'flag' }, ' ⚠ 不一致') : null),
      h('td', null, NOTE_TEXT[c.note] || c.note || ''),
    );
  });
}

function targetRows(items, org) {
  return items.map((c) =>
    h(
      'tr',
      { class: c.attained === false ? 'flagged' : null, dataset: { indicator: c.indicator_id ?? '', name: c.name } },
      h('td', null, c.indicator_id ? h('a', { href: href(`indicator/${c.indicator_id}`, { org }) }, c.indicator) : c.name),
      h('td', { class: 'n' }, c.target_measure === 'growth' ? `增长 ${pct(c.target_value)}` : withUnit(c.target_value, c.target_unit)),
      h('td', { class: 'n value' }, c.result_value === null ? '—' : withUnit(c.result_value, c.result_unit), c.result_yoy_pct !== null && c.result_yoy_pct !== undefined ? `（增长 ${c.result_yoy_pct}%）` : ''),
      h('td', null, c.compared === 'growth' ? '按增速' : c.compared === 'level' ? '按总量' : '—'),
      h('td', { class: 'n' }, c.gap === null || c.gap === undefined ? '—' : c.compared === 'growth' ? `${signed(c.gap)} 个百分点` : withUnit(signed(c.gap), c.target_unit)),
      h('td', { class: 'n' }, c.gap_pct === null || c.gap_pct === undefined ? '—' : `${signed(c.gap_pct)}%`),
      h('td', null, c.attained === true ? h('span', { class: 'ok' }, '✓ 完成') : c.attained === false ? h('strong', { class: 'flag' }, '✗ 未完成') : '无结果'),
    ),
  );
}

export async function comparePage(view, params) {
  view.replaceChildren(title('同比分析'), loading());
  const orgs = await organizations();
  const org = params.get('org') || orgs[0]?.name;
  const o = orgs.find((x) => x.name === org);
  const years = o ? [...new Set(o.reports.map((r) => r.year))] : [];
  const year = params.get('year') || years[0];
  const mode = params.get('mode') || '';
  const onlyComparable = params.get('all') !== '1';
  const go = (changes) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    location.hash = `#/compare?${next}`;
  };
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': '选择单位与年度',
      onsubmit: (e) => {
        e.preventDefault();
        const fd = new FormData(form);
        const nextOrg = fd.get('org');
        go({ org: nextOrg, year: nextOrg === org ? fd.get('year') : null, mode: fd.get('mode'), all: fd.get('all') ? '1' : null });
      },
    },
    select('org', '单位', orgs.map((x) => [x.name, x.name]), org),
    select('year', '年度', years.map((y) => [y, `${y} 年`]), year),
    select('mode', '比较', [['', '与上年比较'], ['target', '目标完成情况']], mode),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'all', value: '1', checked: !onlyComparable }), '含无基期的数据'),
    h('button', { type: 'submit' }, '查看'),
  );
  if (!org || !year) {
    view.replaceChildren(title('同比分析'), form, h('p', { class: 'muted' }, '尚无数据。'));
    return;
  }
  const page = await api('comparisons', { org, year, mode: mode || null, limit: 1000 });
  let items = page.items;
  let body;
  if (mode === 'target') {
    body = table(
      `${org} ${year} 年目标完成情况`,
      ['指标', '年度目标', '实际完成', '比较方式', '差额', '差额比例', '完成情况'].map((t) => h('th', { scope: 'col' }, t)),
      targetRows(items, org),
      { class: 'compare target' },
    );
  } else {
    if (onlyComparable) items = items.filter((c) => c.base_source);
    const flagged = items.filter((c) => c.discrepancy_flag === true).length;
    body = [
      h(
        'p',
        { class: flagged ? 'warn' : 'muted', role: 'status' },
        flagged ? `⚠ ${flagged} 项报告增速与按两年数值计算的增速相差超过 0.5 个百分点。` : '报告增速与计算增速一致（相差不超过 0.5 个百分点）。',
      ),
      table(
        `${org} ${year} 年与 ${items[0]?.base_year ?? Number(year) - 1} 年比较`,
        ['指标', '本期', '基期年份', '基期数值', '基期来源', '变化', '计算增速', '报告增速', '差异', '备注'].map((t) => h('th', { scope: 'col' }, t)),
        yoyRows(items, org),
        { class: 'compare' },
      ),
      h('p', { class: 'muted small' }, '报告值：基期年份报告中的数值；推算值：本期数值 ÷（1 + 报告增速）。差异 = 计算增速 − 报告增速，仅在有基期报告值时计算。'),
    ];
  }
  view.replaceChildren(title(`${org} · ${year} 年`, h('small', null, mode === 'target' ? ' 目标完成情况' : ' 同比分析')), form, body);
}

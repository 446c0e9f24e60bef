// Ordinary code on top of api-client.ts, the way the dashboard uses the API:
// headline figures, the outline, a year-over-year table, an indicator's
// series. Every field is used as the generated types give it.
import { ApiError, ReportApi, type Metric, type Schemas } from './api-client';

/** "182.9 亿元 (+6.1%)": a figure as a card shows it. */
export function figureLabel(m: Metric): string {
  const growth = m.yoy_pct !== null ? ` (${m.yoy_pct >= 0 ? '+' : ''}${m.yoy_pct}%)` : '';
  const approx = m.approx ? (m.qualifier_text ?? '约') : '';
  return `${approx}${m.value} ${m.unit}${growth}`;
}

/** The sum of figures in base units, per base unit (元, 家, %). */
export function totalsByBaseUnit(items: Metric[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const m of items) totals.set(m.base_unit, (totals.get(m.base_unit) ?? 0) + m.base_value);
  return totals;
}

/** Headings of a report's outline, indented by level. */
export function outlineLines(nodes: Schemas['OutlineNode'][], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label ?? ''}${n.heading ?? n.role}${n.is_plan ? ' (计划)' : ''}`,
    ...outlineLines(n.children, depth + 1),
  ]);
}

/** One line per comparison or target: the list says which kind it holds. */
export function comparisonLines(list: Schemas['ComparisonList']): string[] {
  if (list.item_kind === 'comparison') {
    return list.items.map((c) => `${c.year} ${c.indicator}: ${c.value} ${c.unit}` + (c.discrepancy_flag ? ` ⚠ ${c.discrepancy_flag}` : ''));
  }
  return list.items.map((t) => `${t.year} ${t.indicator}: 目标 ${t.target_value} ${t.target_unit}`);
}

/** The names of indicators, or of names no indicator claims. */
export function indicatorNames(list: Schemas['IndicatorList']): string[] {
  switch (list.item_kind) {
    case 'indicator':
      return list.items.map((i) => `${i.name} (${i.aliases.join('、')})`);
    case 'unmatched_name':
      return list.items.map((u) => `${u.organization}: ${u.name} [${u.status}]`);
  }
}

/** An indicator's points by year for a chart: results and targets apart. */
export function chartSeries(list: Schemas['SeriesList']): { year: number; value: number; target: boolean }[] {
  return list.items.map((p) => ({ year: p.period_year, value: p.comparable_value, target: p.kind === 'target' }));
}

export async function headline(api: ReportApi): Promise<string[]> {
  try {
    const orgs = await api.organizations({ limit: 100 });
    const lines: string[] = [];
    for (const org of orgs.items) {
      const latest = org.latest_report;
      const report = await api.report(latest.id);
      const metrics = await api.metrics({ report: report.id, kind: 'result', limit: 5 });
      lines.push(`${org.organization} ${latest.year} ${report.title}: ${metrics.items.map(figureLabel).join('；')}`);
      lines.push(...outlineLines(report.outline));
    }
    return lines;
  } catch (e) {
    if (e instanceof ApiError && e.problem.code === 'database_unavailable') return ['数据库暂不可用'];
    throw e;
  }
}

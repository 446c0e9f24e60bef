// A small typed client of the report API, written as a front-end developer
// would write one against the types openapi-typescript generates from
// api/openapi.json (tests/client/check.sh puts them in build/ts-client). It
// is type-checked, never run: what it proves is that ordinary code compiles
// under `tsc --strict` with no `!`, no `?.` on fields the server always
// sends, and no casts — which holds only while the document marks those
// fields `required`, gives each one JSON type, and discriminates its unions.
import type { components, operations } from 'report-api';

export type Schemas = components['schemas'];
export type Metric = Schemas['Metric'];
export type Problem = Schemas['Problem'];

type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** A failed request: the RFC 9457 problem the server answered with. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
  }
}

function queryString(query: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function getJson<T>(base: string, path: string, query: Record<string, string | number | boolean | undefined> = {}): Promise<T> {
  const res = await fetch(`${base}${path}${queryString(query)}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new ApiError((await res.json()) as Problem);
  return (await res.json()) as T;
}

export class ReportApi {
  constructor(private readonly base: string) {}

  organizations(query: Query<'listOrganizations'> = {}): Promise<Schemas['OrganizationList']> {
    return getJson(this.base, '/api/v1/organizations', query);
  }

  report(id: number): Promise<Schemas['ReportDetail']> {
    return getJson(this.base, `/api/v1/reports/${id}`);
  }

  metrics(query: Query<'listMetrics'> = {}): Promise<Schemas['MetricList']> {
    return getJson(this.base, '/api/v1/metrics', query);
  }

  indicators(query: Query<'listIndicators'> = {}): Promise<Schemas['IndicatorList']> {
    return getJson(this.base, '/api/v1/indicators', query);
  }

  comparisons(query: Query<'listComparisons'>): Promise<Schemas['ComparisonList']> {
    return getJson(this.base, '/api/v1/comparisons', query);
  }

  series(query: Query<'listSeries'>): Promise<Schemas['SeriesList']> {
    return getJson(this.base, '/api/v1/series', query);
  }
}

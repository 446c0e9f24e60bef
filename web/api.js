// The REST API of report-server, same origin: /api/v1.
import { parseExact } from './json.js';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

// The URL of an API path with query parameters (empty ones left out).
export function apiUrl(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {}))
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return `/api/v1/${path}${s ? '?' + s : ''}`;
}

export async function api(path, params) {
  // Lists count their rows only when asked (Prefer); the pages show "共 N 条".
  const res = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json', Prefer: 'count=exact' } });
  const text = await res.text();
  if (!res.ok) {
    let detail = '';
    try {
      detail = JSON.parse(text).detail;
    } catch {
      detail = text.slice(0, 200);
    }
    throw new ApiError(res.status, detail);
  }
  return parseExact(text);
}

// Every item of a list route (pages of 1000).
export async function apiAll(path, params) {
  const items = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api(path, { ...params, limit: 1000, offset });
    items.push(...page.items);
    if (items.length >= Number(page.total) || page.items.length === 0) return items;
  }
}

let openapiPaths = null;
// 1 when this server's OpenAPI document has the path: routes that other
// work adds (/api/v1/organizations) are used once they exist, without a
// request that would answer 404.
export async function hasRoute(path) {
  if (!openapiPaths) {
    const doc = await api('openapi.json');
    openapiPaths = new Set(Object.keys(doc.paths || {}));
  }
  return openapiPaths.has(path);
}

// The organisations with their reports, newest year first:
// [{name, reports: [...]}], from /api/v1/organizations when the server has
// it, else derived from /api/v1/reports.
// Kept for a minute: every page names organisations and reports, and they
// change only with an import.
let orgCache = null;
export function organizations() {
  if (!orgCache || Date.now() - orgCache.at > 60000) {
    const promise = loadOrganizations();
    orgCache = { at: Date.now(), promise };
    promise.catch(() => (orgCache = null));
  }
  return orgCache.promise;
}

// The reports by id, from the same list.
export async function reportsById() {
  const map = new Map();
  for (const o of await organizations()) for (const r of o.reports) map.set(String(r.id), r);
  return map;
}

async function loadOrganizations() {
  const reports = await apiAll('reports');
  const byOrg = new Map();
  if (await hasRoute('/api/v1/organizations')) {
    for (const o of await apiAll('organizations')) {
      const name = o.name ?? o.organization;
      if (name) byOrg.set(name, { name, reports: [] });
    }
  }
  for (const r of reports) {
    if (!byOrg.has(r.organization)) byOrg.set(r.organization, { name: r.organization, reports: [] });
    byOrg.get(r.organization).reports.push(r);
  }
  for (const o of byOrg.values())
    o.reports.sort((a, b) => Number(b.year) - Number(a.year) || a.kind.localeCompare(b.kind, 'zh'));
  return [...byOrg.values()];
}

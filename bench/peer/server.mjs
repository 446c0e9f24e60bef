// The benchmark's peer: what an ordinary, well-made Node.js service would be
// for the three routes bench/server_bench.sh measures — Fastify with the pg
// driver's pool, one process per CPU (node:cluster), the very SQL that
// bin/report-server runs (server/list_query.c, server/handlers_sections.c,
// server/handlers_comparisons.c), and the same JSON shapes (lists without a
// total, as the server's default). It has no
// response cache, so it is compared with the server's no-cache variant:
// the ratio says what the C server's own work (HTTP, rows to JSON, ETag)
// buys over a typical stack doing the same database work.
//
//   node bench/peer/server.mjs PORT DATABASE_URL WORKERS
//
// Numeric columns arrive from pg as exact strings; they are printed as JSON
// numbers spliced from that text (not through a double), as the server does,
// so both send the same digits.
import cluster from 'node:cluster';
import Fastify from 'fastify';
import pg from 'pg';

const [port, databaseUrl, workersArg] = process.argv.slice(2);
const workers = Number(workersArg || 1);
if (!port || !databaseUrl) {
  console.error('usage: node server.mjs PORT DATABASE_URL [WORKERS]');
  process.exit(2);
}

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (w, code) => {
    if (code !== 0 && !stopping) process.exit(code);
  });
  // SIGTERM (the benchmark's clean-up): the workers first, then exit 0.
  process.on('SIGTERM', () => {
    stopping = true;
    for (const w of Object.values(cluster.workers)) w.kill('SIGTERM');
    cluster.disconnect(() => process.exit(0));
  });
} else {
  process.on('SIGTERM', () => process.exit(0));
  serve();
}

// server/metric_rows.h: the indicator by a scalar subquery per row shown
// (since stop 18), not a join.
const METRIC_SELECT =
  'm.id, m.report_id, m.section_id,' +
  ' (SELECT mm.indicator_id FROM metric_matches mm WHERE mm.metric_id = m.id) AS indicator_id,' +
  ' r.organization,' +
  ' r.year AS report_year, m.position, m.name, m.value, m.unit, m.base_value,' +
  ' m.base_unit, m.qualifier, m.qualifier_text,' +
  ' m.qualifier IS NOT NULL AS approx, m.yoy_pct, m.yoy_points, m.is_target,' +
  ' m.is_ranking, m.period_year, m.against_year, m.quote, m.span_start, m.span_end';
const METRIC_FROM = 'metrics m JOIN reports r ON r.id = m.report_id';
const COMPARISON_SELECT =
  'organization, year, indicator_id, indicator, name, matched, measure, metric_id, ' +
  'section_id, report_id, value, unit, comparable_value, comparable_unit, stated_yoy_pct, ' +
  'stated_yoy_points, base_year, base_source, base_metric_id, base_section_id, base_value, ' +
  'base_comparable_value, base_reported_value, base_reported_unit, change, ' +
  'change_comparable, change_pct, change_points, discrepancy, discrepancy_flag, note';

// The list statement of server/list_query.c by default (no Prefer: count):
// one row more than the page, which tells whether a next page exists.
function listSql(select, from, where, order, nParams) {
  return `SELECT ${select} FROM ${from}${where} ORDER BY ${order} LIMIT $${nParams + 1} OFFSET $${nParams + 2}`;
}

// pg type ids whose text is a number to print as is.
const NUMERIC_OIDS = new Set([20, 21, 23, 700, 701, 1700]);

// Rows to JSON text, numbers spliced from PostgreSQL's exact text.
function rowsJson(result, skip) {
  const cols = result.fields.filter((f) => !skip.has(f.name));
  const parts = result.rows.map((row) => {
    const kv = cols.map((f) => {
      const v = row[f.name];
      let text;
      if (v === null) text = 'null';
      else if (NUMERIC_OIDS.has(f.dataTypeID)) text = String(v);
      else text = JSON.stringify(v);
      return `${JSON.stringify(f.name)}:${text}`;
    });
    return `{${kv.join(',')}}`;
  });
  return `[${parts.join(',')}]`;
}

function paging(query) {
  const limit = query.limit === undefined ? 100 : Number(query.limit);
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return null;
  if (!Number.isInteger(offset) || offset < 0) return null;
  return { limit, offset };
}

// cursor(last): the next_after of a page ending at `last` (server/list_cursor.h:
// base64url of [sort, key, ...]), or null for lists without keyset paging.
async function listReply(pool, reply, itemKind, cursor, select, from, where, order, params, page) {
  const r = await pool.query(listSql(select, from, where, order, params.length), [
    ...params,
    page.limit + 1,
    page.offset,
  ]);
  if (r.rows.length > page.limit) reply.header('Link', '<next>; rel="next"');
  const items = rowsJson({ ...r, rows: r.rows.slice(0, page.limit) }, new Set());
  reply.type('application/json');
  const kind = itemKind ? `"item_kind":${JSON.stringify(itemKind)},` : '';
  const next =
    cursor && r.rows.length > page.limit
      ? `,"next_after":${JSON.stringify(Buffer.from(JSON.stringify(cursor(r.rows[page.limit - 1]))).toString('base64url'))}`
      : '';
  return `{${kind}"items":${items},"limit":${page.limit},"offset":${page.offset}${next}}`;
}

function problem(reply, status, detail) {
  reply.code(status).type('application/problem+json');
  return JSON.stringify({ status, detail });
}

function serve() {
  // Numbers stay text (the default for numeric and int8; int4 too here).
  pg.types.setTypeParser(23, (v) => v);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  const app = Fastify({ logger: false });

  app.get('/readyz', async () => ({ status: 'ready' }));

  app.get('/api/v1/metrics', async (req, reply) => {
    const page = paging(req.query);
    if (!page) return problem(reply, 400, 'bad paging');
    return listReply(pool, reply, null, (m) => ['position', Number(m.report_id), Number(m.position)], METRIC_SELECT, METRIC_FROM, '', 'm.report_id, m.position, m.id', [], page);
  });

  app.get('/api/v1/comparisons', async (req, reply) => {
    const page = paging(req.query);
    const { org } = req.query;
    const year = Number(req.query.year);
    if (!page || !org || !Number.isInteger(year)) return problem(reply, 400, 'bad parameters');
    return listReply(
      pool,
      reply,
      'comparison',
      null,
      COMPARISON_SELECT,
      'comparison_rows',
      ' WHERE organization = $1 AND year >= $2::integer AND year <= $3::integer',
      'year, metric_id',
      [org, year, year],
      page,
    );
  });

  app.get('/api/v1/sections/:id', async (req, reply) => {
    const id = req.params.id;
    if (!/^[1-9][0-9]{0,17}$/.test(id)) return problem(reply, 400, 'bad id');
    const section = await pool.query(
      'SELECT id, report_id, parent_id, position, level, role, label, heading,' +
        ' is_plan, body, char_start, body_start, char_end FROM sections WHERE id = $1',
      [id],
    );
    if (section.rows.length === 0) return problem(reply, 404, 'no such section');
    const report = await pool.query(
      'SELECT r.id, r.organization, r.year, r.kind, r.title FROM reports r' +
        ' JOIN sections s ON s.report_id = r.id WHERE s.id = $1',
      [id],
    );
    const ancestors = await pool.query(
      'WITH RECURSIVE up AS (' +
        ' SELECT parent_id AS id, 1 AS depth FROM sections WHERE id = $1' +
        ' UNION ALL' +
        ' SELECT s.parent_id, up.depth + 1 FROM sections s JOIN up ON s.id = up.id' +
        ' WHERE s.parent_id IS NOT NULL)' +
        ' SELECT s.id, s.level, s.label, s.heading' +
        ' FROM up JOIN sections s ON s.id = up.id ORDER BY up.depth DESC',
      [id],
    );
    const children = await pool.query(
      'SELECT id, level, label, heading FROM sections WHERE parent_id = $1 ORDER BY position',
      [id],
    );
    const metrics = await pool.query(
      `SELECT ${METRIC_SELECT} FROM ${METRIC_FROM} WHERE m.section_id = $1 ORDER BY m.position`,
      [id],
    );
    const none = new Set();
    const head = rowsJson(section, none).slice(2, -2);
    const rep = report.rows.length ? rowsJson(report, none).slice(1, -1) : 'null';
    reply.type('application/json');
    return (
      `{${head},"report":${rep},"breadcrumb":${rowsJson(ancestors, none)},` +
      `"children":${rowsJson(children, none)},"metrics":${rowsJson(metrics, none)}}`
    );
  });

  app.listen({ port: Number(port), host: '127.0.0.1' }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}

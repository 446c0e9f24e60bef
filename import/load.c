#include "load.h"

#include "db.h"
#include "log.h"
#include "sb.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void load_timestamp(char *out, size_t size)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	char stamp[24];
	strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(out, size, "%s.%06ld+00", stamp, ts.tv_nsec / 1000);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Runs a parameterised statement. Returns the result (caller PQclears) when
 * it succeeded; otherwise fills out->error ("what: message") and
 * out->connection_lost and returns NULL. */
static PGresult *run(PGconn *conn, load_result *out, const char *what, const char *sql, int n,
                     const char *const *params)
{
	PGresult *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return res;
	char err[900];
	db_error_text(conn, res, err, sizeof err);
	snprintf(out->error, sizeof out->error, "%s: %s", what, err);
	out->connection_lost = db_connection_lost(conn, res);
	PQclear(res);
	return NULL;
}

/* Like run() for statements whose rows are not needed. Returns 0 or -1. */
static int run_command(PGconn *conn, load_result *out, const char *what, const char *sql, int n,
                       const char *const *params)
{
	PGresult *res = run(conn, out, what, sql, n, params);
	PQclear(res);
	return res ? 0 : -1;
}

/* ---- PostgreSQL array literals ------------------------------------------
 * Each column of a table goes as one text parameter holding an array
 * literal, unnest()ed server side: one statement per table whatever the
 * number of rows. Every element is double-quoted with " and \ escaped; NULL
 * stays bare. */

static void arr_text(sb *b, const char *s)
{
	sb_putc(b, b->len == 0 ? '{' : ',');
	if (!s) {
		sb_puts(b, "NULL");
		return;
	}
	sb_putc(b, '"');
	const char *run_start = s;
	for (const char *p = s; *p; p++)
		if (*p == '"' || *p == '\\') {
			sb_append(b, run_start, (size_t)(p - run_start));
			sb_putc(b, '\\');
			run_start = p;
		}
	sb_puts(b, run_start);
	sb_putc(b, '"');
}

static void arr_int(sb *b, long long v)
{
	char num[24];
	snprintf(num, sizeof num, "%lld", v);
	arr_text(b, num);
}

static void arr_bool(sb *b, int v)
{
	arr_text(b, v ? "t" : "f");
}

/* The finished literal; "{}" for no elements. Not owned by the caller. */
static const char *arr_done(sb *b)
{
	if (b->len == 0)
		sb_putc(b, '{');
	sb_putc(b, '}');
	return sb_str(b);
}

/* A parent must come before its child (report.h); anything else is dropped
 * to the top level rather than making a cycle. */
static int parent_of(const report *r, size_t i)
{
	int p = r->sections[i].parent;
	return p >= 0 && (size_t)p < i ? p : -1;
}

enum {
	SEC_POSITION,
	SEC_LEVEL,
	SEC_ROLE,
	SEC_LABEL,
	SEC_ORDINAL,
	SEC_HEADING,
	SEC_BODY,
	SEC_START,
	SEC_BODY_START,
	SEC_END,
	SEC_IS_PLAN,
	SEC_COLUMNS
};

static int insert_sections(PGconn *conn, const report *r, const char *report_id, load_result *out)
{
	sb cols[SEC_COLUMNS], child = SB_INIT, parent = SB_INIT;
	for (int c = 0; c < SEC_COLUMNS; c++)
		cols[c] = (sb)SB_INIT;
	size_t n_parented = 0;
	int rc = -1;
	for (size_t i = 0; i < r->n_sections; i++) {
		const rp_section *s = &r->sections[i];
		arr_int(&cols[SEC_POSITION], (long long)i);
		arr_int(&cols[SEC_LEVEL], s->level);
		arr_text(&cols[SEC_ROLE], section_role_name(s->role));
		arr_text(&cols[SEC_LABEL], s->label);
		arr_int(&cols[SEC_ORDINAL], s->ordinal);
		arr_text(&cols[SEC_HEADING], s->heading);
		arr_text(&cols[SEC_BODY], s->body ? s->body : "");
		arr_int(&cols[SEC_START], (long long)s->start);
		arr_int(&cols[SEC_BODY_START], (long long)s->body_start);
		arr_int(&cols[SEC_END], (long long)s->end);
		arr_bool(&cols[SEC_IS_PLAN], s->is_plan);
		if (parent_of(r, i) >= 0) {
			arr_int(&child, (long long)i);
			arr_int(&parent, parent_of(r, i));
			n_parented++;
		}
	}
	const char *params[1 + SEC_COLUMNS];
	params[0] = report_id;
	for (int c = 0; c < SEC_COLUMNS; c++)
		params[1 + c] = arr_done(&cols[c]);
	PGresult *res = run(
	    conn, out, "inserting sections",
	    "INSERT INTO sections (report_id, position, level, role, label, ordinal, heading, body,"
	    "                      char_start, body_start, char_end, is_plan)"
	    " SELECT $1::bigint, u.* FROM unnest($2::integer[], $3::smallint[], $4::text[],"
	    "   $5::text[], $6::integer[], $7::text[], $8::text[], $9::integer[], $10::integer[],"
	    "   $11::integer[], $12::boolean[])"
	    "  AS u(position, level, role, label, ordinal, heading, body, char_start, body_start,"
	    "       char_end, is_plan)",
	    1 + SEC_COLUMNS, params);
	if (!res)
		goto out;
	PQclear(res);
	if (n_parented) {
		/* Parent ids exist only once the parents are inserted: map them
		 * from positions in a second statement. */
		const char *link[] = {report_id, arr_done(&child), arr_done(&parent)};
		if (run_command(conn, out, "linking sections to their parents",
		                "UPDATE sections c SET parent_id = p.id"
		                " FROM unnest($2::integer[], $3::integer[]) AS m(position, parent),"
		                "      sections p"
		                " WHERE c.report_id = $1::bigint AND c.position = m.position"
		                "   AND p.report_id = $1::bigint AND p.position = m.parent",
		                3, link) < 0)
			goto out;
	}
	rc = 0;
out:
	for (int c = 0; c < SEC_COLUMNS; c++)
		sb_free(&cols[c]);
	sb_free(&child);
	sb_free(&parent);
	return rc;
}

enum {
	MET_POSITION,
	MET_SECTION,
	MET_NAME,
	MET_VALUE,
	MET_UNIT,
	MET_BASE_VALUE,
	MET_BASE_UNIT,
	MET_QUALIFIER,
	MET_QUALIFIER_TEXT,
	MET_YOY_PCT,
	MET_YOY_POINTS,
	MET_IS_TARGET,
	MET_IS_RANKING,
	MET_PERIOD_YEAR,
	MET_AGAINST_YEAR,
	MET_QUOTE,
	MET_SPAN_START,
	MET_SPAN_END,
	MET_COLUMNS
};

/* The range of metrics.against_year (migrations/0012). The extractor takes
 * any four digits after 比/较/与 for a base year; one outside the range
 * (比1000年) is no year, and it goes in as NULL: the figure stays, with its
 * quote, and the import does not fail on the column's CHECK. */
#define AGAINST_YEAR_MIN 1900
#define AGAINST_YEAR_MAX 2200

static int insert_metrics(PGconn *conn, const report *r, const char *report_id, load_result *out)
{
	sb cols[MET_COLUMNS];
	for (int c = 0; c < MET_COLUMNS; c++)
		cols[c] = (sb)SB_INIT;
	int rc = -1;
	for (size_t i = 0; i < r->n_metrics; i++) {
		const rp_metric *m = &r->metrics[i];
		if (m->section < 0 || (size_t)m->section >= r->n_sections) {
			snprintf(
			    out->error, sizeof out->error,
			    "metric %zu (%s) has no section: the parser's output is inconsistent",
			    i, m->name ? m->name : "?");
			goto out;
		}
		char year[16], against[16];
		snprintf(year, sizeof year, "%d", m->period_year);
		snprintf(against, sizeof against, "%d", m->base_year);
		int has_against =
		    m->base_year >= AGAINST_YEAR_MIN && m->base_year <= AGAINST_YEAR_MAX;
		arr_int(&cols[MET_POSITION], (long long)i);
		arr_int(&cols[MET_SECTION], m->section);
		arr_text(&cols[MET_NAME], m->name);
		arr_text(&cols[MET_VALUE], m->value);
		arr_text(&cols[MET_UNIT], m->unit);
		arr_text(&cols[MET_BASE_VALUE], m->base_value);
		arr_text(&cols[MET_BASE_UNIT], m->base_unit);
		arr_text(&cols[MET_QUALIFIER], metric_qualifier_name(m->qualifier));
		arr_text(&cols[MET_QUALIFIER_TEXT], m->qualifier_text);
		arr_text(&cols[MET_YOY_PCT], m->yoy_pct);
		arr_text(&cols[MET_YOY_POINTS], m->yoy_points);
		arr_bool(&cols[MET_IS_TARGET], m->is_target);
		arr_bool(&cols[MET_IS_RANKING], m->is_ranking);
		arr_text(&cols[MET_PERIOD_YEAR], m->period_year ? year : NULL);
		arr_text(&cols[MET_AGAINST_YEAR], has_against ? against : NULL);
		arr_text(&cols[MET_QUOTE], m->quote);
		arr_int(&cols[MET_SPAN_START], (long long)m->span_start);
		arr_int(&cols[MET_SPAN_END], (long long)m->span_end);
	}
	const char *params[1 + MET_COLUMNS];
	params[0] = report_id;
	for (int c = 0; c < MET_COLUMNS; c++)
		params[1 + c] = arr_done(&cols[c]);
	/* Values go as text into numeric columns: exact, never through a double. */
	rc = run_command(
	    conn, out, "inserting metrics",
	    "INSERT INTO metrics (report_id, section_id, position, name, value, unit, base_value,"
	    "                     base_unit, qualifier, qualifier_text, yoy_pct, yoy_points,"
	    "                     is_target, is_ranking, period_year, against_year, quote,"
	    "                     span_start, span_end)"
	    " SELECT $1::bigint, s.id, u.position, u.name, u.value, u.unit, u.base_value,"
	    "        u.base_unit, u.qualifier, u.qualifier_text, u.yoy_pct, u.yoy_points,"
	    "        u.is_target, u.is_ranking, u.period_year, u.against_year, u.quote,"
	    "        u.span_start, u.span_end"
	    " FROM unnest($2::integer[], $3::integer[], $4::text[], $5::numeric[], $6::text[],"
	    "   $7::numeric[], $8::text[], $9::text[], $10::text[], $11::numeric[], $12::numeric[],"
	    "   $13::boolean[], $14::boolean[], $15::integer[], $16::integer[], $17::text[],"
	    "   $18::integer[], $19::integer[])"
	    "  AS u(position, section, name, value, unit, base_value, base_unit, qualifier,"
	    "       qualifier_text, yoy_pct, yoy_points, is_target, is_ranking, period_year,"
	    "       against_year, quote, span_start, span_end)"
	    " JOIN sections s ON s.report_id = $1::bigint AND s.position = u.section",
	    1 + MET_COLUMNS, params);
out:
	for (int c = 0; c < MET_COLUMNS; c++)
		sb_free(&cols[c]);
	return rc;
}

/* REPORT_IMPORT_TEST_PAUSE_MS: see load.h. */
static void test_pause(void)
{
	const char *v = getenv("REPORT_IMPORT_TEST_PAUSE_MS");
	long ms = v ? strtol(v, NULL, 10) : 0;
	if (ms <= 0)
		return;
	log_warn("test hook: pausing %ld ms inside the import transaction", ms);
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* Inserts the report and its rows; fills out->report_id and the counts. */
static int insert_report(PGconn *conn, const load_request *req, load_result *out)
{
	const report *r = req->r;
	char year[16];
	snprintf(year, sizeof year, "%d", r->year);
	const char *params[] = {r->organization,
	                        year,
	                        r->kind,
	                        r->title ? r->title : "",
	                        req->source_file,
	                        req->content_hash,
	                        r->text ? r->text : ""};
	PGresult *res = run(conn, out, "inserting the report",
	                    "INSERT INTO reports (organization, year, kind, title, source_file,"
	                    "                     content_hash, text)"
	                    " VALUES ($1, $2::integer, $3, $4, $5, $6, $7) RETURNING id",
	                    7, params);
	if (!res)
		return -1;
	out->report_id = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	char id[24];
	snprintf(id, sizeof id, "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	if (insert_sections(conn, r, id, out) < 0)
		return -1;
	test_pause();
	if (insert_metrics(conn, r, id, out) < 0)
		return -1;
	out->n_sections = (long long)r->n_sections;
	out->n_metrics = (long long)r->n_metrics;
	return 0;
}

/* Derived data and listeners: report_after_import (when migration 0003 has
 * defined it) and the change notification, both inside the transaction so
 * that they happen exactly when the data commits. */
static int after_import(PGconn *conn, const char *id, load_result *out)
{
	const char *params[] = {id};
	PGresult *res =
	    run(conn, out, "looking for report_after_import",
	        "SELECT to_regprocedure('report_after_import(bigint)') IS NOT NULL", 0, NULL);
	if (!res)
		return -1;
	int exists = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (exists && run_command(conn, out, "report_after_import",
	                          "SELECT report_after_import($1::bigint)", 1, params) < 0)
		return -1;
	/* The payload ends with the WAL position, taken in this transaction
	 * (migration 0007 does the same in the triggers): servers reading
	 * from a replica cache nothing until it has replayed that far. */
	return run_command(
	    conn, out, "notifying report_data_changed",
	    "SELECT pg_notify('report_data_changed', $1 || ' ' || pg_current_wal_lsn())", 1,
	    params);
}

static int record_success(PGconn *conn, const load_request *req, load_result *out)
{
	static const char *const names[] = {"imported", "replaced", "unchanged"};
	char id[24], secs[24], mets[24];
	snprintf(id, sizeof id, "%lld", out->report_id);
	snprintf(secs, sizeof secs, "%lld", out->n_sections);
	snprintf(mets, sizeof mets, "%lld", out->n_metrics);
	const char *params[] = {req->source_file,
	                        req->content_hash,
	                        req->started_at,
	                        names[out->status],
	                        id,
	                        secs,
	                        mets};
	return run_command(conn, out, "recording the run",
	                   "INSERT INTO import_runs (source_file, content_hash, started_at,"
	                   "  finished_at, status, report_id, sections_count, metrics_count)"
	                   " VALUES ($1, $2, $3::timestamptz, clock_timestamp(), $4, $5::bigint,"
	                   "         $6::integer, $7::integer)",
	                   7, params);
}

/* The body of the transaction; returns 0 to commit, -1 to roll back. */
static int load_in_transaction(PGconn *conn, const load_request *req, load_result *out)
{
	const report *r = req->r;
	char year[16];
	snprintf(year, sizeof year, "%d", r->year);
	const char *key[] = {r->organization, year, r->kind};
	/* Serialises imports of the same report: the second waits, then sees the
	 * first one's row. The UNIQUE constraint is the second line of defence. */
	if (run_command(conn, out, "locking the report key",
	                "SELECT pg_advisory_xact_lock(hashtextextended("
	                "  $1 || E'\\x1f' || $2 || E'\\x1f' || $3, 0))",
	                3, key) < 0)
		return -1;
	PGresult *res = run(conn, out, "looking up the report",
	                    "SELECT r.id, r.content_hash,"
	                    "  (SELECT count(*) FROM sections s WHERE s.report_id = r.id),"
	                    "  (SELECT count(*) FROM metrics m WHERE m.report_id = r.id)"
	                    " FROM reports r"
	                    " WHERE r.organization = $1 AND r.year = $2::integer AND r.kind = $3",
	                    3, key);
	if (!res)
		return -1;
	int exists = PQntuples(res) > 0;
	char old_id[24] = "";
	if (exists) {
		snprintf(old_id, sizeof old_id, "%s", PQgetvalue(res, 0, 0));
		int same = strcmp(PQgetvalue(res, 0, 1), req->content_hash) == 0;
		if (!req->replace) {
			out->report_id = strtoll(old_id, NULL, 10);
			out->n_sections = strtoll(PQgetvalue(res, 0, 2), NULL, 10);
			out->n_metrics = strtoll(PQgetvalue(res, 0, 3), NULL, 10);
			PQclear(res);
			if (!same) {
				out->status = LOAD_CONFLICT;
				snprintf(
				    out->error, sizeof out->error,
				    "%s %d %s is already imported (report %s) from other content;"
				    " use --replace to replace it",
				    r->organization, r->year, r->kind, old_id);
				return -1;
			}
			out->status = LOAD_UNCHANGED;
			return record_success(conn, req, out);
		}
	}
	PQclear(res);
	if (exists) {
		const char *params[] = {old_id};
		if (run_command(conn, out, "deleting the old report",
		                "DELETE FROM reports WHERE id = $1::bigint", 1, params) < 0)
			return -1;
	}
	if (insert_report(conn, req, out) < 0)
		return -1;
	out->status = exists ? LOAD_REPLACED : LOAD_IMPORTED;
	char id[24];
	snprintf(id, sizeof id, "%lld", out->report_id);
	if (after_import(conn, id, out) < 0)
		return -1;
	return record_success(conn, req, out);
}

/* REPORT_IMPORT_STATEMENT_TIMEOUT (see load.h) as a PostgreSQL duration. */
static const char *statement_timeout(void)
{
	static char value[32];
	const char *v = getenv("REPORT_IMPORT_STATEMENT_TIMEOUT");
	char *end = NULL;
	long seconds = v ? strtol(v, &end, 10) : 0;
	if (!v || !end || *end || end == v || seconds <= 0 || seconds > 86400)
		seconds = LOAD_STATEMENT_TIMEOUT_S;
	snprintf(value, sizeof value, "%lds", seconds);
	return value;
}

static void rollback(PGconn *conn)
{
	if (PQstatus(conn) == CONNECTION_OK)
		PQclear(PQexec(conn, "ROLLBACK"));
}

/* BEGIN, with a bound on every statement of the transaction, so that a
 * pathological input (or a lock held elsewhere) fails the run instead of
 * hanging it. Returns 0, or -1 with no transaction left open. */
static int begin_bounded(PGconn *conn, load_result *out)
{
	if (run_command(conn, out, "BEGIN", "BEGIN", 0, NULL) < 0)
		return -1;
	const char *timeout[] = {statement_timeout()};
	if (run_command(conn, out, "setting statement_timeout",
	                "SELECT set_config('statement_timeout', $1, true)", 1, timeout) == 0)
		return 0;
	rollback(conn);
	return -1;
}

void load_report(PGconn *conn, const load_request *req, load_result *out)
{
	memset(out, 0, sizeof *out);
	out->status = LOAD_FAILED;
	double t0 = now_ms();
	if (begin_bounded(conn, out) < 0)
		goto failed;
	if (load_in_transaction(conn, req, out) < 0)
		goto rollback;
	if (run_command(conn, out, "COMMIT", "COMMIT", 0, NULL) < 0) {
		out->status = LOAD_FAILED;
		goto failed;
	}
	log_info("%s: %s report %lld (%lld sections, %lld metrics) in %.1f ms", req->source_file,
	         out->status == LOAD_UNCHANGED  ? "unchanged"
	         : out->status == LOAD_REPLACED ? "replaced"
	                                        : "imported",
	         out->report_id, out->n_sections, out->n_metrics, now_ms() - t0);
	return;
rollback:
	if (out->status != LOAD_CONFLICT) {
		out->status = LOAD_FAILED;
		out->report_id = 0;
		out->n_sections = out->n_metrics = 0;
	}
	rollback(conn);
failed:
	if (out->status == LOAD_FAILED && out->connection_lost) {
		/* The server may be back (or only this backend was terminated):
		 * one reconnection attempt to record the run. */
		PQreset(conn);
	}
	if (PQstatus(conn) == CONNECTION_OK)
		load_record_failure(conn, req->source_file, req->content_hash, req->started_at,
		                    out->error);
}

int load_maintain_tables(PGconn *conn)
{
	load_result scratch;
	memset(&scratch, 0, sizeof scratch);
	double t0 = now_ms();
	int rc = -1;
	if (begin_bounded(conn, &scratch) < 0)
		goto out;
	if (run_command(conn, &scratch, "maintain_imported_tables",
	                "SELECT maintain_imported_tables()", 0, NULL) < 0) {
		rollback(conn);
		goto out;
	}
	if (run_command(conn, &scratch, "COMMIT", "COMMIT", 0, NULL) < 0)
		goto out;
	rc = 0;
	log_info("tables maintained (statistics, search-index pending lists) in %.1f ms",
	         now_ms() - t0);
out:
	if (rc < 0)
		log_warn("the import is committed, but its tables' upkeep failed (statistics and "
		         "search-index pending lists: autovacuum will see to them later): %s",
		         scratch.error);
	return rc;
}

int load_record_failure(PGconn *conn, const char *source_file, const char *content_hash,
                        const char *started_at, const char *error)
{
	const char *params[] = {source_file, content_hash, started_at, error};
	load_result scratch;
	memset(&scratch, 0, sizeof scratch);
	int rc = run_command(conn, &scratch, "recording the failed run",
	                     "INSERT INTO import_runs (source_file, content_hash, started_at,"
	                     "  finished_at, status, error)"
	                     " VALUES ($1, $2, $3::timestamptz, clock_timestamp(), 'failed', $4)",
	                     4, params);
	if (rc < 0)
		log_warn("%s", scratch.error);
	return rc;
}

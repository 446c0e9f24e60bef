/* Loading a parsed report into PostgreSQL: one transaction per report, so a
 * failure anywhere leaves the data tables exactly as they were.
 *
 * Within the transaction: a transaction-level advisory lock on the report's
 * (organization, year, kind), then the existing report of that key is
 * compared by content hash (SHA-256 of the file's bytes):
 *   none                      → insert                       LOAD_IMPORTED
 *   same hash, no --replace   → nothing changes              LOAD_UNCHANGED
 *   other hash, no --replace  → nothing changes, refused     LOAD_CONFLICT
 *   any, --replace            → delete it (cascades), insert LOAD_REPLACED
 * then report_after_import(id) when that function exists (migration 0003),
 * NOTIFY report_data_changed '<id>', and the import_runs row.
 *
 * A run that fails (conflict, database error) is recorded in import_runs
 * after the rollback, in a statement of its own, when the database can
 * still be reached: only the run record is written, never data.
 *
 * Every statement of the transaction is bounded by statement_timeout:
 * REPORT_IMPORT_STATEMENT_TIMEOUT seconds, default LOAD_STATEMENT_TIMEOUT_S;
 * a run that hits it fails (nothing written) instead of hanging.
 *
 * After the loads, load_maintain_tables() has the tables they wrote looked
 * after as autovacuum's ANALYZE would, but at once: planner statistics and
 * the GIN indexes' pending lists (migration 0010's
 * maintain_imported_tables(), which runs as the tables' owner). Once per
 * job, in a transaction of its own after the loads have committed, so that
 * its failure changes nothing that was loaded.
 *
 * Test hook: REPORT_IMPORT_TEST_PAUSE_MS=N sleeps N ms inside the
 * transaction between the sections and the metrics inserts, so that a test
 * can terminate the backend mid-load. */
#ifndef IMPORT_LOAD_H
#define IMPORT_LOAD_H

#include "hash.h"
#include "report.h"

#include <libpq-fe.h>
#include <stddef.h>

#define LOAD_STATEMENT_TIMEOUT_S 120

enum load_status {
	LOAD_IMPORTED,
	LOAD_REPLACED,
	LOAD_UNCHANGED,
	LOAD_CONFLICT, /* same key, other content, no --replace */
	LOAD_FAILED,   /* a database error; see connection_lost */
};

typedef struct load_request {
	const report *r;
	const char *source_file;               /* as given on the command line */
	char content_hash[SHA256_HEX_LEN + 1]; /* of the file's bytes */
	char started_at[64];                   /* when the run started, timestamptz text */
	int replace;
} load_request;

typedef struct load_result {
	enum load_status status;
	long long report_id;  /* the report now stored under the key; 0 if none */
	long long n_sections; /* counts of that report */
	long long n_metrics;
	int connection_lost; /* LOAD_FAILED because the database went away */
	char error[1024];    /* for LOAD_CONFLICT and LOAD_FAILED */
} load_result;

/* Writes the current time (UTC, microseconds) as timestamptz text into
 * out[size], e.g. for load_request.started_at. */
void load_timestamp(char *out, size_t size);

/* Loads req->r. Always fills *out; LOAD_CONFLICT and LOAD_FAILED leave the
 * data untouched and record a failed run when possible. */
void load_report(PGconn *conn, const load_request *req, load_result *out);

/* Runs maintain_imported_tables() (migration 0010), bounded by the same
 * statement_timeout as a load. Returns 0, or -1 after logging a warning:
 * the loads have committed, and a failure here must not fail the job. */
int load_maintain_tables(PGconn *conn);

/* Records a run that failed before loading (e.g. a parse error) in
 * import_runs. `content_hash` may be NULL. Returns 0, or -1 after logging. */
int load_record_failure(PGconn *conn, const char *source_file, const char *content_hash,
                        const char *started_at, const char *error);

#endif

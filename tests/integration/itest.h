/* Helpers shared by every integration test (tests/integration/): the test
 * environment of tests/README.md, libpq as the admin, HTTP GET with libcurl,
 * and running a program to capture its exit code and output.
 *
 * Failures of the helpers themselves (a variable missing, no connection,
 * fork failing) fail the current Criterion test with a message; the helpers
 * never return a half-filled result. Everything returned is owned by the
 * caller and released with the matching *_free / PQclear / PQfinish / free. */
#ifndef TESTS_INTEGRATION_ITEST_H
#define TESTS_INTEGRATION_ITEST_H

#include <libpq-fe.h>
#include <stddef.h>
#include <sys/types.h>

/* ---- environment ------------------------------------------------------ */

/* The value of environment variable `name`; fails the test when it is unset
 * or empty. Not owned by the caller. */
const char *itest_env(const char *name);

/* The value of `name`, or `fallback` when unset or empty. Not owned. */
const char *itest_env_or(const char *name, const char *fallback);

/* "$TEST_BIN_DIR/<program>", e.g. itest_bin("report-import"). Caller frees. */
char *itest_bin(const char *program);

/* "$TEST_FIXTURES/<relative>" (TEST_FIXTURES defaults to tests/fixtures).
 * Caller frees. */
char *itest_fixture(const char *relative);

/* ---- database --------------------------------------------------------- */

/* Connects to `url` (client_encoding UTF8); fails the test when it cannot.
 * Caller PQfinish-es. */
PGconn *itest_connect(const char *url);

/* itest_connect(TEST_ADMIN_DATABASE_URL): a superuser connection. */
PGconn *itest_admin(void);

/* Runs a parameterised statement (PQexecParams, text parameters, text
 * results) and fails the test unless it returns PGRES_TUPLES_OK or
 * PGRES_COMMAND_OK. Caller PQclears. */
PGresult *itest_exec(PGconn *conn, const char *sql, int n_params, const char *const *params);

/* Runs a statement that returns one row with one integer column (e.g.
 * "SELECT count(*) FROM ...") and returns that value. Fails the test on any
 * error, on a row count other than 1, and on NULL. */
long long itest_scalar(PGconn *conn, const char *sql, int n_params, const char *const *params);

/* Like itest_scalar for a text value; NULL for SQL NULL. Caller frees. */
char *itest_scalar_text(PGconn *conn, const char *sql, int n_params, const char *const *params);

/* How many kept counts of migration 0014 (indicator_org_counts,
 * indicator_counts) differ from a recount of the points they keep count of,
 * on the admin connection; 0 when they all agree. After every kind of
 * change (import, replace, delete, alias, merge) the tests expect 0. */
long long itest_indicator_counts_wrong(void);

/* ---- HTTP ------------------------------------------------------------- */

typedef struct itest_http {
	long status;   /* HTTP status; 0 only if the transfer failed (then the test failed) */
	char *headers; /* raw response header block, "Name: value\r\n" lines, NUL-terminated */
	char *body;    /* response body, NUL-terminated (may hold NULs before body_len) */
	size_t body_len;
} itest_http;

/* GET (or another method: "HEAD", "OPTIONS") of `url_or_path`: a path that
 * starts with '/' is appended to TEST_API_URL. `request_headers` is a
 * NULL-terminated list of "Name: value" strings, or NULL. Fails the test
 * when the transfer itself fails (connection refused, timeout of 30 s). The
 * caller releases *out with itest_http_free. */
void itest_request(const char *method, const char *url_or_path, const char *const *request_headers,
                   itest_http *out);

/* itest_request("GET", ...). */
void itest_get(const char *url_or_path, const char *const *request_headers, itest_http *out);

/* The value of response header `name` (case-insensitive, first one), without
 * surrounding whitespace, or NULL when absent. Caller frees. */
char *itest_http_header(const itest_http *res, const char *name);

void itest_http_free(itest_http *res);

/* ---- programs --------------------------------------------------------- */

typedef struct itest_proc {
	int exit_code; /* exit status, or 128 + signal number when killed */
	char *out;     /* everything written to stdout, NUL-terminated */
	char *err;     /* everything written to stderr, NUL-terminated */
} itest_proc;

/* Runs argv[0] (a path; not searched in PATH) with argv (NULL-terminated),
 * the current environment plus `env_extra` ("NAME=value" strings,
 * NULL-terminated, or NULL; they override variables of the same name), stdin
 * from /dev/null, and waits for it, capturing stdout and stderr. A program
 * still running after `timeout_s` seconds (0 = 120) is killed with SIGKILL
 * and the test fails. Caller releases *out with itest_proc_free. */
void itest_run(const char *const *argv, const char *const *env_extra, int timeout_s,
               itest_proc *out);

void itest_proc_free(itest_proc *p);

/* Starts a program like itest_run but returns at once with its pid; stdout
 * and stderr go to `log_path` (created or truncated), or to /dev/null when
 * it is NULL. For programs that must run at the same time. */
pid_t itest_spawn(const char *const *argv, const char *const *env_extra, const char *log_path);

/* Waits for a program started by itest_spawn; one still running after
 * `timeout_s` seconds (0 = 120) is killed and the test fails. Returns its
 * exit code as in itest_proc. */
int itest_wait(pid_t pid, int timeout_s);

/* Runs the same program twice at the same time (a race the test wants to
 * lose nothing in), waits for both (up to 120 s each) and stores their exit
 * codes in rc[] and their output in out[] (caller frees both strings). */
void itest_run_twice_at_once(const char *const *argv, int rc[2], char *out[2]);

/* ---- files ------------------------------------------------------------ */

/* Creates a fresh directory under $TMPDIR (or /tmp) named after `tag` and
 * returns its path. Caller frees the string and removes the directory (see
 * itest_rm_rf). */
char *itest_tmpdir(const char *tag);

/* Writes `len` bytes to `path` (created or truncated); fails the test on error. */
void itest_write_file(const char *path, const void *data, size_t len);

/* Reads a whole file; *len gets its size. Fails the test on error. Caller frees. */
char *itest_read_file(const char *path, size_t *len);

/* Removes `path` and everything under it; quietly ignores what is missing. */
void itest_rm_rf(const char *path);

#endif

#include "itest.h"

#include "exchange_log.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* ---- environment ------------------------------------------------------ */

const char *itest_env(const char *name)
{
	const char *v = getenv(name);
	if (!v || !*v)
		cr_assert_fail("environment variable %s is not set (see tests/README.md)", name);
	return v;
}

const char *itest_env_or(const char *name, const char *fallback)
{
	const char *v = getenv(name);
	return (v && *v) ? v : fallback;
}

char *itest_bin(const char *program)
{
	sb b = SB_INIT;
	sb_printf(&b, "%s/%s", itest_env("TEST_BIN_DIR"), program);
	return sb_take(&b);
}

char *itest_fixture(const char *relative)
{
	sb b = SB_INIT;
	sb_printf(&b, "%s/%s", itest_env_or("TEST_FIXTURES", "tests/fixtures"), relative);
	return sb_take(&b);
}

/* ---- database --------------------------------------------------------- */

/* NOTICEs (DROP ... IF EXISTS) would only clutter the test output. */
static void quiet_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

PGconn *itest_connect(const char *url)
{
	const char *keys[] = {"dbname", "client_encoding", "connect_timeout", "application_name",
	                      NULL};
	const char *values[] = {url, "UTF8", "10", "integration-test", NULL};
	PGconn *conn = PQconnectdbParams(keys, values, 1);
	if (!conn || PQstatus(conn) != CONNECTION_OK) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s", conn ? PQerrorMessage(conn) : "out of memory");
		PQfinish(conn);
		cr_assert_fail("cannot connect to the test database: %s", msg);
	}
	PQsetNoticeProcessor(conn, quiet_notice, NULL);
	return conn;
}

PGconn *itest_admin(void)
{
	return itest_connect(itest_env("TEST_ADMIN_DATABASE_URL"));
}

PGresult *itest_exec(PGconn *conn, const char *sql, int n_params, const char *const *params)
{
	PGresult *res = PQexecParams(conn, sql, n_params, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s", PQresultErrorMessage(res));
		PQclear(res);
		cr_assert_fail("SQL failed: %s\n%s", sql, msg);
	}
	return res;
}

char *itest_scalar_text(PGconn *conn, const char *sql, int n_params, const char *const *params)
{
	PGresult *res = itest_exec(conn, sql, n_params, params);
	if (PQntuples(res) != 1 || PQnfields(res) < 1) {
		int rows = PQntuples(res);
		PQclear(res);
		cr_assert_fail("expected one row, got %d: %s", rows, sql);
	}
	char *v = PQgetisnull(res, 0, 0) ? NULL : xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return v;
}

long long itest_scalar(PGconn *conn, const char *sql, int n_params, const char *const *params)
{
	char *text = itest_scalar_text(conn, sql, n_params, params);
	cr_assert_not_null(text, "NULL where a number was expected: %s", sql);
	char *end = NULL;
	long long v = strtoll(text, &end, 10);
	int ok = end && *end == '\0' && end != text;
	free(text);
	cr_assert(ok, "not an integer result: %s", sql);
	return v;
}

/* The recount is SERIES_OF's two branches (server/series_sql.h). */
static const char indicator_counts_wrong_sql[] =
    "WITH recount AS ("
    "  SELECT indicator_id, organization, min(y) AS first_year, max(y) AS last_year,"
    "         count(*) AS points"
    "  FROM (SELECT indicator_id, organization, period_year AS y FROM indicator_points"
    "        WHERE indicator_id IS NOT NULL"
    "        UNION ALL SELECT indicator_id, organization, base_year FROM comparison_rows"
    "        WHERE indicator_id IS NOT NULL AND base_source = 'implied') s"
    "  GROUP BY indicator_id, organization),"
    " kept AS (SELECT indicator_id, organization, first_year, last_year, points"
    "          FROM indicator_org_counts),"
    " totals AS (SELECT i.id FROM indicators i"
    "   LEFT JOIN indicator_counts c ON c.indicator_id = i.id"
    "   LEFT JOIN (SELECT indicator_id, count(*) AS o, sum(points) AS p FROM recount"
    "              GROUP BY indicator_id) r ON r.indicator_id = i.id"
    "   WHERE c.indicator_id IS NULL OR c.organizations <> coalesce(r.o, 0)"
    "      OR c.points <> coalesce(r.p, 0))"
    "SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT ALL SELECT * FROM recount) a)"
    "     + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT ALL SELECT * FROM kept) b)"
    "     + (SELECT count(*) FROM totals)";

long long itest_indicator_counts_wrong(void)
{
	PGconn *conn = itest_admin();
	long long n = itest_scalar(conn, indicator_counts_wrong_sql, 0, NULL);
	PQfinish(conn);
	return n;
}

/* ---- HTTP ------------------------------------------------------------- */

static size_t collect(char *data, size_t size, size_t n, void *userdata)
{
	sb_append(userdata, data, size * n);
	return size * n;
}

void itest_request(const char *method, const char *url_or_path, const char *const *request_headers,
                   itest_http *out)
{
	memset(out, 0, sizeof *out);
	sb url = SB_INIT, head = SB_INIT, body = SB_INIT;
	if (url_or_path[0] == '/')
		sb_puts(&url, itest_env("TEST_API_URL"));
	sb_puts(&url, url_or_path);

	CURL *curl = curl_easy_init();
	cr_assert_not_null(curl, "curl_easy_init failed");
	struct curl_slist *list = NULL;
	for (size_t i = 0; request_headers && request_headers[i]; i++)
		list = curl_slist_append(list, request_headers[i]);
	curl_easy_setopt(curl, CURLOPT_URL, sb_str(&url));
	if (strcmp(method, "HEAD") == 0)
		curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
	else if (strcmp(method, "GET") != 0)
		curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_HEADERDATA, &head);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	CURLcode rc = curl_easy_perform(curl);
	long status = 0;
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(list);
	curl_easy_cleanup(curl);

	if (rc != CURLE_OK) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s %s: %s", method, sb_str(&url),
		         curl_easy_strerror(rc));
		sb_free(&url);
		sb_free(&head);
		sb_free(&body);
		cr_assert_fail("HTTP request failed: %s", msg);
	}
	out->status = status;
	out->body_len = body.len;
	out->body = sb_take(&body);
	out->headers = sb_take(&head);
	exchange_log_append(method, sb_str(&url), request_headers, out);
	sb_free(&url);
}

void itest_get(const char *url_or_path, const char *const *request_headers, itest_http *out)
{
	itest_request("GET", url_or_path, request_headers, out);
}

char *itest_http_header(const itest_http *res, const char *name)
{
	size_t name_len = strlen(name);
	const char *line = res->headers;
	while (line && *line) {
		const char *eol = strstr(line, "\r\n");
		size_t len = eol ? (size_t)(eol - line) : strlen(line);
		if (len > name_len && line[name_len] == ':' &&
		    strncasecmp(line, name, name_len) == 0) {
			const char *v = line + name_len + 1;
			const char *e = line + len;
			while (v < e && (*v == ' ' || *v == '\t'))
				v++;
			while (e > v && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
			return xstrndup(v, (size_t)(e - v));
		}
		line = eol ? eol + 2 : line + len;
	}
	return NULL;
}

void itest_http_free(itest_http *res)
{
	free(res->headers);
	free(res->body);
	memset(res, 0, sizeof *res);
}

/* ---- programs --------------------------------------------------------- */

/* The child's environment: ours with env_extra overriding by name. The
 * strings are borrowed; only the array is allocated (caller frees). */
static char **merged_env(const char *const *env_extra)
{
	size_t n_env = 0, n_extra = 0;
	while (environ[n_env])
		n_env++;
	while (env_extra && env_extra[n_extra])
		n_extra++;
	char **env = xcalloc(n_env + n_extra + 1, sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < n_env; i++) {
		const char *eq = strchr(environ[i], '=');
		size_t name_len = eq ? (size_t)(eq - environ[i]) : strlen(environ[i]);
		int overridden = 0;
		for (size_t j = 0; j < n_extra && !overridden; j++)
			overridden = strncmp(env_extra[j], environ[i], name_len) == 0 &&
			             env_extra[j][name_len] == '=';
		if (!overridden)
			env[k++] = environ[i];
	}
	for (size_t j = 0; j < n_extra; j++)
		env[k++] = (char *)env_extra[j];
	env[k] = NULL;
	return env;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void itest_run(const char *const *argv, const char *const *env_extra, int timeout_s,
               itest_proc *out)
{
	memset(out, 0, sizeof *out);
	if (timeout_s <= 0)
		timeout_s = 120;
	int out_pipe[2], err_pipe[2];
	cr_assert(pipe(out_pipe) == 0 && pipe(err_pipe) == 0, "pipe: %s", strerror(errno));
	char **env = merged_env(env_extra);
	fflush(NULL);
	pid_t pid = fork();
	cr_assert(pid >= 0, "fork: %s", strerror(errno));
	if (pid == 0) {
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull >= 0)
			dup2(devnull, STDIN_FILENO);
		dup2(out_pipe[1], STDOUT_FILENO);
		dup2(err_pipe[1], STDERR_FILENO);
		close(out_pipe[0]);
		close(err_pipe[0]);
		close(out_pipe[1]);
		close(err_pipe[1]);
		execve(argv[0], (char *const *)argv, env);
		dprintf(STDERR_FILENO, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	free(env);
	close(out_pipe[1]);
	close(err_pipe[1]);

	sb bout = SB_INIT, berr = SB_INIT;
	struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
	sb *bufs[2] = {&bout, &berr};
	int open_fds = 2, timed_out = 0;
	double deadline = now_s() + timeout_s;
	while (open_fds > 0) {
		int wait_ms = (int)((deadline - now_s()) * 1000);
		if (wait_ms <= 0) {
			timed_out = 1;
			kill(pid, SIGKILL);
			break;
		}
		int r = poll(fds, 2, wait_ms);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			char chunk[65536];
			ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
			if (n > 0) {
				sb_append(bufs[i], chunk, (size_t)n);
			} else if (n == 0 || errno != EINTR) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open_fds--;
			}
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	out->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	out->out = sb_take(&bout);
	out->err = sb_take(&berr);
	if (timed_out) {
		char msg[256];
		snprintf(msg, sizeof msg, "%s still running after %d s: killed", argv[0],
		         timeout_s);
		itest_proc_free(out);
		cr_assert_fail("%s", msg);
	}
}

void itest_proc_free(itest_proc *p)
{
	free(p->out);
	free(p->err);
	memset(p, 0, sizeof *p);
}

pid_t itest_spawn(const char *const *argv, const char *const *env_extra, const char *log_path)
{
	char **env = merged_env(env_extra);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		free(env);
		cr_assert_fail("fork: %s", strerror(errno));
	}
	if (pid == 0) {
		int in = open("/dev/null", O_RDONLY);
		int out = log_path ? open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644)
		                   : open("/dev/null", O_WRONLY);
		if (in >= 0)
			dup2(in, STDIN_FILENO);
		if (out >= 0) {
			dup2(out, STDOUT_FILENO);
			dup2(out, STDERR_FILENO);
		}
		execve(argv[0], (char *const *)argv, env);
		dprintf(STDERR_FILENO, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	free(env);
	return pid;
}

int itest_wait(pid_t pid, int timeout_s)
{
	if (timeout_s <= 0)
		timeout_s = 120;
	double deadline = now_s() + timeout_s;
	int status = 0;
	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			break;
		cr_assert(r == 0 || errno == EINTR, "waitpid: %s", strerror(errno));
		if (now_s() > deadline) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			cr_assert_fail("program %d still running after %d s: killed", (int)pid,
			               timeout_s);
		}
		struct timespec ts = {0, 20 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* ---- files ------------------------------------------------------------ */

char *itest_tmpdir(const char *tag)
{
	sb b = SB_INIT;
	sb_printf(&b, "%s/itest-%s-XXXXXX", itest_env_or("TMPDIR", "/tmp"), tag);
	char *path = sb_take(&b);
	if (!mkdtemp(path)) {
		int e = errno;
		free(path);
		cr_assert_fail("mkdtemp: %s", strerror(e));
	}
	return path;
}

void itest_write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	cr_assert_not_null(f, "cannot create %s: %s", path, strerror(errno));
	size_t n = len ? fwrite(data, 1, len, f) : 0;
	int closed = fclose(f);
	cr_assert(n == len && closed == 0, "cannot write %s", path);
}

char *itest_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s: %s", path, strerror(errno));
	sb b = SB_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_append(&b, chunk, n);
	int failed = ferror(f);
	fclose(f);
	if (failed) {
		sb_free(&b);
		cr_assert_fail("cannot read %s", path);
	}
	if (len)
		*len = b.len;
	return sb_take(&b);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void itest_rm_rf(const char *path)
{
	nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

void itest_run_twice_at_once(const char *const *argv, int rc[2], char *out[2])
{
	char *dir = itest_tmpdir("twice");
	sb log[2] = {SB_INIT, SB_INIT};
	pid_t pid[2];
	for (int i = 0; i < 2; i++) {
		sb_printf(&log[i], "%s/%d.log", dir, i + 1);
		pid[i] = itest_spawn(argv, NULL, sb_str(&log[i]));
	}
	for (int i = 0; i < 2; i++) {
		rc[i] = itest_wait(pid[i], 120);
		out[i] = itest_read_file(sb_str(&log[i]), NULL);
		sb_free(&log[i]);
	}
	itest_rm_rf(dir);
	free(dir);
}

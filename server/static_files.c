/* The dashboard's static files (static_files.h).
 *
 * The hook: dispatch() has one branch, after its checks of the target's
 * length, the headers' size and the leading '/', and before it parses the
 * target for the route table:
 *
 *     if (static_files_claims(in->target)) {
 *             static_files_serve(in, res);
 *             return;
 *     }
 *
 * Why there and not as rows of routes[]: the route table matches whole
 * segments and every route there gets finish()'s conventions of the API
 * (Cache-Control: no-cache for every 200, no-store otherwise, Vary: Accept,
 * CORS). Static files need their own Cache-Control (immutable for hashed
 * names), a Content-Security-Policy and any depth of path, so the branch
 * hands the whole response over here and routes.c, router.c and finish()
 * stay as they are. Nothing has been allocated by dispatch() at that point,
 * so the early return leaks nothing. With no built folder (unit tests, a
 * server without make web) static_files_claims() says 0 and every path
 * routes exactly as before; /api, /api/... and the probes are never
 * claimed, so an unknown API path is still the API's problem+json 404.
 *
 * Files are read on each request (the largest, ECharts, is ~1 MB; the
 * browser keeps hashed files for a year, so it asks once): a new make web
 * shows without a restart. */
#include "static_files.h"

#include "etag.h"
#include "log.h"
#include "sb.h"
#include "urlcodec.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Larger files are refused (500): the dashboard has none near this. */
#define STATIC_MAX_FILE_BYTES (32L * 1024 * 1024)
#define IMMUTABLE             "public, max-age=31536000, immutable"

/* Absolute folder names to try, in order; owned. */
static char *candidates[2];
static size_t n_candidates;

void static_files_free(void)
{
	for (size_t i = 0; i < n_candidates; i++) {
		free(candidates[i]);
		candidates[i] = NULL;
	}
	n_candidates = 0;
}

static void add_candidate(const char *dir)
{
	if (dir[0] == '/') {
		candidates[n_candidates++] = xstrdup(dir);
		return;
	}
	char cwd[PATH_MAX];
	sb abs = SB_INIT;
	if (getcwd(cwd, sizeof cwd))
		sb_printf(&abs, "%s/%s", cwd, dir);
	else
		sb_puts(&abs, dir);
	candidates[n_candidates++] = sb_take(&abs);
}

/* The first candidate that is a folder, as a canonical path in out. */
static int resolve_root(char out[PATH_MAX])
{
	for (size_t i = 0; i < n_candidates; i++) {
		struct stat st;
		if (realpath(candidates[i], out) && stat(out, &st) == 0 && S_ISDIR(st.st_mode))
			return 0;
	}
	return -1;
}

void static_files_configure(const char *dir)
{
	static_files_free();
	if (dir) {
		add_candidate(dir);
	} else {
		char exe[PATH_MAX];
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (n > 0) {
			exe[n] = '\0';
			sb c = SB_INIT;
			sb_printf(&c, "%s/../build/web", dirname(exe));
			add_candidate(sb_str(&c));
			sb_free(&c);
		}
		add_candidate("build/web");
	}
	char root[PATH_MAX];
	if (resolve_root(root) == 0)
		log_info("dashboard: serving %s at /", root);
	else
		log_warn("dashboard: %s not found (make web builds it); / answers 404 until it "
		         "exists",
		         candidates[0]);
}

/* The decoded path of a raw target, or NULL when it does not decode. */
static char *decoded_path(const char *target)
{
	char *path = NULL;
	if (url_decode(target, strcspn(target, "?#"), 0, &path) != URL_DECODE_OK)
		return NULL;
	return path;
}

/* 1 for the API's own paths: /api, /api/..., /healthz, /readyz. */
static int api_path(const char *path, size_t n)
{
	return (n == 4 && memcmp(path, "/api", 4) == 0) ||
	       (n > 4 && memcmp(path, "/api/", 5) == 0) ||
	       (n == 8 && memcmp(path, "/healthz", 8) == 0) ||
	       (n == 7 && memcmp(path, "/readyz", 7) == 0);
}

int static_files_claims(const char *target)
{
	/* The API's requests, as sent, decide here without a system call. */
	size_t raw_len = strcspn(target, "?#");
	if (target[0] != '/' || api_path(target, raw_len))
		return 0;
	char *path = decoded_path(target);
	if (!path)
		return 0; /* dispatch() answers the 400 */
	int api = api_path(path, strlen(path));
	free(path);
	char root[PATH_MAX];
	return !api && resolve_root(root) == 0;
}

/* 1 when every segment of `rel` (no leading '/') is a plain name: not
 * empty, not starting with '.', no backslash. */
static int safe_relative(const char *rel)
{
	if (!*rel)
		return 0;
	for (const char *p = rel;;) {
		size_t n = strcspn(p, "/");
		if (n == 0 || p[0] == '.' || memchr(p, '\\', n))
			return 0;
		p += n;
		if (!*p)
			return 1;
		p++;
	}
}

static const char *content_type_of(const char *name)
{
	static const struct {
		const char *ext;
		const char *type;
	} types[] = {
	    {".html", "text/html; charset=utf-8"},
	    {".js", "text/javascript; charset=utf-8"},
	    {".mjs", "text/javascript; charset=utf-8"},
	    {".css", "text/css; charset=utf-8"},
	    {".json", "application/json"},
	    {".map", "application/json"},
	    {".svg", "image/svg+xml"},
	    {".png", "image/png"},
	    {".ico", "image/x-icon"},
	    {".woff2", "font/woff2"},
	    {".txt", "text/plain; charset=utf-8"},
	};
	const char *dot = strrchr(name, '.');
	if (dot && !strchr(dot, '/'))
		for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
			if (strcmp(dot, types[i].ext) == 0)
				return types[i].type;
	return "application/octet-stream";
}

int static_files_is_hashed(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *p = strchr(base, '.');
	while (p) {
		const char *next = strchr(p + 1, '.');
		if (!next)
			return 0;
		size_t n = (size_t)(next - p - 1);
		size_t hex = strspn(p + 1, "0123456789abcdef");
		if (n >= 8 && n <= 64 && hex >= n)
			return 1;
		p = next;
	}
	return 0;
}

static void security_headers(http_response *res)
{
	http_set_header(res, "Content-Security-Policy", STATIC_FILES_CSP);
	http_set_header(res, "X-Content-Type-Options", "nosniff");
	http_set_header(res, "Referrer-Policy", "no-referrer");
}

static void not_found(http_response *res)
{
	reply_problem(res, 404, "not_found", "No resource has this path.", NULL);
	http_set_header(res, "Cache-Control", "no-store");
	security_headers(res);
}

/* Reads the regular file `full` into res->body. Returns 0, -1 when it is
 * not a regular file that can be opened, -2 when it is too large. */
static int read_file(const char *full, http_response *res)
{
	int rc = -1;
	int fd = open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		goto out;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		goto out;
	if (st.st_size > STATIC_MAX_FILE_BYTES) {
		rc = -2;
		goto out;
	}
	char buf[65536];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		sb_append(&res->body, buf, (size_t)n);
		if (res->body.len > (size_t)STATIC_MAX_FILE_BYTES) {
			rc = -2;
			goto out;
		}
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc < 0)
		sb_free(&res->body);
	return rc;
}

void static_files_serve(const dispatch_input *in, http_response *res)
{
	char *path = decoded_path(in->target);
	sb full = SB_INIT;
	char root[PATH_MAX], real[PATH_MAX];
	int is_get = strcmp(in->method, "GET") == 0 || strcmp(in->method, "HEAD") == 0;
	if (!path || resolve_root(root) < 0) {
		not_found(res);
		goto out;
	}
	const char *rel = strcmp(path, "/") == 0 ? "index.html" : path + 1;
	if (!safe_relative(rel)) {
		not_found(res);
		goto out;
	}
	sb_printf(&full, "%s/%s", root, rel);
	/* The canonical name must stay below the folder: a symbolic link
	 * inside it may not lead out. */
	size_t root_len = strlen(root);
	if (!realpath(sb_str(&full), real) || strncmp(real, root, root_len) != 0 ||
	    real[root_len] != '/') {
		not_found(res);
		goto out;
	}
	if (!is_get) {
		int options = strcmp(in->method, "OPTIONS") == 0;
		struct stat st;
		if (stat(real, &st) < 0 || !S_ISREG(st.st_mode)) {
			not_found(res);
			goto out;
		}
		if (options) {
			res->status = 204;
		} else {
			reply_problem(res, 405, "method_not_allowed",
			              "This resource only supports reading.", NULL);
			http_set_header(res, "Cache-Control", "no-store");
		}
		http_set_header(res, "Allow", "GET, HEAD, OPTIONS");
		security_headers(res);
		goto out;
	}
	int rc = read_file(real, res);
	if (rc == -1) {
		not_found(res);
		goto out;
	}
	if (rc == -2) {
		log_error("dashboard: %s is larger than %ld bytes", real, STATIC_MAX_FILE_BYTES);
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
		http_set_header(res, "Cache-Control", "no-store");
		goto out;
	}
	char tag[ETAG_SIZE];
	etag_of(sb_str(&res->body), res->body.len, tag);
	res->status = 200;
	res->content_type = xstrdup(content_type_of(rel));
	http_set_header(res, "ETag", tag);
	http_set_header(res, "Cache-Control", static_files_is_hashed(rel) ? IMMUTABLE : "no-cache");
	security_headers(res);
	if (etag_matches(in->if_none_match, tag)) {
		res->status = 304;
		sb_free(&res->body);
	}
out:
	sb_free(&full);
	free(path);
}

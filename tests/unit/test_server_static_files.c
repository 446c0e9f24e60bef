/* The dashboard's files through dispatch() (static_files.c): types, ETag
 * and 304, Cache-Control by name, CSP and nosniff, traversal refused in
 * every spelling, a symbolic link out of the folder refused, and the API's
 * paths left to the API. */
#include "dispatch.h"
#include "static_files.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp[] = "/tmp/static-files-XXXXXX";
static char web[sizeof tmp + 8];

static void put(const char *rel, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", tmp, rel);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f, "%s", path);
	fputs(text, f);
	fclose(f);
}

static void setup(void)
{
	cr_assert_not_null(mkdtemp(tmp));
	snprintf(web, sizeof web, "%s/web", tmp);
	cr_assert_eq(mkdir(web, 0755), 0);
	char assets[sizeof web + 8];
	snprintf(assets, sizeof assets, "%s/assets", web);
	cr_assert_eq(mkdir(assets, 0755), 0);
	put("secret.txt", "outside");
	put("web/index.html", "<!doctype html><title>看板</title>");
	put("web/assets/app.0123abcd.js", "export {};\n");
	put("web/assets/style.css", "body{}\n");
	put("web/.hidden", "dot");
	char link[sizeof web + 16], target[sizeof tmp + 16];
	snprintf(link, sizeof link, "%s/out.txt", web);
	snprintf(target, sizeof target, "%s/secret.txt", tmp);
	cr_assert_eq(symlink(target, link), 0);
	static_files_configure(web);
}

static void teardown(void)
{
	static_files_free();
	char cmd[sizeof tmp + 16];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmp);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(server_static_files, .init = setup, .fini = teardown);

static const char *header(const http_response *res, const char *name)
{
	for (size_t i = 0; i < res->n_headers; i++)
		if (strcmp(res->headers[i].name, name) == 0)
			return res->headers[i].value;
	return NULL;
}

static void get(const char *method, const char *target, const char *inm, http_response *res)
{
	dispatch_input in = {.method = method, .target = target, .if_none_match = inm};
	memset(res, 0, sizeof *res);
	dispatch(&in, res);
}

Test(server_static_files, index_at_root)
{
	http_response res;
	get("GET", "/", NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.content_type, "text/html; charset=utf-8");
	cr_assert_str_eq(sb_str(&res.body), "<!doctype html><title>看板</title>");
	cr_assert_str_eq(header(&res, "Cache-Control"), "no-cache");
	cr_assert_str_eq(header(&res, "X-Content-Type-Options"), "nosniff");
	cr_assert_str_eq(header(&res, "Content-Security-Policy"), STATIC_FILES_CSP);
	cr_assert_not_null(strstr(STATIC_FILES_CSP, "script-src 'self';"));
	const char *etag = header(&res, "ETag");
	cr_assert_not_null(etag);
	cr_assert_eq(strlen(etag), 34);
	cr_assert_eq(etag[0], '"');
	char tag[40];
	snprintf(tag, sizeof tag, "%s", etag);
	http_response_free(&res);

	get("GET", "/index.html?x=1", tag, &res);
	cr_assert_eq(res.status, 304);
	cr_assert_eq(res.body.len, 0);
	cr_assert_str_eq(header(&res, "ETag"), tag);
	http_response_free(&res);
}

Test(server_static_files, hashed_names_are_immutable)
{
	http_response res;
	get("GET", "/assets/app.0123abcd.js", NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.content_type, "text/javascript; charset=utf-8");
	cr_assert_str_eq(header(&res, "Cache-Control"), "public, max-age=31536000, immutable");
	http_response_free(&res);
	get("HEAD", "/assets/style.css", NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.content_type, "text/css; charset=utf-8");
	cr_assert_str_eq(header(&res, "Cache-Control"), "no-cache");
	http_response_free(&res);
	cr_assert(static_files_is_hashed("assets/echarts.5f3e9a0b.min.js"));
	cr_assert(static_files_is_hashed("app.0123abcd.js"));
	cr_assert_not(static_files_is_hashed("0123abcd.js"));
	cr_assert_not(static_files_is_hashed("app.js"));
	cr_assert_not(static_files_is_hashed("app.0123abcg.js"));
	cr_assert_not(static_files_is_hashed("app.0123abc.js"));
	cr_assert_not(static_files_is_hashed("assets.0123abcd/app.js"));
}

Test(server_static_files, traversal_is_refused)
{
	static const char *const targets[] = {
	    "/../secret.txt",
	    "/assets/../../secret.txt",
	    "/%2e%2e/secret.txt",
	    "/%2E%2E%2Fsecret.txt",
	    "/assets%2f..%2f..%2fsecret.txt",
	    "/.%2e/secret.txt",
	    "/..%5csecret.txt",
	    "/assets/..\\..\\secret.txt",
	    "/./index.html",
	    "//etc/passwd",
	    "/.hidden",
	    "/out.txt",
	    "/assets/",
	    "/assets",
	    "/missing.js",
	};
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
		http_response res;
		get("GET", targets[i], NULL, &res);
		cr_assert_eq(res.status, 404, "%s: %d", targets[i], res.status);
		cr_assert_str_eq(res.content_type, "application/problem+json");
		cr_assert_null(strstr(sb_str(&res.body), "outside"));
		cr_assert_str_eq(header(&res, "Cache-Control"), "no-store");
		http_response_free(&res);
	}
}

Test(server_static_files, methods)
{
	http_response res;
	get("POST", "/index.html", NULL, &res);
	cr_assert_eq(res.status, 405);
	cr_assert_str_eq(header(&res, "Allow"), "GET, HEAD, OPTIONS");
	http_response_free(&res);
	get("OPTIONS", "/", NULL, &res);
	cr_assert_eq(res.status, 204);
	cr_assert_str_eq(header(&res, "Allow"), "GET, HEAD, OPTIONS");
	http_response_free(&res);
}

Test(server_static_files, api_paths_stay_the_apis)
{
	cr_assert(static_files_claims("/"));
	cr_assert(static_files_claims("/assets/app.0123abcd.js?v=1"));
	cr_assert_not(static_files_claims("/api"));
	cr_assert_not(static_files_claims("/api/v1/nope"));
	cr_assert_not(static_files_claims("/%61pi/v1/reports"));
	cr_assert_not(static_files_claims("/healthz"));
	cr_assert_not(static_files_claims("/readyz?x"));
	cr_assert_not(static_files_claims("/%zz"));
	http_response res;
	get("GET", "/api/v1/nope", NULL, &res);
	cr_assert_eq(res.status, 404);
	cr_assert_null(header(&res, "Content-Security-Policy"));
	http_response_free(&res);
	/* No folder: nothing is claimed and / is the API's 404. */
	static_files_configure("/nonexistent/web");
	cr_assert_not(static_files_claims("/"));
	get("GET", "/", NULL, &res);
	cr_assert_eq(res.status, 404);
	cr_assert_null(header(&res, "Content-Security-Policy"));
	http_response_free(&res);
}

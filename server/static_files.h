/* The dashboard: the files of the built web/ tree (make web → build/web),
 * served at / by report-server. */
#ifndef SERVER_STATIC_FILES_H
#define SERVER_STATIC_FILES_H

#include "dispatch.h"
#include "http.h"

/* Where the built dashboard is. `dir` NULL means: next to the program
 * (<dir of executable>/../build/web), then ./build/web. The folder may not
 * exist yet: it is looked up again on each request (make web may run after
 * the server started), and while it is missing the dashboard answers
 * nothing and every path routes as before. Call once before serving. */
void static_files_configure(const char *dir);
void static_files_free(void);

/* 1 when the raw request target belongs to the dashboard: a folder is
 * configured and exists, and the decoded path is neither /api nor under
 * /api/ nor /healthz or /readyz. */
int static_files_claims(const char *target);

/* The complete response for a target static_files_claims accepted: the
 * file's bytes with its Content-Type, a strong ETag (If-None-Match → 304),
 * Cache-Control (a year and immutable for content-hashed names such as
 * echarts.0123abcd.min.js, no-cache for the rest: index.html names the
 * hashed files of the current build), Content-Security-Policy and
 * X-Content-Type-Options: nosniff. Only regular files below the folder:
 * a segment "..", ".", one starting with a dot, a backslash (decoded from
 * %2e, %2f, %5c or not) or a symbolic link leading outside is a 404. */
void static_files_serve(const dispatch_input *in, http_response *res);

/* 1 when the file name of `path` carries a content hash: a dot-separated
 * part of 8 to 64 lower-case hex digits that is neither first nor last
 * (app.0123abcd.js, echarts.0123abcd.min.js). */
int static_files_is_hashed(const char *path);

/* The Content-Security-Policy sent with every dashboard response. */
#define STATIC_FILES_CSP                                                                           \
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "          \
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "              \
	"form-action 'none'; frame-ancestors 'none'"

#endif

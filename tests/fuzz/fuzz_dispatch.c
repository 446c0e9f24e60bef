/* libFuzzer target for dispatch(): a request as the transport hands it over
 * (method, raw target, the headers dispatch reads) in, a complete response
 * out — decoding, routing, parameter parsing, negotiation, CORS and ETags —
 * with no crash, leak or undefined behaviour, and always a status between
 * 100 and 599 with a body whose type is set when there is one.
 *
 * Input: up to seven fields separated by '\n': method, target, Accept,
 * If-None-Match, Origin, Access-Control-Request-Method and -Headers (an
 * absent field is an absent header). The database is configured at an
 * address that refuses at once, so handlers that query answer 503 from
 * db_pool, which is also a path worth fuzzing; everything before the query
 * (parameter validation above all) runs for real, and so does the static
 * file server for the dashboard's paths. */
#include "db_pool.h"
#include "dispatch.h"
#include "http.h"
#include "log.h"
#include "openapi_doc.h"
#include "static_files.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* Every request's failed connect would log a line: that is I/O the
	 * fuzzer need not wait for. */
	log_set_level(LOG_ERROR);
	dispatch_set_cors_origins("https://app.example");
	/* A socket folder that does not exist: connecting fails at once. */
	db_pool_configure("host=/nonexistent/report-fuzz dbname=reports connect_timeout=1", 1000,
	                  1);
	if (openapi_load("api/openapi.json") != 0)
		abort(); /* run from the repository root */
	/* The dashboard's files, when built (make web), so that paths outside
	 * /api reach the static file server and its traversal checks. */
	static_files_configure("build/web");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	const char *field[7] = {0};
	char *p = copy;
	for (int i = 0; i < 7 && p; i++) {
		field[i] = p;
		p = strchr(p, '\n');
		if (p)
			*p++ = '\0';
	}
	dispatch_input in = {
	    .method = field[0] && *field[0] ? field[0] : "GET",
	    .target = field[1] ? field[1] : "/",
	    .accept = field[2],
	    .if_none_match = field[3],
	    .origin = field[4],
	    .acr_method = field[5],
	    .acr_headers = field[6],
	};
	for (int i = 2; i < 7; i++)
		if (field[i])
			in.header_bytes += strlen(field[i]) + 8;
	http_response res;
	memset(&res, 0, sizeof res);
	dispatch(&in, &res);
	if (res.status < 100 || res.status > 599)
		abort();
	if (res.body.len > 0 && !res.content_type)
		abort();
	http_response_free(&res);
	free(copy);
	return 0;
}

/* Matching a decoded path against the route table (routes.h). */
#ifndef SERVER_ROUTER_H
#define SERVER_ROUTER_H

#include "http.h"
#include "routes.h"
#include "sb.h"

typedef struct route_match {
	const route *route;                 /* NULL when none serves the method */
	int path_known;                     /* some route has this path */
	char *params[HTTP_MAX_PATH_PARAMS]; /* owned, {name} segments in order */
	size_t n_params;
	char allow[64]; /* "GET, HEAD, OPTIONS" for a known path */
} route_match;

/* Finds the route of `table` for `method` and `path`. HEAD is served by the
 * GET route; OPTIONS is answered by the dispatcher for any known path, so it
 * finds no route here but sets path_known. A pattern segment {name} matches
 * one non-empty path segment; everything else must match exactly (no
 * trailing slash, case-sensitive). Release with route_match_free. */
void route_find(const route *table, size_t n, const char *method, const char *path,
                route_match *out);

void route_match_free(route_match *m);

#endif

/* The route table: one place that says which handler serves which path. */
#ifndef SERVER_ROUTES_H
#define SERVER_ROUTES_H

#include "http.h"

typedef struct route {
	const char *method;  /* "GET"; HEAD and OPTIONS are derived from it */
	const char *pattern; /* "/api/v1/reports/{id}": {name} matches one segment */
	http_handler handler;
	int is_list; /* a list route: CSV is offered, Link headers set */
	/* The query parameters it takes (NULL-terminated; NULL = none). The
	 * dispatcher refuses any other, and any given twice, before the
	 * handler runs (param_check_names); `format` is the dispatcher's own
	 * and always taken. */
	const char *const *query;
} route;

extern const route routes[];
extern const size_t n_routes;

#endif

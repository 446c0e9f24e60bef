/* The route table: one place that says which handler serves which path. */
#ifndef SERVER_ROUTES_H
#define SERVER_ROUTES_H

#include "http.h"

typedef struct route {
	const char *method;  /* "GET"; HEAD and OPTIONS are derived from it */
	const char *pattern; /* "/api/v1/reports/{id}": {name} matches one segment */
	http_handler handler;
	int is_list; /* a list route: CSV is offered, Link headers set */
} route;

extern const route routes[];
extern const size_t n_routes;

#endif

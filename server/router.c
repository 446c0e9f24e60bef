#include "router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when `path` matches `pattern`; captures {name} segments into m. */
static int pattern_match(const char *pattern, const char *path, route_match *m)
{
	size_t n_params = 0;
	const char *pat = pattern, *p = path;
	char *captured[HTTP_MAX_PATH_PARAMS];
	while (*pat && *p) {
		if (*pat != '/' || *p != '/')
			break;
		pat++;
		p++;
		size_t pat_len = strcspn(pat, "/");
		size_t seg_len = strcspn(p, "/");
		if (pat_len > 2 && pat[0] == '{' && pat[pat_len - 1] == '}') {
			if (seg_len == 0 || n_params == HTTP_MAX_PATH_PARAMS)
				break;
			captured[n_params++] = xstrndup(p, seg_len);
		} else if (pat_len != seg_len || strncmp(pat, p, seg_len) != 0) {
			break;
		}
		pat += pat_len;
		p += seg_len;
	}
	int ok = *pat == '\0' && *p == '\0';
	for (size_t i = 0; i < n_params; i++) {
		if (ok)
			m->params[i] = captured[i];
		else
			free(captured[i]);
	}
	if (ok)
		m->n_params = n_params;
	return ok;
}

static void allow_add(route_match *m, const char *method)
{
	if (strstr(m->allow, method))
		return;
	size_t len = strlen(m->allow);
	snprintf(m->allow + len, sizeof m->allow - len, "%s%s", len ? ", " : "", method);
}

void route_find(const route *table, size_t n, const char *method, const char *path,
                route_match *out)
{
	memset(out, 0, sizeof *out);
	const char *want = strcmp(method, "HEAD") == 0 ? "GET" : method;
	for (size_t i = 0; i < n; i++) {
		route_match m = {0};
		if (!pattern_match(table[i].pattern, path, &m))
			continue;
		allow_add(out, table[i].method);
		if (strcmp(table[i].method, "GET") == 0)
			allow_add(out, "HEAD");
		if (!out->path_known || (!out->route && strcmp(table[i].method, want) == 0)) {
			/* Keep the captures of the route that serves the method
			 * (or of the first match, for 405 and OPTIONS). */
			route_match_free(out);
			memcpy(out->params, m.params, sizeof m.params);
			out->n_params = m.n_params;
			if (strcmp(table[i].method, want) == 0)
				out->route = &table[i];
		} else {
			route_match_free(&m);
		}
		out->path_known = 1;
	}
	if (out->path_known)
		allow_add(out, "OPTIONS");
}

void route_match_free(route_match *m)
{
	for (size_t i = 0; i < m->n_params; i++) {
		free(m->params[i]);
		m->params[i] = NULL;
	}
	m->n_params = 0;
}

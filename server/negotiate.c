#include "negotiate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* How well the range [r, r+n) matches type/subtype: 3 exact, 2 type/wildcard,
 * 1 wildcard, 0 not at all. */
static int range_specificity(const char *r, size_t n, const char *type)
{
	const char *slash = strchr(type, '/');
	size_t type_len = (size_t)(slash - type);
	if (n == strlen(type) && strncasecmp(r, type, n) == 0)
		return 3;
	if (n == type_len + 2 && strncasecmp(r, type, type_len) == 0 && r[type_len] == '/' &&
	    r[type_len + 1] == '*')
		return 2;
	if (n == 3 && strncmp(r, "*/*", 3) == 0)
		return 1;
	return 0;
}

/* The q-value the Accept header gives `type` (1000 = q=1), -1 when no
 * range matches it. */
static int quality_of(const char *accept, const char *type)
{
	int best_spec = 0, best_q = -1;
	const char *p = accept;
	while (*p) {
		size_t elem_len = strcspn(p, ",");
		const char *end = p + elem_len;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		size_t range_len = strcspn(p, ";, \t");
		if (range_len > (size_t)(end - p))
			range_len = (size_t)(end - p);
		int q = 1000;
		for (const char *s = p + range_len; s < end; s++) {
			if (*s != ';')
				continue;
			s++;
			while (s < end && (*s == ' ' || *s == '\t'))
				s++;
			if (s + 1 < end && (s[0] == 'q' || s[0] == 'Q') && s[1] == '=') {
				double v = strtod(s + 2, NULL);
				q = v <= 0 ? 0 : v >= 1 ? 1000 : (int)(v * 1000 + 0.5);
			}
		}
		int spec = range_len ? range_specificity(p, range_len, type) : 0;
		if (spec > best_spec) {
			best_spec = spec;
			best_q = q;
		}
		p = *end ? end + 1 : end;
	}
	return best_q;
}

int negotiate_accept(const char *accept, int csv_offered, enum http_format *out)
{
	if (!accept || !*accept) {
		*out = FORMAT_JSON;
		return 0;
	}
	int json_q = quality_of(accept, "application/json");
	int problem_q = quality_of(accept, "application/problem+json");
	/* A client that takes problem+json only still reads JSON bodies. */
	if (problem_q > json_q && json_q < 0)
		json_q = problem_q;
	int csv_q = csv_offered ? quality_of(accept, "text/csv") : -1;
	if (json_q <= 0 && csv_q <= 0)
		return -1;
	*out = csv_q > json_q ? FORMAT_CSV : FORMAT_JSON;
	return 0;
}

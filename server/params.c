/* Query-parameter parsers: strict, and every failure a 400 naming the
 * parameter (see params.h). */
#include "params.h"

#include "sb.h"
#include "urlcodec.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void bad_param(http_response *res, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void bad_param(http_response *res, const char *name, const char *fmt, ...)
{
	sb detail = SB_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&detail, fmt, ap);
	va_end(ap);
	reply_problem(res, 400, "invalid_parameter", sb_str(&detail), name);
	sb_free(&detail);
}

/* A base-10 integer with nothing around it: no sign games, no spaces,
 * no "12abc". Returns 0 and stores it, -1 otherwise. */
static int parse_long(const char *text, long *out)
{
	if (!text || !*text)
		return -1;
	const char *p = text;
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	errno = 0;
	char *end;
	long v = strtol(text, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

static int name_accepted(const char *name, const char *const *accepted)
{
	if (strcmp(name, "format") == 0)
		return 1;
	for (size_t i = 0; accepted && accepted[i]; i++)
		if (strcmp(name, accepted[i]) == 0)
			return 1;
	return 0;
}

static size_t name_count(const http_param *query, size_t n, const char *name, size_t before)
{
	size_t count = 0;
	for (size_t j = 0; j < n && j < before; j++)
		count += strcmp(query[j].name, name) == 0;
	return count;
}

/* 1 when query[i] is the first mention of a name the check refuses: one
 * the route does not take, or (`repeats`) one given more than once. */
static int offends(const http_param *query, size_t n, size_t i, const char *const *accepted,
                   int repeats)
{
	if (name_count(query, n, query[i].name, i) > 0)
		return 0;
	if (repeats)
		return name_count(query, n, query[i].name, n) > 1;
	return !name_accepted(query[i].name, accepted);
}

int param_check_names(const http_param *query, size_t n, const char *const *accepted,
                      http_response *res)
{
	/* Unknown names first: a repeat of a name the route does not take is
	 * above all unknown. The query is short (a dozen names at most), so
	 * the quadratic scans cost nothing. */
	int repeats = 0;
	size_t bad = 0;
	for (; repeats < 2; repeats++) {
		for (bad = 0; bad < n; bad++)
			if (offends(query, n, bad, accepted, repeats))
				break;
		if (bad < n)
			break;
	}
	if (repeats == 2)
		return 0;
	json_t *names = json_array();
	sb detail = SB_INIT;
	sb_puts(&detail, repeats ? "Given more than once:" : "Unknown query parameter(s):");
	for (size_t i = bad; i < n; i++)
		if (offends(query, n, i, accepted, repeats)) {
			json_array_append_new(names, json_string(query[i].name));
			sb_printf(&detail, " %s", query[i].name);
		}
	if (!repeats) {
		sb_puts(&detail, ". This route takes:");
		for (size_t i = 0; accepted && accepted[i]; i++)
			sb_printf(&detail, " %s", accepted[i]);
		sb_puts(&detail, " format");
	}
	sb_putc(&detail, '.');
	reply_problem_ext(res, 400, repeats ? "repeated_parameter" : "unknown_parameter",
	                  sb_str(&detail), query[bad].name, json_pack("{s:o}", "params", names));
	sb_free(&detail);
	return -1;
}

int param_long(const http_request *req, http_response *res, const char *name, long min, long max,
               int *present, long *out)
{
	const char *text = http_query(req, name);
	*present = 0;
	if (!text)
		return 0;
	long v;
	if (parse_long(text, &v) < 0 || v < min || v > max) {
		bad_param(res, name, "%s must be an integer from %ld to %ld", name, min, max);
		return -1;
	}
	*present = 1;
	*out = v;
	return 0;
}

int param_paging(const http_request *req, http_response *res, paging *out)
{
	int csv = req->format == FORMAT_CSV;
	long max = csv ? CSV_ROWS_MAX : PAGE_LIMIT_MAX;
	out->limit = csv ? CSV_ROWS_MAX : PAGE_LIMIT_DEFAULT;
	out->offset = 0;
	out->whole = 0;
	const char *text = http_query(req, "limit");
	if (text) {
		long v;
		if (parse_long(text, &v) < 0 || v < 1) {
			bad_param(res, "limit", "limit must be a positive integer (at most %ld)",
			          max);
			return -1;
		}
		/* Larger pages are capped, not refused: the reply's "limit"
		 * (JSON) and the Link header say what was applied. */
		out->limit = v > max ? max : v;
	} else {
		out->whole = csv;
	}
	int present;
	if (param_long(req, res, "offset", 0, LONG_MAX / 2, &present, &out->offset) < 0 ||
	    param_text(req, res, "after", PAGE_AFTER_MAX_CHARS, &out->after) < 0)
		return -1;
	if (present && out->after) {
		bad_param(res, "after",
		          "after continues a list where its last page ended; give it or offset,"
		          " not both");
		return -1;
	}
	return 0;
}

int param_bool(const http_request *req, http_response *res, const char *name, int *present,
               int *out)
{
	const char *text = http_query(req, name);
	*present = 0;
	if (!text)
		return 0;
	if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0)
		*out = 1;
	else if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0)
		*out = 0;
	else {
		bad_param(res, name, "%s must be true or false", name);
		return -1;
	}
	*present = 1;
	return 0;
}

int param_enum(const http_request *req, http_response *res, const char *name,
               const char *const *allowed, const char **out)
{
	const char *text = http_query(req, name);
	*out = NULL;
	if (!text)
		return 0;
	for (size_t i = 0; allowed[i]; i++)
		if (strcmp(text, allowed[i]) == 0) {
			*out = allowed[i];
			return 0;
		}
	sb list = SB_INIT;
	for (size_t i = 0; allowed[i]; i++)
		sb_printf(&list, "%s%s", i ? ", " : "", allowed[i]);
	bad_param(res, name, "%s must be one of: %s", name, sb_str(&list));
	sb_free(&list);
	return -1;
}

int param_text(const http_request *req, http_response *res, const char *name, size_t max_chars,
               const char **out)
{
	const char *text = http_query(req, name);
	*out = NULL;
	if (!text || !*text)
		return 0;
	if (utf8_length(text) /* validated by dispatch */ > max_chars) {
		bad_param(res, name, "%s is longer than %zu characters", name, max_chars);
		return -1;
	}
	*out = text;
	return 0;
}

int param_id_list(const http_request *req, http_response *res, const char *name, long long *ids,
                  size_t *n)
{
	const char *text = http_query(req, name);
	*n = 0;
	if (!text)
		return 0;
	const char *p = text;
	int ok = 1;
	while (ok) {
		long long v = 0;
		size_t digits = 0;
		for (; *p >= '0' && *p <= '9' && digits < 18; p++, digits++)
			v = v * 10 + (*p - '0');
		ok = digits > 0 && v > 0 && *n < PARAM_ID_LIST_MAX && (*p == ',' || *p == '\0');
		for (size_t i = 0; ok && i < *n; i++)
			ok = ids[i] != v;
		if (ok)
			ids[(*n)++] = v;
		if (!ok || *p == '\0')
			break;
		p++;
	}
	if (!ok) {
		*n = 0;
		bad_param(res, name, "%s must be 1 to %d distinct positive ids, comma-separated",
		          name, PARAM_ID_LIST_MAX);
		return -1;
	}
	return 0;
}

int param_path_id(const http_request *req, http_response *res, size_t index, long long *out)
{
	const char *text = index < req->n_path_params ? req->path_params[index] : NULL;
	long long v = 0;
	int ok = text && *text && strlen(text) <= 18;
	for (const char *p = text; ok && *p; p++) {
		if (*p < '0' || *p > '9')
			ok = 0;
		else
			v = v * 10 + (*p - '0');
	}
	if (!ok || v <= 0) {
		reply_problem(res, 404, "not_found", "No resource has this id.", NULL);
		return -1;
	}
	*out = v;
	return 0;
}

int param_path_id_text(const http_request *req, http_response *res, size_t index,
                       char text[PARAM_ID_TEXT_LEN])
{
	long long id;
	if (param_path_id(req, res, index, &id) < 0)
		return -1;
	snprintf(text, PARAM_ID_TEXT_LEN, "%lld", id);
	return 0;
}

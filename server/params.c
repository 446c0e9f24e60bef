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
	out->limit = PAGE_LIMIT_DEFAULT;
	out->offset = 0;
	const char *text = http_query(req, "limit");
	if (text) {
		long v;
		if (parse_long(text, &v) < 0 || v < 1) {
			bad_param(res, "limit", "limit must be a positive integer (at most %d)",
			          PAGE_LIMIT_MAX);
			return -1;
		}
		/* Larger pages are capped, not refused: the reply's "limit"
		 * says what was applied. */
		out->limit = v > PAGE_LIMIT_MAX ? PAGE_LIMIT_MAX : v;
	}
	int present;
	return param_long(req, res, "offset", 0, LONG_MAX / 2, &present, &out->offset);
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

/* Query-parameter parsing for handlers. Each parser either stores the value
 * and returns 0, or writes a 400 problem naming the parameter into `res` and
 * returns -1, so that a handler can `if (param_x(...) < 0) return;`.
 * Every 400 has code "invalid_parameter" and "param" = the name.
 * Integers are strict base 10: "12abc", " 12", "" and overflow are 400s. */
#ifndef SERVER_PARAMS_H
#define SERVER_PARAMS_H

#include "http.h"

#define PAGE_LIMIT_DEFAULT 100
#define PAGE_LIMIT_MAX     1000
/* Rows of one CSV download. A CSV is a whole filtered list, not a page
 * (a spreadsheet user cannot follow Link headers), so up to this many. It
 * is streamed a page at a time (csv_stream.h), so the bound is one of time
 * and of the file's size (100,000 metric rows are 17 MB), not of memory. */
#define CSV_ROWS_MAX 100000

typedef struct paging {
	long limit;  /* 1..PAGE_LIMIT_MAX (CSV: 1..CSV_ROWS_MAX), default PAGE_LIMIT_DEFAULT */
	long offset; /* >= 0, default 0 */
	/* CSV without `limit`: the whole list from offset is asked for, so a
	 * list longer than CSV_ROWS_MAX is refused rather than cut. */
	int whole;
	/* The keyset cursor of `after=` (list_query.h), NULL when absent;
	 * points into the request. Never together with offset. */
	const char *after;
} paging;

/* Refuses a query that names a parameter not in `accepted` (NULL-terminated;
 * NULL accepts none) or names one more than once: 400 problem with code
 * unknown_parameter (checked first) or repeated_parameter, "param" the first
 * such name and "params" all of them, in the order given. "format" is
 * always accepted: the dispatcher itself reads it. Returns 0 or -1. */
int param_check_names(const http_param *query, size_t n, const char *const *accepted,
                      http_response *res);

/* Longest after= cursor accepted (it holds a few sort key values). */
#define PAGE_AFTER_MAX_CHARS 1024

/* `limit` (a positive integer; above PAGE_LIMIT_MAX it is capped, not
 * refused) and `offset` (an integer >= 0), or `after` (a cursor of at most
 * PAGE_AFTER_MAX_CHARS characters, checked by list_query.c) instead of
 * offset: both is a 400. For CSV (req->format) the
 * default is everything: limit CSV_ROWS_MAX with `whole` set, and an
 * explicit limit is capped at CSV_ROWS_MAX. */
int param_paging(const http_request *req, http_response *res, paging *out);

/* An integer in [min, max]; *present = 0 and *out untouched when absent. */
int param_long(const http_request *req, http_response *res, const char *name, long min, long max,
               int *present, long *out);

/* "true"/"false" (also 1/0); *present = 0 when absent. */
int param_bool(const http_request *req, http_response *res, const char *name, int *present,
               int *out);

/* One of `allowed` (NULL-terminated); *out = NULL when absent, else the
 * matching element of `allowed` (compared exactly, case-sensitive). */
int param_enum(const http_request *req, http_response *res, const char *name,
               const char *const *allowed, const char **out);

/* Free text of at most max_chars code points; *out = NULL when absent or
 * empty (an empty filter filters nothing). *out points into req. */
int param_text(const http_request *req, http_response *res, const char *name, size_t max_chars,
               const char **out);

/* Most ids one list parameter may hold (indicator=1,2,3). */
#define PARAM_ID_LIST_MAX 20

/* A comma-separated list of 1 to PARAM_ID_LIST_MAX distinct positive ids
 * ("3" or "1,2,3", no spaces or empty items), in `ids` in the order given;
 * *n = 0 when absent. */
int param_id_list(const http_request *req, http_response *res, const char *name, long long *ids,
                  size_t *n);

/* The {id} path parameter at `index` as a positive integer; 404 when it is
 * not one (an id that cannot exist names no resource). */
int param_path_id(const http_request *req, http_response *res, size_t index, long long *out);

/* Bytes that hold any id of param_path_id in decimal with its NUL. */
#define PARAM_ID_TEXT_LEN 24

/* param_path_id, with the id written in decimal into `text` (the caller's
 * buffer of PARAM_ID_TEXT_LEN bytes), ready as a query parameter. */
int param_path_id_text(const http_request *req, http_response *res, size_t index,
                       char text[PARAM_ID_TEXT_LEN]);

#endif

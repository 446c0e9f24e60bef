/* Replies shared by the handlers: lists (JSON or CSV with paging links) and
 * rows turned into JSON. */
#ifndef SERVER_REPLY_H
#define SERVER_REPLY_H

#include "http.h"
#include "params.h"

#include <jansson.h>
#include <libpq-fe.h>

/* A column of a query result as JSON. */
enum col_type { COL_TEXT, COL_INT, COL_DECIMAL, COL_BOOL, COL_JSON };

typedef struct col_spec {
	const char *name;   /* JSON key and CSV header; also the result column name */
	enum col_type type;
} col_spec;

/* A JSON object of row `row` of `pg` with the given columns (a SQL NULL
 * becomes JSON null). Returns a new reference. */
json_t *row_to_json(const PGresult *pg, int row, const col_spec *cols, size_t n_cols);

/* Replies 200 with {"items","total","limit","offset"} or, when req->format
 * is FORMAT_CSV, RFC 4180 CSV (UTF-8 with BOM) of `cols` over `items`, and a
 * Link header with next/prev. `items` is stolen. */
void reply_list(const http_request *req, http_response *res, json_t *items, long long total,
                const paging *page, const col_spec *cols, size_t n_cols);

#endif

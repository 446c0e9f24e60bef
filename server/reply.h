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
	const char *name; /* JSON key and CSV header; also the result column name */
	enum col_type type;
} col_spec;

/* Which rows of a result a reply shows: those before row `end` (-1: to the
 * last) whose column `skip_if_null` is not NULL (-1: no such column). A list
 * asks for one row more than its page, to know whether a next one exists,
 * and shows the page only. */
typedef struct row_pick {
	int skip_if_null;
	int end;
} row_pick;
#define ROWS_ALL ((row_pick){.skip_if_null = -1, .end = -1})

/* The JSON value of one non-NULL cell whose text is `text`, typed by `type`:
 * a decimal is always a JSON number, exact up to 15 significant digits
 * (json_num.h); one with more is an exact integer when it fits 64 bits, else
 * rounded to the nearest double (logged); text that does not convert gives
 * JSON null. Returns a new reference the caller owns (json_decref). */
json_t *cell_text_to_json(const char *text, enum col_type type);

/* idx[i]: the column of `pg` named cols[i].name, or -1 (logged) when the
 * result has none. Returns an array of n_cols ints the caller frees. */
int *result_columns(const PGresult *pg, const col_spec *cols, size_t n_cols);

/* A JSON object of row `row` of `pg` with the given columns (a SQL NULL
 * becomes JSON null). Returns a new reference. */
json_t *row_to_json(const PGresult *pg, int row, const col_spec *cols, size_t n_cols);

/* A JSON array with one object per row of `pg`, as row_to_json, looking the
 * columns up once. Rows where column `skip_if_null` is NULL are left out
 * (pass -1 to keep every row). Returns a new reference. */
json_t *rows_to_json(const PGresult *pg, int skip_if_null, const col_spec *cols, size_t n_cols);

/* Replies 200 with {"items","total","limit","offset"} or, when req->format
 * is FORMAT_CSV, RFC 4180 CSV (UTF-8 with BOM) of `cols` over `items`, and a
 * Link header with next/prev. `items` is stolen. */
void reply_list(const http_request *req, http_response *res, json_t *items, long long total,
                const paging *page, const col_spec *cols, size_t n_cols);

/* What a list page knows of the list beyond its rows. */
typedef struct list_meta {
	long long total; /* rows that match, or -1 when not counted ("total" left out) */
	int has_next;    /* a row follows this page */
	/* The keyset cursor of the next page (the body's "next_after", and
	 * the "next" link of a request that used after=); NULL when the list
	 * has no keyset order or no next page. */
	const char *next_after;
} list_meta;

/* reply_list straight from the rows of `pg` that `pick` shows: the same bytes, without building
 * JSON values first (row_text.h), and "total" only when meta->total >= 0.
 * A whole-list CSV with meta->has_next is refused (too_many_rows). `pg`
 * stays the caller's. */
void reply_list_rows(const http_request *req, http_response *res, const PGresult *pg, row_pick pick,
                     const list_meta *meta, const paging *page, const col_spec *cols,
                     size_t n_cols);

/* The Link header (rel next/prev) of a page of `total` items. */
void reply_page_links(const http_request *req, http_response *res, long long total,
                      const paging *page);

/* A CSV of the whole list (req->format CSV, page->whole) that would not hold
 * all `total` rows: replies 400 too_many_rows, rather than a file that looks
 * complete and is not, and returns 1. Returns 0 (nothing replied) otherwise. */
int reply_refuse_cut_csv(const http_request *req, http_response *res, long long total,
                         const paging *page);

/* Names what a list's items are, for lists whose items come in more than one
 * shape (comparisons by mode, indicators or unmatched names): a JSON list
 * reply (status 200 from reply_list or reply_list_rows) gets a first member
 * "item_kind": `item_kind`, the discriminator of its schema in
 * api/openapi.json, so that a client (and a validator) knows the shape even
 * of an empty page. `item_kind` is a fixed identifier ([a-z_]), never input.
 * CSV, problems and other statuses are left as they are. */
void reply_list_set_item_kind(const http_request *req, http_response *res, const char *item_kind);

#endif

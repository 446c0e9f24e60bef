/* A paged list straight from SQL: one page, and a total only as asked for
 * (Prefer: count=...), replied as JSON by reply_list_rows; a CSV download
 * is streamed from a cursor instead (csv_stream.h), so its length costs no
 * memory (it counts its rows: a download is the whole list).
 *
 * Counting the whole filter on every page was most of a list's cost (at
 * 1,001 reports 2.8 of the 3.1 ms of /metrics?limit=100) and grows with the
 * table, so by default there is no count: the page reads one row more than
 * it returns, which is all the "next" link needs. A client that wants the
 * number says so, as with PostgREST:
 *   count=exact      count(*) over the filter (the old behaviour);
 *   count=planned    the planner's estimate of the filter's rows (EXPLAIN):
 *                    constant cost, may be far off;
 *   count=estimated  exact up to LIST_COUNT_EXACT_MAX rows (a count that
 *                    stops there), the planner's estimate beyond.
 * The answer says which was applied (Preference-Applied).
 *
 * Keyset paging: a list with a keyset order (list_order) also pages by
 * after=CURSOR (list_cursor.h), "the rows after the last one seen", which
 * an index answers at any depth, where offset=N reads and drops N rows. */
#ifndef SERVER_LIST_QUERY_H
#define SERVER_LIST_QUERY_H

#include "http.h"
#include "params.h"
#include "reply.h"
#include "sql_where.h"

/* count=estimated counts exactly up to this many rows. */
#define LIST_COUNT_EXACT_MAX 1000

/* Most columns of a keyset order. */
#define LIST_KEYS_MAX 4

/* One column of a keyset order: a NOT NULL expression, its kind and its
 * direction. The keys together must order the rows uniquely. */
typedef struct list_key {
	const char *expr; /* fixed SQL, e.g. "m.report_id" */
	int is_int;       /* an integer column, else text */
	int desc;
	/* For the first key: an expression equal to it through a join ("r.id"
	 * for m.report_id), given the same bound so that the joined table is
	 * read from there too, not from its start; NULL for none. */
	const char *also;
} list_key;

/* An ORDER BY that after= can continue: `name` is the sort= value it is
 * (cursors are bound to it). */
typedef struct list_order {
	const char *name;
	list_key keys[LIST_KEYS_MAX];
	size_t n_keys;
} list_order;

/* Runs
 *   SELECT <select> FROM <from> <where> ORDER BY <order> LIMIT .. OFFSET ..
 * with the count req->count asks for, turns each row into an object of
 * `cols` and replies with reply_list_rows (or the db_query error).
 * `select`, `from` and `order` are fixed SQL; values only travel in
 * `where`'s parameters, and the paging values are added to them here.
 * This list has no keyset order: after= is not offered. */
void reply_list_query(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols);

/* reply_list_query ordered by `order`'s keys, which also pages by
 * page->after (400 invalid_parameter "after" for a cursor that is not one
 * of this order's) and gives each page but the last a "next_after". */
void reply_list_query_keyed(const http_request *req, http_response *res, const char *select,
                            const char *from, sql_where *where, const list_order *order,
                            const paging *page, const col_spec *cols, size_t n_cols);

#endif

/* A paged list straight from SQL: the total and one page in one statement,
 * replied as JSON by reply_list; a CSV download is streamed from a cursor
 * instead (csv_stream.h), so its length costs no memory. */
#ifndef SERVER_LIST_QUERY_H
#define SERVER_LIST_QUERY_H

#include "http.h"
#include "params.h"
#include "reply.h"
#include "sql_where.h"

/* Runs
 *   SELECT <select> FROM <from> <where> ORDER BY <order> LIMIT .. OFFSET ..
 * together with the count of all rows that match, turns each row into an
 * object of `cols` and replies with reply_list (or the db_query error).
 * `select`, `from` and `order` are fixed SQL; values only travel in `where`'s
 * parameters, and LIMIT/OFFSET are added to them here. */
void reply_list_query(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols);

#endif

/* CSV downloads of whole lists, streamed: the rows go out page by page from
 * a database cursor, so the memory one download costs is bounded by a page
 * (CSV_STREAM_PAGE_ROWS rows), not by the length of the list.
 *
 * Why a connection of its own: libmicrohttpd's pool threads each serve many
 * connections, and a thread's pool connection (db_pool.h) serves the next
 * request on that thread while this body is still being sent. A cursor
 * lives in a transaction, so each download holds one connection for as
 * long as it runs — which is why downloads at once are bounded
 * (CSV_STREAMS_MAX, beyond: 503 too_many_exports with Retry-After) and each
 * is bounded in time (CSV_STREAM_MAX_SECONDS: past it the connection is
 * cut, the client sees an incomplete transfer).
 *
 * Consistency: the count that decides between the file and a 400
 * too_many_rows, and every page of the file, are read in one REPEATABLE
 * READ transaction, so the file is exactly the list at one moment, even
 * while an import commits. */
#ifndef SERVER_CSV_STREAM_H
#define SERVER_CSV_STREAM_H

#include "http.h"
#include "params.h"
#include "reply.h"
#include "sql_where.h"

/* Rows fetched from the cursor per page. A metric row is a few hundred
 * bytes of CSV (its quote is a clause of the report), so a page is about
 * 100 KB of text plus its libpq result. */
#define CSV_STREAM_PAGE_ROWS 500
/* Downloads streaming at once (each holds a database connection). */
#define CSV_STREAMS_MAX 8
/* The longest a download may take, slow clients included. */
#define CSV_STREAM_MAX_SECONDS 300

/* Sets the connection string (copied) and the statement timeout in ms of
 * the downloads' own connections. Call once before serving. */
void csv_stream_configure(const char *url, int statement_timeout_ms);
void csv_stream_shutdown(void);

/* Describes the CSV of
 *   SELECT <select> FROM <from> <where> ORDER BY <order> LIMIT/OFFSET of page
 * in `res`: 200 with a body_stream (headers: the BOM and header row, then
 * the rows as row_text.h writes them, exactly the bytes of the buffered
 * reply), or 400 too_many_rows when a whole list has more than it may hold,
 * or 503 when the database or the download slots are not available. HEAD
 * gets the status and headers without opening a cursor, and an empty
 * stream (body_stream_for_head) so that the transport frames it as the
 * GET's, with no length. `select`, `from`
 * and `order` are fixed SQL, values travel in `where`'s parameters (LIMIT
 * and OFFSET are added to them here); `cols` must outlive the response
 * (static tables). */
void csv_stream_reply(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols);

/* Downloads streaming now (for tests and /readyz-style checks). */
int csv_streams_open(void);

#endif

#include "list_query.h"

#include "csv_stream.h"
#include "db_pool.h"

#include <stdlib.h>

void reply_list_query(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols)
{
	if (req->format == FORMAT_CSV) {
		/* Downloads stream from a cursor, whatever their length. */
		csv_stream_reply(req, res, select, from, where, order, page, cols, n_cols);
		return;
	}
	int limit_n = sql_where_param_long(where, page->limit);
	int offset_n = sql_where_param_long(where, page->offset);
	/* The LEFT JOIN keeps one row (with the total) even when the page is
	 * empty; "_row" tells a real row from that placeholder. */
	sb sql = SB_INIT;
	sb_printf(&sql,
	          "SELECT t._total, p.* FROM (SELECT count(*) AS _total FROM %s%s) t"
	          " LEFT JOIN LATERAL (SELECT true AS _row, %s FROM %s%s ORDER BY %s"
	          " LIMIT $%d OFFSET $%d) p ON true",
	          from, sb_str(&where->clause), select, from, sb_str(&where->clause), order,
	          limit_n, offset_n);
	PGresult *pg =
	    db_query(res, sb_str(&sql), (int)where->n_params, (const char *const *)where->params);
	if (!pg)
		goto out;
	long long total = PQntuples(pg) > 0 ? strtoll(PQgetvalue(pg, 0, 0), NULL, 10) : 0;
	reply_list_rows(req, res, pg, PQfnumber(pg, "_row"), total, page, cols, n_cols);
	PQclear(pg);
out:
	sb_free(&sql);
}

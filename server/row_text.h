/* Rows of a query result written straight as JSON or CSV text. The bytes
 * are exactly those of rows_to_json (reply.h) dumped with JSON_NUM_FLAGS,
 * or passed through csv_write, without building a Jansson value per cell:
 * for a page of 100 metrics that building, dumping and freeing was most of
 * the work of a request (see bench/README.md). */
#ifndef SERVER_ROW_TEXT_H
#define SERVER_ROW_TEXT_H

#include "reply.h"
#include "sb.h"

#include <libpq-fe.h>

/* Appends a JSON array with one object per picked row of `pg` (keys in the
 * order of `cols`). */
void rows_write_json(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                     size_t n_cols);

/* Appends row `row` of `pg` as the one JSON object rows_write_json writes
 * for it (the bytes of row_to_json's dump). */
void row_write_json(sb *out, const PGresult *pg, int row, const col_spec *cols, size_t n_cols);

/* Appends the CSV of csv_write (BOM, header row, CRLF rows) for the same
 * rows. */
void rows_write_csv(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                    size_t n_cols);

/* Appends only the CSV rows of rows_write_csv (no BOM, no header): one page
 * of a streamed export (csv_stream.h). */
void rows_write_csv_rows(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                         size_t n_cols);

/* Appends `s` as a JSON string as Jansson prints it without
 * JSON_ENSURE_ASCII: UTF-8 as is; '"', '\\' and control characters
 * escaped. */
void json_write_string(sb *out, const char *s, size_t n);

#endif

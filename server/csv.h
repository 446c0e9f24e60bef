/* RFC 4180 CSV of JSON list items, for spreadsheets (Excel reads the BOM as
 * "this is UTF-8" and shows Chinese text correctly). */
#ifndef SERVER_CSV_H
#define SERVER_CSV_H

#include "reply.h"
#include "sb.h"

#include <jansson.h>

/* The Content-Type of every CSV reply (RFC 4180, with its header row). */
#define CSV_CONTENT_TYPE "text/csv; charset=utf-8; header=present"

/* Appends one text field: quoted ("...", inner quotes doubled) when it
 * holds a comma, quote, CR or LF, or starts/ends with a space; as is
 * otherwise. A field that starts with = + - @ TAB or CR, which a
 * spreadsheet would run as a formula (CSV injection), is neutralised as
 * OWASP recommends: a single quote is put before it and the field is
 * quoted ("'=1+2"). Every text cell goes through here, whatever it looks
 * like: text comes from the reports, which anyone can write. */
void csv_append_field(sb *out, const char *text);

/* Appends a number field (digits, '-', '.', from a numeric column) as is:
 * -3.2 stays a number a spreadsheet can sum. Never for text. */
void csv_append_number(sb *out, const char *text);

/* Appends the BOM, a header row of the column names, and one row per item
 * of `items` (an array of objects), every row ending in CRLF. Strings go as
 * they are, numbers as JSON prints them (exact decimals), booleans as
 * true/false, null or a missing key as an empty field, objects and arrays
 * as compact JSON text. */
void csv_write(sb *out, const json_t *items, const col_spec *cols, size_t n_cols);

/* Appends the BOM and the header row (the names of `cols`, CRLF-ended) that
 * open every CSV reply; csv_write and rows_write_csv go on with the rows. */
void csv_write_header(sb *out, const col_spec *cols, size_t n_cols);

#endif

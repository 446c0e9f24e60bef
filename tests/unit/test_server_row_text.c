/* Rows written straight as text (server/row_text.c) give the very bytes of
 * the Jansson route (rows_to_json + json_dumps / csv_write), on awkward
 * values: exact decimals, huge and tiny ones, escapes, invalid UTF-8, JSON
 * columns, NULLs. The result is built with libpq's own constructors. */
#include "csv.h"
#include "json_num.h"
#include "reply.h"
#include "row_text.h"
#include "urlcodec.h"

#include <criterion/criterion.h>
#include <string.h>

static const col_spec cols[] = {
    {"id", COL_INT},  {"name", COL_TEXT},  {"value", COL_DECIMAL},
    {"ok", COL_BOOL}, {"extra", COL_JSON}, {"missing", COL_TEXT},
};
#define N_COLS (sizeof cols / sizeof cols[0])

/* One row per entry: id, name, value, ok, extra (NULL = SQL NULL). The
 * result has no column "missing" (null in JSON, empty in CSV), and a
 * column "_row" (NULL on the last row, which skip leaves out). */
static const char *rows[][5] = {
    {"1", "工业增加值", "182.90", "t", "{\"a\": [1, 2.5]}"},
    {"-42", "税收 \"收入\",\n合计\t\x01\x7f/", "-2.30", "f", "\"text\""},
    {"3", " padded ", "0.00001", "t", "true"},
    {"4", "\xff\xfe not utf-8", "12345678901234567", NULL, "null"},
    {"5", NULL, "100000000000000000000", "f", "[]"},
    {"6", "", "-0.00", "t", NULL},
    {"7", "a,b", "0.0001", "f", "{}"},
    {"8", "x", "1.000", "t", "12.50"},
    {"9", "y", "999999999999999", "t", NULL},
    {"10", "z", "0.1234567890123", "t", NULL},
    {"11", "w", "NaN", "t", NULL},
    {"+13", "int spelled oddly", "1", "t", NULL},
    {"007", "leading zeros", "1", "t", NULL},
    {"-0", "minus zero", "1", "t", NULL},
    {"0", "zero", "1", "t", NULL},
    {"9223372036854775807", "max", "1", "t", NULL},
    {"99999999999999999999", "overflow", "1", "t", NULL},
    {"13", "=HYPERLINK(\"http://x\",\"y\")", "-3.2", "t", "\"=1+2\""},
    {"14", "-3.2", "-12345678901234567890.5", "t", "-7"},
    {"15", "@SUM(A1)", "-0.00001", "t", NULL},
    {"16", "+1", "1", "t", NULL},
    {"17", "\tx", "1", "t", NULL},
    {"18", "\rx", "1", "t", NULL},
    {"12", "skipped", "1", "t", NULL},
};
#define N_ROWS (sizeof rows / sizeof rows[0])

static PGresult *make_result(void)
{
	PGresult *pg = PQmakeEmptyPGresult(NULL, PGRES_TUPLES_OK);
	PGresAttDesc attrs[6];
	const char *names[] = {"_row", "id", "name", "value", "ok", "extra"};
	memset(attrs, 0, sizeof attrs);
	for (int i = 0; i < 6; i++) {
		attrs[i].name = (char *)names[i];
		attrs[i].format = 0;
		attrs[i].typlen = -1;
		attrs[i].atttypmod = -1;
	}
	cr_assert(PQsetResultAttrs(pg, 6, attrs));
	for (int r = 0; r < (int)N_ROWS; r++) {
		int last = r == (int)N_ROWS - 1;
		cr_assert(PQsetvalue(pg, r, 0, last ? NULL : "t", last ? -1 : 1));
		for (int c = 0; c < 5; c++) {
			const char *v = rows[r][c];
			cr_assert(PQsetvalue(pg, r, c + 1, (char *)v, v ? (int)strlen(v) : -1));
		}
	}
	return pg;
}

Test(server_row_text, json_is_byte_for_byte_the_jansson_dump)
{
	PGresult *pg = make_result();
	json_t *items = rows_to_json(pg, 0, cols, N_COLS);
	char *want = json_dumps(items, JSON_NUM_FLAGS);
	sb got = SB_INIT;
	rows_write_json(&got, pg, (row_pick){.skip_if_null = 0, .end = -1}, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), want);
	/* and a few values spelled out, so that both cannot be wrong alike */
	cr_assert_not_null(strstr(want, "\"value\":182.9,"));
	cr_assert_not_null(strstr(want, "\"value\":-2.3,"));
	cr_assert_not_null(strstr(want, "\"value\":0,"));
	cr_assert_not_null(strstr(want, "\"name\":\"税收 \\\"收入\\\",\\n合计\\t\\u0001\x7f/\""));
	/* more than 15 significant digits: still numbers (one JSON type per
	 * field), an exact integer, or the nearest double */
	cr_assert_not_null(strstr(want, "\"value\":12345678901234567,"));
	cr_assert_not_null(strstr(want, "\"value\":-1.23456789012346e19,"));
	cr_assert_null(strstr(want, "skipped"));
	free(want);
	sb_free(&got);
	/* every row kept */
	json_decref(items);
	items = rows_to_json(pg, -1, cols, N_COLS);
	want = json_dumps(items, JSON_NUM_FLAGS);
	rows_write_json(&got, pg, ROWS_ALL, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), want);
	free(want);
	sb_free(&got);
	json_decref(items);
	PQclear(pg);
}

Test(server_row_text, csv_is_byte_for_byte_csv_write)
{
	PGresult *pg = make_result();
	json_t *items = rows_to_json(pg, 0, cols, N_COLS);
	sb want = SB_INIT, got = SB_INIT;
	csv_write(&want, items, cols, N_COLS);
	rows_write_csv(&got, pg, (row_pick){.skip_if_null = 0, .end = -1}, cols, N_COLS);
	cr_assert_eq(got.len, want.len);
	cr_assert_str_eq(sb_str(&got), sb_str(&want));
	cr_assert_not_null(
	    strstr(sb_str(&got), "\r\n1,工业增加值,182.9,true,\"{\"\"a\"\":[1,2.5]}\",\r\n"));
	sb_free(&want);
	sb_free(&got);
	json_decref(items);
	PQclear(pg);
}

Test(server_row_text, empty_result)
{
	PGresult *pg = make_result();
	sb got = SB_INIT;
	/* skip on a column that is never NULL and no rows: "[]" */
	PGresult *empty = PQmakeEmptyPGresult(NULL, PGRES_TUPLES_OK);
	rows_write_json(&got, empty, ROWS_ALL, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), "[]");
	sb_free(&got);
	PQclear(empty);
	PQclear(pg);
}

Test(server_row_text, a_pick_ends_before_its_row)
{
	/* a list page: the rows before `end`, the one after it (which only
	 * says that a next page exists) left out */
	PGresult *pg = make_result();
	json_t *all = rows_to_json(pg, -1, cols, N_COLS);
	json_t *first_two = json_array();
	json_array_append(first_two, json_array_get(all, 0));
	json_array_append(first_two, json_array_get(all, 1));
	char *want = json_dumps(first_two, JSON_NUM_FLAGS);
	sb got = SB_INIT;
	rows_write_json(&got, pg, (row_pick){.skip_if_null = -1, .end = 2}, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), want);
	free(want);
	sb_free(&got);
	/* an end past the last row is the last row */
	want = json_dumps(all, JSON_NUM_FLAGS);
	rows_write_json(&got, pg, (row_pick){.skip_if_null = -1, .end = 1000}, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), want);
	free(want);
	sb_free(&got);
	/* and in CSV: the header and two rows */
	rows_write_csv(&got, pg, (row_pick){.skip_if_null = -1, .end = 2}, cols, N_COLS);
	size_t lines = 0;
	for (const char *c = sb_str(&got); (c = strstr(c, "\r\n")); c += 2)
		lines++;
	cr_assert_eq(lines, 3);
	sb_free(&got);
	json_decref(first_two);
	json_decref(all);
	PQclear(pg);
}

Test(server_row_text, one_row_is_the_jansson_dump_of_its_object)
{
	PGresult *pg = make_result();
	json_t *row = row_to_json(pg, 1, cols, N_COLS);
	char *want = json_dumps(row, JSON_NUM_FLAGS);
	sb got = SB_INIT;
	row_write_json(&got, pg, 1, cols, N_COLS);
	cr_assert_str_eq(sb_str(&got), want);
	free(want);
	sb_free(&got);
	json_decref(row);
	PQclear(pg);
}

/* Texts that put each byte needing care (escapes, DEL, every kind of
 * invalid or valid UTF-8) at every offset around the 8-byte steps of the
 * writer's ASCII scan, and at the very end: the bytes of the Jansson route
 * (escaped, or null when json_string refuses the text). */
Test(server_row_text, texts_at_every_offset_are_the_jansson_dump)
{
	static const char *const specials[] = {
	    "\"",
	    "\\",
	    "\n",
	    "\x01",
	    "\x1f",
	    "\x7f",
	    " ",
	    "~",
	    "\x80",
	    "\xc0\xaf",
	    "\xe5\x8f\x91",
	    "\xed\xa0\x80",
	    "\xf0\x9f\x98\x80",
	    "\xf4\x90\x80\x80",
	    "\xe5\x8f",
	    "\xc3\xa9",
	    "\xff",
	};
	static const col_spec text_col[] = {{"t", COL_TEXT}};
	PGresult *pg = PQmakeEmptyPGresult(NULL, PGRES_TUPLES_OK);
	PGresAttDesc attr;
	memset(&attr, 0, sizeof attr);
	attr.name = (char *)"t";
	attr.typlen = -1;
	attr.atttypmod = -1;
	cr_assert(PQsetResultAttrs(pg, 1, &attr));
	int row = 0, refused = 0;
	for (size_t s = 0; s < sizeof specials / sizeof specials[0]; s++)
		for (int before = 0; before < 18; before++)
			for (int after = 0; after < 10; after += 9) {
				char text[64];
				int n = 0;
				for (int i = 0; i < before; i++)
					text[n++] = (char)('a' + i % 26);
				size_t sl = strlen(specials[s]);
				memcpy(text + n, specials[s], sl);
				n += (int)sl;
				for (int i = 0; i < after; i++)
					text[n++] = 'z';
				cr_assert(PQsetvalue(pg, row++, 0, text, n));
				refused += !utf8_valid(text, (size_t)n);
			}
	json_t *items = rows_to_json(pg, -1, text_col, 1);
	char *want = json_dumps(items, JSON_NUM_FLAGS);
	sb got = SB_INIT;
	rows_write_json(&got, pg, ROWS_ALL, text_col, 1);
	cr_assert_str_eq(sb_str(&got), want);
	/* the cases are there: escapes, and texts refused */
	cr_assert_not_null(strstr(want, "{\"t\":\"abcdefgh\\\"zzzzzzzzz\"}"));
	cr_assert_not_null(strstr(want, "{\"t\":\"abcdefghijklmnopq\\u001F\"}"));
	cr_assert_not_null(strstr(want, "{\"t\":null}"));
	cr_assert_gt(refused, 18 * 2 * 6 - 1);
	free(want);
	sb_free(&got);
	json_decref(items);
	PQclear(pg);
}

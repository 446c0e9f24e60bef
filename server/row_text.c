/* Query rows as JSON or CSV text (see row_text.h). Every cell takes a fast
 * path that writes the text the Jansson route would have produced; the rare
 * cells whose text that route would change in ways not worth copying here
 * (JSON columns, decimals of more than 15 digits or below 0.0001) go
 * through Jansson itself, so the output stays the same byte for byte.
 *
 * A list page is ~2,300 cells, so what each costs counts (perf on uncached
 * /metrics?limit=100: appends to the buffer, a UTF-8 pass and then an
 * escaping pass over every text, three libpq calls a cell). So: a text cell
 * is checked and escaped in one pass, skipping eight ASCII bytes at a time;
 * appends while the buffer has room are inline; the buffer is grown once,
 * from the first row's length, instead of doubling through the page; and a
 * cell asks libpq whether it is NULL only when its text is empty. */
#include "row_text.h"

#include "csv.h"
#include "json_num.h"
#include "log.h"
#include "urlcodec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* sb_append, inline while the buffer has room (sb_append's own test). */
static inline void put(sb *out, const char *s, size_t n)
{
	if (out->len + n < out->cap) {
		memcpy(out->data + out->len, s, n);
		out->len += n;
		out->data[out->len] = '\0';
	} else {
		sb_append(out, s, n);
	}
}

static inline void put_char(sb *out, char c)
{
	put(out, &c, 1);
}

/* Room for `more` bytes after what out holds (sb's fields are public: it
 * has no reserve of its own). */
static void make_room(sb *out, size_t more)
{
	if (out->len + more + 1 <= out->cap)
		return;
	out->cap = out->len + more + 1;
	out->data = xrealloc(out->data, out->cap);
	out->data[out->len] = '\0';
}

/* The escape of a byte that JSON text may not hold as it is (", \ and the
 * controls below 0x20), written to esc as Jansson writes it: \n, \t and
 * so on, else \u00XX in upper-case hex. Returns its length, 2 or 6. */
static size_t json_escape(unsigned char c, char esc[6])
{
	static const char hex[] = "0123456789ABCDEF";
	esc[0] = '\\';
	switch (c) {
	case '"':
	case '\\':
		esc[1] = (char)c;
		return 2;
	case '\b':
		esc[1] = 'b';
		return 2;
	case '\f':
		esc[1] = 'f';
		return 2;
	case '\n':
		esc[1] = 'n';
		return 2;
	case '\r':
		esc[1] = 'r';
		return 2;
	case '\t':
		esc[1] = 't';
		return 2;
	default:
		memcpy(esc + 1, "u00", 3);
		esc[4] = hex[c >> 4];
		esc[5] = hex[c & 15];
		return 6;
	}
}

void json_write_string(sb *out, const char *s, size_t n)
{
	sb_putc(out, '"');
	size_t run = 0; /* bytes copied as they are, pending */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\') {
			run++;
			continue;
		}
		sb_append(out, s + i - run, run);
		run = 0;
		char esc[6];
		sb_append(out, esc, json_escape((unsigned char)c, esc));
	}
	sb_append(out, s + n - run, run);
	sb_putc(out, '"');
}

/* Nonzero when one of the 8 bytes of x is not printable ASCII other than
 * '"' and '\\' (below 0x20, 0x80 and up, '"', '\\'): then the bytes are
 * looked at one by one. The tests are exact for "some byte is". */
static inline uint64_t needs_a_look(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
	return (x | ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
	        ((backslash - ones) & ~backslash)) &
	       highs;
}

/* A text cell: json_write_string(s) when utf8_valid(s), else "null" (as
 * json_string refuses it), in one pass over s. */
static void text_cell_json(sb *out, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t start = out->len, i = 0, run = 0; /* s[run, i) pending, as is */
	put_char(out, '"');
	while (i < n) {
		uint64_t w;
		while (i + 8 <= n && (memcpy(&w, s + i, 8), !needs_a_look(w)))
			i += 8;
		if (i >= n)
			break;
		unsigned c = s[i];
		if (c >= 0x80) {
			size_t len = utf8_sequence(s + i, n - i);
			if (!len)
				goto invalid;
			i += len;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (c == 0)
			goto invalid;
		put(out, text + run, i - run);
		char esc[6];
		put(out, esc, json_escape((unsigned char)c, esc));
		run = ++i;
	}
	put(out, text + run, n - run);
	put_char(out, '"');
	return;
invalid:
	sb_truncate(out, start);
	put(out, "null", 4);
}

/* The JSON text of json_decimal(text) dumped with JSON_NUM_FLAGS, when it
 * can be had by trimming: at most 15 digits in all (then a double holds
 * the value exactly and %.15g prints it back), and not below 1e-4 (where
 * %g would switch to an exponent). Returns 0 to leave it to Jansson. */
static int decimal_text(sb *out, const char *t)
{
	const char *p = t;
	int neg = *p == '-';
	p += neg;
	const char *int_start = p;
	while (*p >= '0' && *p <= '9')
		p++;
	size_t int_len = (size_t)(p - int_start);
	const char *frac = NULL;
	size_t frac_len = 0;
	if (*p == '.') {
		frac = ++p;
		while (*p >= '0' && *p <= '9')
			p++;
		frac_len = (size_t)(p - frac);
		if (frac_len == 0)
			return 0;
	}
	if (*p || int_len == 0 || int_len + frac_len > 15)
		return 0;
	while (frac_len > 0 && frac[frac_len - 1] == '0')
		frac_len--;
	while (int_len > 1 && *int_start == '0') {
		int_start++;
		int_len--;
	}
	int int_zero = int_len == 1 && *int_start == '0';
	if (frac_len == 0) {
		/* an integer: json_integer prints it without sign for 0 */
		if (neg && !int_zero)
			put_char(out, '-');
		put(out, int_start, int_len);
		return 1;
	}
	if (int_zero && frac_len >= 4 && memcmp(frac, "0000", 4) == 0)
		return 0;
	if (neg)
		put_char(out, '-');
	put(out, int_start, int_len);
	put_char(out, '.');
	put(out, frac, frac_len);
	return 1;
}

/* An integer as json_integer(strtoll(t)) prints it ("%lld"): PostgreSQL's
 * own text when that is already canonical (no '+', no leading zeros, and
 * short enough not to overflow), which is the rule; printf otherwise. */
static void integer_text(sb *out, const char *t, size_t len)
{
	size_t neg = t[0] == '-';
	size_t digits = len - neg;
	int canonical = digits > 0 && digits <= 18 && (t[neg] != '0' || (digits == 1 && !neg));
	for (size_t i = neg; canonical && i < len; i++)
		canonical = t[i] >= '0' && t[i] <= '9';
	if (canonical)
		put(out, t, len);
	else
		sb_printf(out, "%lld", strtoll(t, NULL, 10));
}

static void dump_value(sb *out, const json_t *v)
{
	char *s = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	if (!s) {
		log_error("json_dumps failed");
		abort();
	}
	sb_puts(out, s);
	free(s);
}

static void cell_json(sb *out, const PGresult *pg, int row, int col, enum col_type type)
{
	/* a NULL's text is empty: only then is it worth asking */
	size_t len = col < 0 ? 0 : (size_t)PQgetlength(pg, row, col);
	if (col < 0 || (len == 0 && PQgetisnull(pg, row, col))) {
		put(out, "null", 4);
		return;
	}
	const char *text = PQgetvalue(pg, row, col);
	switch (type) {
	case COL_TEXT:
		text_cell_json(out, text, len);
		return;
	case COL_INT:
		integer_text(out, text, len);
		return;
	case COL_BOOL:
		if (text[0] == 't')
			put(out, "true", 4);
		else
			put(out, "false", 5);
		return;
	case COL_DECIMAL:
		if (decimal_text(out, text))
			return;
		break;
	case COL_JSON:
		break;
	}
	json_t *v = cell_text_to_json(text, type);
	dump_value(out, v);
	json_decref(v);
}

/* csv.c's append_value for the same cell. */
static void cell_csv(sb *out, const PGresult *pg, int row, int col, enum col_type type)
{
	if (col < 0 || PQgetisnull(pg, row, col))
		return;
	const char *text = PQgetvalue(pg, row, col);
	size_t len = (size_t)PQgetlength(pg, row, col);
	switch (type) {
	case COL_TEXT:
		if (utf8_valid(text, len))
			csv_append_field(out, text);
		return;
	case COL_INT:
		integer_text(out, text, len);
		return;
	case COL_BOOL:
		sb_puts(out, text[0] == 't' ? "true" : "false");
		return;
	case COL_DECIMAL:
		if (decimal_text(out, text)) /* digits, '-' and '.' need no quotes */
			return;
		break;
	case COL_JSON:
		break;
	}
	json_t *v = cell_text_to_json(text, type);
	if (json_is_string(v) && type == COL_DECIMAL) {
		/* a decimal too long for a JSON number: still a number */
		csv_append_number(out, json_string_value(v));
	} else if (json_is_string(v)) {
		csv_append_field(out, json_string_value(v));
	} else if (json_is_true(v) || json_is_false(v)) {
		sb_puts(out, json_is_true(v) ? "true" : "false");
	} else if (!json_is_null(v)) {
		sb text_of = SB_INIT;
		dump_value(&text_of, v);
		if (json_is_number(v))
			csv_append_number(out, sb_str(&text_of));
		else
			csv_append_field(out, sb_str(&text_of));
		sb_free(&text_of);
	}
	json_decref(v);
}

/* The rows a pick shows end before this row. */
static int pick_end(const PGresult *pg, row_pick pick)
{
	int n = PQntuples(pg);
	return pick.end >= 0 && pick.end < n ? pick.end : n;
}

/* The keys of `cols` as every object repeats them ("{"id":", then
 * ","name":"), written once per reply rather than once per cell. */
typedef struct json_keys {
	sb text;
	size_t *end; /* key c is text[end[c - 1] (0 for the first), end[c]) */
} json_keys;

static void keys_init(json_keys *k, const col_spec *cols, size_t n_cols)
{
	k->text = (sb)SB_INIT;
	k->end = xcalloc(n_cols ? n_cols : 1, sizeof *k->end);
	for (size_t c = 0; c < n_cols; c++) {
		sb_putc(&k->text, c ? ',' : '{');
		json_write_string(&k->text, cols[c].name, strlen(cols[c].name));
		sb_putc(&k->text, ':');
		k->end[c] = k->text.len;
	}
}

static void keys_free(json_keys *k)
{
	free(k->end);
	sb_free(&k->text);
}

/* Row `row` as one JSON object; idx from result_columns. */
static void write_object(sb *out, const PGresult *pg, int row, const int *idx, const col_spec *cols,
                         size_t n_cols, const json_keys *k)
{
	const char *keys = sb_str(&k->text);
	for (size_t c = 0; c < n_cols; c++) {
		size_t from = c ? k->end[c - 1] : 0;
		put(out, keys + from, k->end[c] - from);
		cell_json(out, pg, row, idx[c], cols[c].type);
	}
	if (n_cols)
		put_char(out, '}');
	else
		put(out, "{}", 2);
}

void rows_write_json(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                     size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	int first = 1, end = pick_end(pg, pick);
	json_keys keys;
	keys_init(&keys, cols, n_cols);
	put_char(out, '[');
	for (int r = 0; r < end; r++) {
		if (pick.skip_if_null >= 0 && PQgetisnull(pg, r, pick.skip_if_null))
			continue;
		if (!first)
			put_char(out, ',');
		size_t before = out->len;
		write_object(out, pg, r, idx, cols, n_cols, &keys);
		if (first) /* the rest are about as long: a quarter more, once */
			make_room(out, (out->len - before + 1) * (size_t)(end - r) / 4 * 5 + 1);
		first = 0;
	}
	put_char(out, ']');
	keys_free(&keys);
	free(idx);
}

void row_write_json(sb *out, const PGresult *pg, int row, const col_spec *cols, size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	json_keys keys;
	keys_init(&keys, cols, n_cols);
	write_object(out, pg, row, idx, cols, n_cols, &keys);
	keys_free(&keys);
	free(idx);
}

void rows_write_csv(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols, size_t n_cols)
{
	csv_write_header(out, cols, n_cols);
	rows_write_csv_rows(out, pg, pick, cols, n_cols);
}

void rows_write_csv_rows(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                         size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	int end = pick_end(pg, pick);
	for (int r = 0; r < end; r++) {
		if (pick.skip_if_null >= 0 && PQgetisnull(pg, r, pick.skip_if_null))
			continue;
		for (size_t c = 0; c < n_cols; c++) {
			if (c)
				sb_putc(out, ',');
			cell_csv(out, pg, r, idx[c], cols[c].type);
		}
		sb_puts(out, "\r\n");
	}
	free(idx);
}

/* Query rows as JSON or CSV text (see row_text.h). Every cell takes a fast
 * path that writes the text the Jansson route would have produced; the rare
 * cells whose text that route would change in ways not worth copying here
 * (JSON columns, decimals of more than 15 digits or below 0.0001) go
 * through Jansson itself, so the output stays the same byte for byte. */
#include "row_text.h"

#include "csv.h"
#include "json_num.h"
#include "log.h"
#include "urlcodec.h"

#include <stdlib.h>
#include <string.h>

void json_write_string(sb *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
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
		char esc[7] = {'\\', 0};
		switch (c) {
		case '"':
		case '\\':
			esc[1] = (char)c;
			break;
		case '\b':
			esc[1] = 'b';
			break;
		case '\f':
			esc[1] = 'f';
			break;
		case '\n':
			esc[1] = 'n';
			break;
		case '\r':
			esc[1] = 'r';
			break;
		case '\t':
			esc[1] = 't';
			break;
		default: /* as Jansson: \u00XX, upper-case hex */
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			break;
		}
		sb_puts(out, esc);
	}
	sb_append(out, s + n - run, run);
	sb_putc(out, '"');
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
			sb_putc(out, '-');
		sb_append(out, int_start, int_len);
		return 1;
	}
	if (int_zero && frac_len >= 4 && memcmp(frac, "0000", 4) == 0)
		return 0;
	if (neg)
		sb_putc(out, '-');
	sb_append(out, int_start, int_len);
	sb_putc(out, '.');
	sb_append(out, frac, frac_len);
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
		sb_append(out, t, len);
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
	if (col < 0 || PQgetisnull(pg, row, col)) {
		sb_puts(out, "null");
		return;
	}
	const char *text = PQgetvalue(pg, row, col);
	size_t len = (size_t)PQgetlength(pg, row, col);
	switch (type) {
	case COL_TEXT:
		if (utf8_valid(text, len))
			json_write_string(out, text, len);
		else
			sb_puts(out, "null"); /* json_string refuses it */
		return;
	case COL_INT:
		integer_text(out, text, len);
		return;
	case COL_BOOL:
		sb_puts(out, text[0] == 't' ? "true" : "false");
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
	for (size_t c = 0; c < n_cols; c++) {
		size_t from = c ? k->end[c - 1] : 0;
		sb_append(out, sb_str(&k->text) + from, k->end[c] - from);
		cell_json(out, pg, row, idx[c], cols[c].type);
	}
	sb_puts(out, n_cols ? "}" : "{}");
}

void rows_write_json(sb *out, const PGresult *pg, row_pick pick, const col_spec *cols,
                     size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	int first = 1, end = pick_end(pg, pick);
	json_keys keys;
	keys_init(&keys, cols, n_cols);
	sb_putc(out, '[');
	for (int r = 0; r < end; r++) {
		if (pick.skip_if_null >= 0 && PQgetisnull(pg, r, pick.skip_if_null))
			continue;
		if (!first)
			sb_putc(out, ',');
		first = 0;
		write_object(out, pg, r, idx, cols, n_cols, &keys);
	}
	sb_putc(out, ']');
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

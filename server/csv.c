#include "csv.h"

#include "json_num.h"

#include <stdlib.h>
#include <string.h>

/* The first characters that make Excel, LibreOffice and Google Sheets read a
 * cell as a formula (OWASP "CSV Injection"; ASVS 5.0 1.2.10). */
static int starts_formula(const char *text)
{
	return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

void csv_append_number(sb *out, const char *text)
{
	sb_puts(out, text);
}

void csv_append_field(sb *out, const char *text)
{
	size_t n = strlen(text);
	int formula = starts_formula(text);
	int quote = formula || (n > 0 && (text[0] == ' ' || text[n - 1] == ' '));
	if (!quote && strpbrk(text, ",\"\r\n"))
		quote = 1;
	if (!quote) {
		sb_append(out, text, n);
		return;
	}
	sb_putc(out, '"');
	if (formula)
		sb_putc(out, '\'');
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			sb_putc(out, '"');
		sb_putc(out, *p);
	}
	sb_putc(out, '"');
}

static void append_value(sb *out, const json_t *v, enum col_type type)
{
	if (!v || json_is_null(v))
		return;
	if (json_is_string(v)) {
		/* a decimal too long for a JSON number is kept as a string, and
		 * is still a number */
		if (type == COL_DECIMAL)
			csv_append_number(out, json_string_value(v));
		else
			csv_append_field(out, json_string_value(v));
		return;
	}
	if (json_is_true(v) || json_is_false(v)) {
		sb_puts(out, json_is_true(v) ? "true" : "false");
		return;
	}
	char *text = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	if (text) {
		/* a number stays a number; an object or array is text */
		if (json_is_number(v))
			csv_append_number(out, text);
		else
			csv_append_field(out, text);
		free(text);
	}
}

void csv_write_header(sb *out, const col_spec *cols, size_t n_cols)
{
	sb_puts(out, "\xEF\xBB\xBF");
	for (size_t c = 0; c < n_cols; c++) {
		if (c)
			sb_putc(out, ',');
		csv_append_field(out, cols[c].name);
	}
	sb_puts(out, "\r\n");
}

void csv_write(sb *out, const json_t *items, const col_spec *cols, size_t n_cols)
{
	csv_write_header(out, cols, n_cols);
	size_t i;
	const json_t *item;
	json_array_foreach(items, i, item)
	{
		for (size_t c = 0; c < n_cols; c++) {
			if (c)
				sb_putc(out, ',');
			append_value(out, json_object_get(item, cols[c].name), cols[c].type);
		}
		sb_puts(out, "\r\n");
	}
}

#include "csv.h"

#include "json_num.h"

#include <stdlib.h>
#include <string.h>

void csv_append_field(sb *out, const char *text)
{
	size_t n = strlen(text);
	int quote = n > 0 && (text[0] == ' ' || text[n - 1] == ' ');
	if (!quote && strpbrk(text, ",\"\r\n"))
		quote = 1;
	if (!quote) {
		sb_append(out, text, n);
		return;
	}
	sb_putc(out, '"');
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			sb_putc(out, '"');
		sb_putc(out, *p);
	}
	sb_putc(out, '"');
}

static void append_value(sb *out, const json_t *v)
{
	if (!v || json_is_null(v))
		return;
	if (json_is_string(v)) {
		csv_append_field(out, json_string_value(v));
		return;
	}
	if (json_is_true(v) || json_is_false(v)) {
		sb_puts(out, json_is_true(v) ? "true" : "false");
		return;
	}
	char *text = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	if (text) {
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
			append_value(out, json_object_get(item, cols[c].name));
		}
		sb_puts(out, "\r\n");
	}
}

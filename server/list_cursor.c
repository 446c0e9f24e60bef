/* Cursors of keyset paging (list_cursor.h): JSON for the values, so that a
 * name may hold any character, then base64url without padding, so that
 * the cursor needs no escaping in a URL and says nothing a client should
 * rely on. */
#include "list_cursor.h"

#include "sb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static void base64url_encode(sb *out, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)s[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		sb_putc(out, b64url[(v >> 18) & 63]);
		sb_putc(out, b64url[(v >> 12) & 63]);
		if (i + 1 < n)
			sb_putc(out, b64url[(v >> 6) & 63]);
		if (i + 2 < n)
			sb_putc(out, b64url[v & 63]);
	}
}

static int b64_value(char c)
{
	const char *p = c ? strchr(b64url, c) : NULL;
	return p ? (int)(p - b64url) : -1;
}

/* Returns 0, or -1 for a character outside the alphabet or a length that
 * no encoding gives (one character left over). */
static int base64url_decode(sb *out, const char *s)
{
	size_t n = strlen(s);
	if (n % 4 == 1)
		return -1;
	for (size_t i = 0; i < n; i += 4) {
		uint32_t v = 0;
		size_t k = n - i < 4 ? n - i : 4;
		for (size_t j = 0; j < 4; j++) {
			int d = j < k ? b64_value(s[i + j]) : 0;
			if (d < 0)
				return -1;
			v = v << 6 | (uint32_t)d;
		}
		sb_putc(out, (char)(v >> 16));
		if (k > 2)
			sb_putc(out, (char)(v >> 8));
		if (k > 3)
			sb_putc(out, (char)v);
	}
	return 0;
}

char *list_cursor_encode(const char *sort, const char *const *values, const int *ints, size_t n)
{
	json_t *arr = json_array();
	json_array_append_new(arr, json_string(sort));
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, ints[i] ? json_integer(strtoll(values[i], NULL, 10))
		                                   : json_string(values[i]));
	char *text = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	sb out = SB_INIT;
	base64url_encode(&out, (const unsigned char *)text, strlen(text));
	free(text);
	return sb_take(&out);
}

int list_cursor_decode(const char *cursor, const char *sort, const int *ints, size_t n,
                       char **values_out)
{
	int rc = -1;
	size_t done = 0;
	json_t *arr = NULL;
	sb raw = SB_INIT;
	if (base64url_decode(&raw, cursor) < 0)
		goto out;
	arr = json_loadb(raw.len ? raw.data : "", raw.len, JSON_REJECT_DUPLICATES, NULL);
	if (!json_is_array(arr) || json_array_size(arr) != n + 1)
		goto out;
	const char *made_for = json_string_value(json_array_get(arr, 0));
	if (!made_for || strcmp(made_for, sort) != 0)
		goto out;
	for (; done < n; done++) {
		json_t *v = json_array_get(arr, done + 1);
		char text[32];
		if (ints[done]) {
			if (!json_is_integer(v))
				goto out;
			snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
			values_out[done] = xstrdup(text);
		} else {
			if (!json_is_string(v))
				goto out;
			/* A NUL cannot be a query parameter (nor is it in any name). */
			if (strlen(json_string_value(v)) != json_string_length(v))
				goto out;
			values_out[done] = xstrdup(json_string_value(v));
		}
	}
	rc = 0;
out:
	if (rc < 0)
		for (size_t i = 0; i < done; i++) {
			free(values_out[i]);
			values_out[i] = NULL;
		}
	json_decref(arr);
	sb_free(&raw);
	return rc;
}

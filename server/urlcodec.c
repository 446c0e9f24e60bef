#include "urlcodec.h"

#include <stdlib.h>

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		if (s[i] == 0)
			return 0;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t len = utf8_sequence(s + i, n - i);
		if (!len)
			return 0;
		i += len;
	}
	return 1;
}

size_t utf8_length(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

enum url_decode_status url_decode(const char *s, size_t n, int plus_is_space, char **out)
{
	*out = NULL;
	sb b = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '%') {
			int hi = i + 1 < n ? hex_value(s[i + 1]) : -1;
			int lo = i + 2 < n ? hex_value(s[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				sb_free(&b);
				return URL_DECODE_BAD_PERCENT;
			}
			sb_putc(&b, (char)(hi * 16 + lo));
			i += 2;
		} else if (c == '+' && plus_is_space) {
			sb_putc(&b, ' ');
		} else {
			sb_putc(&b, c);
		}
	}
	if (!utf8_valid(sb_str(&b), b.len)) {
		sb_free(&b);
		return URL_DECODE_BAD_UTF8;
	}
	*out = sb_take(&b);
	return URL_DECODE_OK;
}

void url_encode_component(sb *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned c = *p;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			sb_putc(out, (char)c);
		} else {
			char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
			sb_append(out, esc, 3);
		}
	}
}

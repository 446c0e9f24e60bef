/* Percent-encoding and UTF-8 checks for request targets (RFC 3986). */
#ifndef SERVER_URLCODEC_H
#define SERVER_URLCODEC_H

#include "sb.h"

#include <stddef.h>

enum url_decode_status {
	URL_DECODE_OK = 0,
	URL_DECODE_BAD_PERCENT, /* '%' not followed by two hex digits */
	URL_DECODE_BAD_UTF8,    /* the decoded bytes are not UTF-8, or hold NUL */
};

/* Decodes `n` bytes of `s`; in a query component ('plus_is_space') '+' is a
 * space. On URL_DECODE_OK *out is the decoded, NUL-terminated, valid UTF-8
 * text, which the caller frees; otherwise *out is NULL. */
enum url_decode_status url_decode(const char *s, size_t n, int plus_is_space, char **out);

/* 1 when the n bytes are well-formed UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF) without NUL. */
int utf8_valid(const char *s, size_t n);

/* The length of the valid UTF-8 sequence (of 2 to 4 bytes) at s[0] (>= 0x80)
 * within n bytes, or 0: the rules of utf8_valid, which walks the text
 * with it (no overlongs, surrogates or code points past U+10FFFF). Inline:
 * the JSON writer calls it for every character of Chinese text. */
static inline size_t utf8_sequence(const unsigned char *s, size_t n)
{
	unsigned c = s[0], cp;
	size_t len;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[k] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* The number of code points of valid UTF-8 text. */
size_t utf8_length(const char *s);

/* Appends s percent-encoded for a query component: everything but the
 * unreserved characters A-Z a-z 0-9 - . _ ~ is %XX. */
void url_encode_component(sb *out, const char *s);

#endif

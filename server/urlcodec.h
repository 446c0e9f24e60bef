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

/* The number of code points of valid UTF-8 text. */
size_t utf8_length(const char *s);

/* Appends s percent-encoded for a query component: everything but the
 * unreserved characters A-Z a-z 0-9 - . _ ~ is %XX. */
void url_encode_component(sb *out, const char *s);

#endif

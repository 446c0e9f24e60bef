/* Small UTF-8 helpers for text the decoder has already validated, and the
 * character classes the normaliser, metadata and outline stages share. */
#ifndef IMPORT_UTF8_H
#define IMPORT_UTF8_H

#include <stddef.h>

/* Reads the code point at s (valid UTF-8, at least one byte before end) and
 * stores its byte length in *len. Returns U+FFFD with *len 1 on a bad byte,
 * so that callers never loop forever on unexpected input. */
unsigned utf8_get(const char *s, const char *end, size_t *len);

/* Number of code points in s[0..n). */
size_t utf8_count(const char *s, size_t n);

/* Byte length of the code point that ends at s + n (n > 0). */
size_t utf8_prev_len(const char *s, size_t n);

/* Length in bytes of a valid UTF-8 sequence starting at p (end exclusive),
 * or 0 when p does not start one (bad lead, bad continuation, overlong form,
 * surrogate, above U+10FFFF, or cut off by end). */
size_t utf8_valid_seq(const unsigned char *p, const unsigned char *end);

/* CJK ideographs and CJK/full-width punctuation: characters around which
 * a PDF export's spaces are layout, not content. */
int cp_is_cjk(unsigned cp);

/* Display width in columns: 2 for CJK and full-width forms, 1 otherwise. */
int cp_width(unsigned cp);

/* ASCII space/tab, U+3000 ideographic space, U+00A0 no-break space and the
 * other Unicode space separators (U+2000..U+200A em/en spaces, U+202F,
 * U+205F, U+1680): Word documents indent paragraphs with em spaces. */
int cp_is_space(unsigned cp);

int cp_is_ascii_alnum(unsigned cp);

/* CJK unified ideographs (basic block and extension A): the characters of
 * Chinese words and names, without punctuation or full-width forms. */
int cp_is_ideograph(unsigned cp);

#endif

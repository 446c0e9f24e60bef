/* UTF-8 reading and character classes (see utf8.h). */
#include "utf8.h"

unsigned utf8_get(const char *s, const char *end, size_t *len)
{
	size_t n = utf8_valid_seq((const unsigned char *)s, (const unsigned char *)end);
	const unsigned char *p = (const unsigned char *)s;
	if (n == 0) {
		*len = 1;
		return 0xFFFD;
	}
	*len = n;
	switch (n) {
	case 1:
		return p[0];
	case 2:
		return ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	case 3:
		return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) |
		       (p[2] & 0x3F);
	default:
		return ((unsigned)(p[0] & 0x07) << 18) | ((unsigned)(p[1] & 0x3F) << 12) |
		       ((unsigned)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	}
}

size_t utf8_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

size_t utf8_prev_len(const char *s, size_t n)
{
	size_t k = 1;
	while (k < n && k < 4 && ((unsigned char)s[n - k] & 0xC0) == 0x80)
		k++;
	return k;
}

static int cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

size_t utf8_valid_seq(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (end - p >= 2 && cont(p[1])) ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (end - p < 3 || !cont(p[1]) || !cont(p[2]))
			return 0;
		if (c == 0xE0 && p[1] < 0xA0) /* overlong */
			return 0;
		if (c == 0xED && p[1] >= 0xA0) /* surrogate */
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (end - p < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3]))
			return 0;
		if (c == 0xF0 && p[1] < 0x90) /* overlong */
			return 0;
		if (c == 0xF4 && p[1] >= 0x90) /* above U+10FFFF */
			return 0;
		return 4;
	}
	return 0;
}

int cp_is_cjk(unsigned cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) ||   /* radicals, CJK punctuation, kana, ideographs */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||   /* compatibility ideographs */
	       (cp >= 0xFE30 && cp <= 0xFE4F) ||   /* CJK compatibility forms */
	       (cp >= 0xFF00 && cp <= 0xFF60) ||   /* full-width forms */
	       (cp >= 0xFFE0 && cp <= 0xFFE6) ||   /* full-width signs */
	       (cp >= 0x20000 && cp <= 0x3FFFF) || /* ideograph extensions */
	       cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || /* “” in CJK text */
	       cp == 0x2014 || cp == 0x2026 || cp == 0x00B7; /* —— …… · */
}

int cp_width(unsigned cp)
{
	return cp_is_cjk(cp) ? 2 : 1;
}

int cp_is_space(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0x3000 || cp == 0xA0 ||
	       (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x1680;
}

int cp_is_ascii_alnum(unsigned cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

int cp_is_ideograph(unsigned cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

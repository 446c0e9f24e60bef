/* Code-point view of the normalised text for the extractor. */
#include "extract_text.h"

#include "sb.h"

#include <stdlib.h>
#include <string.h>

uint32_t xt_lit_next(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t c = p[0];
	size_t len = 1;
	if (c >= 0xF0 && p[1] && p[2] && p[3]) {
		c = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
		    (p[3] & 0x3Fu);
		len = 4;
	} else if (c >= 0xE0 && p[1] && p[2]) {
		c = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		len = 3;
	} else if (c >= 0xC0 && p[1]) {
		c = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		len = 2;
	} else if (c >= 0x80) {
		c = 0xFFFD;
	}
	*s += len;
	return c;
}

int xt_lit_has(const char *set, uint32_t c)
{
	while (*set)
		if (xt_lit_next(&set) == c)
			return 1;
	return 0;
}

size_t xt_lit_len(const char *lit)
{
	size_t n = 0;
	while (*lit) {
		xt_lit_next(&lit);
		n++;
	}
	return n;
}

void xt_init(xt_text *t, const char *utf8)
{
	size_t n = 0;
	t->src = utf8;
	for (const char *s = utf8; *s; n++)
		xt_lit_next(&s);
	/* Exactly n code points: sized by the bytes instead, a text of CJK
	 * characters (3 bytes each) would hold three times the memory it uses. */
	t->cp = xmalloc((n + 1) * sizeof *t->cp);
	t->cls = xmalloc(n + 1);
	t->n = 0;
	for (const char *s = utf8; *s;)
		t->cp[t->n++] = xt_lit_next(&s);
	t->cp[n] = 0;
	t->cls[n] = 0;
	/* Delimiter classes once, so that a scan for a clause's or sentence's
	 * edge reads one byte per position. An ASCII '.' ends a sentence unless
	 * it is a decimal point (between two digits). */
	for (size_t i = 0; i < n; i++) {
		uint32_t c = t->cp[i];
		int stop = c == '.' && !(i > 0 && xt_is_digit(t->cp[i - 1]) && i + 1 < n &&
		                         xt_is_digit(t->cp[i + 1]));
		uint8_t k = 0;
		if (stop || xt_is_period(c))
			k |= XT_PERIOD;
		if (stop || xt_is_sentence_delim(c))
			k |= XT_SENTENCE;
		if (stop || xt_is_clause_delim(c))
			k |= XT_CLAUSE;
		t->cls[i] = k;
	}
	/* 每个县（市、区）每年培育10家: a list inside a short parenthesis is
	 * part of the words around it; its 、 and ， end no clause. Only a
	 * parenthesis closing within 20 code points on the same sentence: a
	 * lone （ of damaged text leaves the clauses as they are. */
	for (size_t i = 0; i < n; i++) {
		if (t->cp[i] != 0xFF08 && t->cp[i] != '(')
			continue;
		size_t j = i + 1;
		while (j < n && j - i <= 20 && !(t->cls[j] & XT_SENTENCE) && t->cp[j] != 0xFF09 &&
		       t->cp[j] != ')' && t->cp[j] != 0xFF08 && t->cp[j] != '(')
			j++;
		if (j >= n || j - i > 20 || (t->cp[j] != 0xFF09 && t->cp[j] != ')'))
			continue;
		for (size_t k = i + 1; k < j; k++)
			if (t->cp[k] == 0x3001 || t->cp[k] == 0xFF0C || t->cp[k] == ',')
				t->cls[k] &= (uint8_t)~XT_CLAUSE;
		i = j;
	}
}

void xt_free(xt_text *t)
{
	free(t->cp);
	free(t->cls);
	memset(t, 0, sizeof *t);
}

uint32_t xt_get(const xt_text *t, size_t pos)
{
	return pos < t->n ? t->cp[pos] : 0;
}

size_t xt_at(const xt_text *t, size_t pos, const char *lit)
{
	size_t i = pos;
	while (*lit) {
		if (i >= t->n || t->cp[i] != xt_lit_next(&lit))
			return 0;
		i++;
	}
	return i - pos;
}

size_t xt_before(const xt_text *t, size_t end, size_t floor, const char *lit)
{
	size_t len = xt_lit_len(lit);
	if (len == 0 || len > end || end - len < floor)
		return 0;
	return xt_at(t, end - len, lit) ? len : 0;
}

size_t xt_at_any(const xt_text *t, size_t pos, const char *const *lits, const char **which)
{
	size_t best = 0;
	for (; *lits; lits++) {
		size_t len = xt_at(t, pos, *lits);
		if (len > best) {
			best = len;
			if (which)
				*which = *lits;
		}
	}
	return best;
}

size_t xt_before_any(const xt_text *t, size_t end, size_t floor, const char *const *lits,
                     const char **which)
{
	size_t best = 0;
	for (; *lits; lits++) {
		size_t len = xt_before(t, end, floor, *lits);
		if (len > best) {
			best = len;
			if (which)
				*which = *lits;
		}
	}
	return best;
}

size_t xt_len32(const char32_t *w)
{
	size_t n = 0;
	while (w[n])
		n++;
	return n;
}

size_t xt_at32(const xt_text *t, size_t pos, const char32_t *w)
{
	size_t i = 0;
	while (w[i]) {
		if (pos + i >= t->n || t->cp[pos + i] != (uint32_t)w[i])
			return 0;
		i++;
	}
	return i;
}

size_t xt_at_any32(const xt_text *t, size_t pos, const char32_t *const *ws)
{
	size_t best = 0;
	if (pos >= t->n)
		return 0;
	for (; *ws; ws++) {
		if ((uint32_t)(*ws)[0] != t->cp[pos])
			continue;
		size_t len = xt_at32(t, pos, *ws);
		if (len > best)
			best = len;
	}
	return best;
}

int xt_year_at(const xt_text *t, size_t i)
{
	for (size_t k = 0; k < 4; k++)
		if (!xt_is_digit(xt_get(t, i + k)))
			return 0;
	return !(i > 0 && xt_is_digit(t->cp[i - 1])) && xt_get(t, i + 4) == 0x5E74 /* 年 */;
}

int xt_word_in_han_run(const xt_text *t, size_t pos, size_t end, size_t max,
                       const char32_t *const *ws)
{
	for (size_t k = pos; k < end && k < t->n && k - pos <= max; k++) {
		if (xt_at_any32(t, k, ws))
			return 1;
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

int xt_in_any32(const xt_text *t, size_t from, size_t to, const char32_t *const *ws)
{
	for (size_t i = from; i < to; i++)
		if (xt_at_any32(t, i, ws))
			return 1;
	return 0;
}

size_t xt_before_any32(const xt_text *t, size_t end, size_t floor, const char32_t *const *ws)
{
	size_t best = 0;
	for (; *ws; ws++) {
		size_t len = xt_len32(*ws);
		if (len == 0 || len > end || end - len < floor || len <= best)
			continue;
		if (xt_at32(t, end - len, *ws))
			best = len;
	}
	return best;
}

size_t xt_find(const xt_text *t, size_t from, size_t to, const char *lit)
{
	for (size_t i = from; i < to && i < t->n; i++)
		if (xt_at(t, i, lit))
			return i;
	return (size_t)-1;
}

char *xt_dup(const xt_text *t, size_t a, size_t b)
{
	if (b > t->n)
		b = t->n;
	if (a > b)
		a = b;
	/* Encoded again from the code points: the same bytes as the source,
	 * which is valid UTF-8 (the normalised text). */
	sb out = SB_INIT;
	for (size_t i = a; i < b; i++)
		sb_put_utf8(&out, t->cp[i]);
	return sb_take(&out);
}

int xt_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

int xt_is_ascii_alpha(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int xt_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

int xt_is_period(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == '\n';
}

int xt_is_sentence_delim(uint32_t c)
{
	return xt_is_period(c) || c == 0xFF1B || c == ';';
}

int xt_is_clause_delim(uint32_t c)
{
	return xt_is_sentence_delim(c) || c == 0xFF0C || c == 0x3001 || c == 0xFF1A || c == ',' ||
	       c == ':';
}

int xt_period_at(const xt_text *t, size_t i)
{
	return i < t->n && (t->cls[i] & XT_PERIOD);
}

int xt_sentence_delim_at(const xt_text *t, size_t i)
{
	return i < t->n && (t->cls[i] & XT_SENTENCE);
}

int xt_clause_delim_at(const xt_text *t, size_t i)
{
	return i < t->n && (t->cls[i] & XT_CLAUSE);
}

int xt_is_open_quote(uint32_t c)
{
	return c == 0x201C || c == 0x300A || c == 0x300C || c == 0x300E || c == 0x2018;
}

int xt_is_close_quote(uint32_t c)
{
	return c == 0x201D || c == 0x300B || c == 0x300D || c == 0x300F || c == 0x2019;
}

int xt_is_range_dash(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == '~' || c == 0xFF5E || c == 0x2014 || c == 0x2015 ||
	       c == 0x2013 || c == 0x81F3 /* 至 */ || c == 0x5230 /* 到 */;
}

/* The code point at pos when before `to`, else 0. */
static uint32_t cp_before(const xt_text *t, size_t pos, size_t to)
{
	return pos < to ? t->cp[pos] : 0;
}

size_t xt_number_end(const xt_text *t, size_t pos, size_t to)
{
	if (to > t->n)
		to = t->n;
	size_t i = pos, run = 0;
	int grouped = 0;
	while (i < to && xt_is_digit(t->cp[i])) {
		i++;
		run++;
		if (cp_before(t, i, to) == ',' && (grouped ? run == 3 : run <= 3) &&
		    xt_is_digit(cp_before(t, i + 1, to)) && xt_is_digit(cp_before(t, i + 2, to)) &&
		    xt_is_digit(cp_before(t, i + 3, to)) && !xt_is_digit(cp_before(t, i + 4, to))) {
			i++;
			run = 0;
			grouped = 1;
		}
	}
	if (i + 1 < to && t->cp[i] == '.' && xt_is_digit(t->cp[i + 1])) {
		i++;
		while (i < to && xt_is_digit(t->cp[i]))
			i++;
	}
	return i;
}

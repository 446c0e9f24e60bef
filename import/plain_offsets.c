/* Figures' places in the input as plain text (see plain_offsets.h).
 *
 * The plain text is built exactly as score-metrics' text.js builds it, rule
 * by rule, because an offset one character off pairs a figure with nothing:
 * lines split at '\n' (the decoder already made every line end one), each
 * trimmed of JavaScript's \s and U+3000 at both ends, empty ones dropped,
 * joined with no separator; then a run of spaces (space, tab, U+00A0,
 * U+3000) goes when the character before it is CJK, and otherwise its
 * longest head that a CJK character follows goes (a regular expression
 * `(?<=CJK)S+|S+(?=CJK)` does that, U+3000 being CJK itself); then spaces and
 * tabs between an ASCII digit and %/％ go.
 *
 * A figure is then found by its quote, which is report.text's own words:
 * both sides are compared without whitespace and with full-width forms
 * folded to ASCII (the parser made full-width digits ASCII), searching
 * forward from the last quote found, since figures come in document order.
 * The number's place is its quote's place plus the non-space characters
 * between the quote's start and the number in report.text. A quote that is
 * not there (the parser dropped or rewrote what held it) leaves the figure
 * unknown, never guessed; the search from the last hit is bounded
 * (PLAIN_WINDOW past it, and twice the distance in report.text), so a
 * missing quote costs a window, not the document. */
#include "plain_offsets.h"

#include "extract_text.h"
#include "sb.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* code points searched past the last hit besides the distance the figures
 * have in report.text */
#define PLAIN_WINDOW 4096

/* JavaScript's \s: what text.js trims and what its quote search skips. */
static int js_space(uint32_t c)
{
	return c == '\t' || c == '\n' || c == 0x0B || c == 0x0C || c == '\r' || c == ' ' ||
	       c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	       c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* text.js's CJK class: curly quotes, CJK punctuation, ideographs (basic and
 * extension A), full-width forms. */
static int js_cjk(uint32_t c)
{
	return (c >= 0x2018 && c <= 0x201D) || (c >= 0x3000 && c <= 0x303F) ||
	       (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xFF00 && c <= 0xFFEF);
}

/* text.js's SPACE class, the spaces it drops next to CJK. */
static int js_layout_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000;
}

static uint32_t fold(uint32_t c)
{
	return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
}

typedef struct {
	uint32_t *cp;
	size_t n;
} cps;

/* Lines trimmed, empty ones dropped, joined (text.js's first steps). */
static void join_lines(const xt_text *in, cps *out)
{
	out->cp = xcalloc(in->n + 1, sizeof *out->cp);
	out->n = 0;
	for (size_t a = 0; a < in->n;) {
		size_t b = a;
		while (b < in->n && in->cp[b] != '\n')
			b++;
		size_t s = a, e = b;
		while (s < e && js_space(in->cp[s]))
			s++;
		while (e > s && js_space(in->cp[e - 1]))
			e--;
		memcpy(out->cp + out->n, in->cp + s, (e - s) * sizeof *out->cp);
		out->n += e - s;
		a = b + 1;
	}
}

/* The spaces next to CJK, then those between a digit and a percent sign
 * (two passes over the text, as text.js makes two replacements). */
static void drop_spaces(cps *t)
{
	unsigned char *drop = xcalloc(t->n + 1, 1);
	for (size_t i = 0; i < t->n;) {
		if (!js_layout_space(t->cp[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < t->n && js_layout_space(t->cp[j]))
			j++;
		size_t cut = 0;
		if (i > 0 && js_cjk(t->cp[i - 1]))
			cut = j - i;
		else if (j < t->n && js_cjk(t->cp[j]))
			cut = j - i;
		else
			for (size_t l = j - i - 1; l > 0 && !cut; l--)
				if (js_cjk(t->cp[i + l])) /* U+3000 inside the run */
					cut = l;
		if (!cut) {
			i++; /* no match here: the expression tries the next place */
			continue;
		}
		memset(drop + i, 1, cut);
		i += cut;
	}
	size_t n = 0;
	for (size_t i = 0; i < t->n; i++)
		if (!drop[i])
			t->cp[n++] = t->cp[i];
	t->n = n;
	memset(drop, 0, t->n + 1);
	for (size_t i = 1; i < t->n; i++) {
		if (!(t->cp[i] == ' ' || t->cp[i] == '\t') ||
		    !(t->cp[i - 1] >= '0' && t->cp[i - 1] <= '9'))
			continue;
		size_t j = i;
		while (j < t->n && (t->cp[j] == ' ' || t->cp[j] == '\t'))
			j++;
		if (j < t->n && (t->cp[j] == '%' || t->cp[j] == 0xFF05))
			memset(drop + i, 1, j - i);
		i = j;
	}
	n = 0;
	for (size_t i = 0; i < t->n; i++)
		if (!drop[i])
			t->cp[n++] = t->cp[i];
	t->n = n;
	free(drop);
}

/* The plain text without whitespace, folded, with each character's UTF-16
 * offset in the plain text: what quotes are searched in. */
typedef struct {
	uint32_t *cp;
	long long *at;
	size_t n;
} squashed;

static void squash(const cps *plain, squashed *sq)
{
	sq->cp = xcalloc(plain->n + 1, sizeof *sq->cp);
	sq->at = xcalloc(plain->n + 1, sizeof *sq->at);
	sq->n = 0;
	long long u16 = 0;
	for (size_t i = 0; i < plain->n; i++) {
		uint32_t c = plain->cp[i];
		if (!js_space(c)) {
			sq->cp[sq->n] = fold(c);
			sq->at[sq->n++] = u16;
		}
		u16 += c > 0xFFFF ? 2 : 1;
	}
}

/* A quote's characters without whitespace, folded, into q (capacity cap);
 * *num_at: how many of them come before report.text's offset num (or -1
 * when num is outside [from, to)). Returns the count. */
static size_t quote_chars(const xt_text *text, size_t from, size_t to, size_t num, uint32_t *q,
                          size_t cap, long long *num_at)
{
	size_t n = 0;
	*num_at = -1;
	for (size_t i = from; i < to && i < text->n && n < cap; i++) {
		if (i == num)
			*num_at = (long long)n;
		if (!js_space(text->cp[i]))
			q[n++] = fold(text->cp[i]);
	}
	return n;
}

void plain_offsets_set(report *r, const char *text)
{
	xt_text input = {0}, rtext = {0};
	cps plain = {NULL, 0};
	squashed sq = {NULL, NULL, 0};
	uint32_t *q = NULL;
	for (size_t k = 0; k < r->n_metrics; k++)
		r->metrics[k].plain_start = -1;
	if (!text || r->n_metrics == 0 || !r->text)
		goto out;
	xt_init(&input, text);
	join_lines(&input, &plain);
	drop_spaces(&plain);
	squash(&plain, &sq);
	xt_init(&rtext, r->text);
	q = xcalloc(rtext.n + 1, sizeof *q);
	unsigned long long budget = (unsigned long long)PLAIN_MAX_COMPARE * (sq.n + 1);
	size_t from = 0, from_span = 0;
	int found = 0;
	for (size_t k = 0; k < r->n_metrics && budget > 0; k++) {
		rp_metric *m = &r->metrics[k];
		long long num_at;
		size_t qn = quote_chars(&rtext, m->span_start, m->span_end, m->num_start, q,
		                        rtext.n, &num_at);
		if (qn == 0 || num_at < 0 || qn > sq.n)
			continue;
		/* the quote is about as far past the last hit as it is in
		 * report.text: twice that and a margin is where it can be */
		size_t gap = m->span_start > from_span ? m->span_start - from_span : 0;
		size_t window = PLAIN_WINDOW + 2 * gap;
		/* a quote of its own starts past the last one; the figures of one
		 * quote (a range's two ends) share its place */
		size_t first = found && m->span_start > from_span ? from + 1 : from;
		for (size_t at = first; at + qn <= sq.n && at - from <= window && budget > 0;
		     at++) {
			size_t i = 0;
			while (i < qn && sq.cp[at + i] == q[i])
				i++;
			budget = budget > i + 1 ? budget - (i + 1) : 0;
			if (i == qn) {
				m->plain_start = sq.at[at + (size_t)num_at];
				from = at;
				from_span = m->span_start;
				found = 1;
				break;
			}
		}
	}
out:
	xt_free(&input);
	free(plain.cp);
	xt_free(&rtext);
	free(sq.cp);
	free(sq.at);
	free(q);
}

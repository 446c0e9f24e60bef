/* Running headers and footers, page numbers (pdf_layout.h).
 *
 * Only lines in the margin bands — the top and bottom PDF_MARGIN_BAND of
 * the page — are candidates: a body line never is, even when it looks like
 * a number. There a line goes when it is a page number in one of the forms
 * Chinese documents print (`3`, `-3-`, `— 3 —`, `第3页`, `第3页 共9页`,
 * `3/9`) or when it is running text: the same words (digits replaced, so
 * `2025年 第3期` matches `2025年 第4期`... and also a header that carries
 * the page number) at the same height, within 3 points, on at least two
 * pages and on half of the document's pages or more.
 *
 * Cost: the candidates are sorted by key, then height: O(m log m) for m
 * lines in the bands. */
#include "pdf_layout.h"

#include "sb.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* s without spaces (ASCII, U+3000, NBSP). Caller frees. */
static char *compact(const char *s)
{
	size_t n = strlen(s), k = 0;
	char *o = xmalloc(n + 1);
	for (size_t i = 0; i < n;) {
		if (s[i] == ' ' || s[i] == '\t') {
			i++;
			continue;
		}
		if (!strncmp(s + i, "\xE3\x80\x80", 3)) { /* U+3000 */
			i += 3;
			continue;
		}
		if (!strncmp(s + i, "\xC2\xA0", 2)) {
			i += 2;
			continue;
		}
		o[k++] = s[i++];
	}
	o[k] = 0;
	return o;
}

static size_t digits(const char *s)
{
	size_t k = 0;
	while (s[k] >= '0' && s[k] <= '9')
		k++;
	return k;
}

/* The length of a dash that may frame a page number at s, or 0. */
static size_t dash(const char *s)
{
	static const char *const d[] = {"-",
	                                "~",
	                                "\xE2\x80\x94" /* — */,
	                                "\xE2\x80\x93" /* – */,
	                                "\xEF\xBC\x8D" /* － */,
	                                "\xE2\x80\x95" /* ― */,
	                                "\xE2\x88\x92" /* − */};
	for (size_t i = 0; i < sizeof d / sizeof *d; i++)
		if (!strncmp(s, d[i], strlen(d[i])))
			return strlen(d[i]);
	return 0;
}

static int page_number_compact(const char *s)
{
	size_t k;
	if (!*s)
		return 0;
	if (!strncmp(s, "第", 3)) { /* 第3页, 第3页共9页, 第3页/共9页 */
		s += 3;
		if (!(k = digits(s)) || k > 4 || strncmp(s + k, "页", 3))
			return 0;
		s += k + 3;
		if (!*s)
			return 1;
		if (*s == '/' || !strncmp(s, "，", 3) || *s == ',')
			s += *s == '/' || *s == ',' ? 1 : 3;
		if (strncmp(s, "共", 3))
			return 0;
		s += 3;
		return (k = digits(s)) && k <= 4 && !strcmp(s + k, "页");
	}
	if (!strncmp(s, "Page", 4) || !strncmp(s, "page", 4)) {
		s += 4;
		if (!(k = digits(s)))
			return 0;
		s += k;
		if (!*s)
			return 1;
		return !strncmp(s, "of", 2) && (k = digits(s + 2)) && !s[2 + k];
	}
	size_t d = dash(s);
	s += d;
	if (!(k = digits(s)) || k > 4)
		return 0;
	s += k;
	if (d)
		return dash(s) && !s[dash(s)];
	if (*s == '/')
		return (k = digits(s + 1)) && !s[1 + k];
	return !*s;
}

int pdf_is_page_number(const char *s)
{
	char *c = compact(s);
	int r = page_number_compact(c);
	free(c);
	return r;
}

typedef struct cand {
	char *key; /* compacted text with digits as '#'; owned */
	float y;
	int page;
	size_t line;
} cand;

static int by_key_y(const void *a, const void *b)
{
	const cand *p = a, *q = b;
	int c = strcmp(p->key, q->key);
	if (c)
		return c;
	return p->y < q->y ? -1 : p->y > q->y;
}

static int by_page(const void *a, const void *b)
{
	const cand *p = a, *q = b;
	return p->page - q->page;
}

size_t pdf_furniture_mark(pdf_lines *lines, int n_pages, float page_height)
{
	size_t marked = 0, m = 0;
	cand *c = xmalloc((lines->n ? lines->n : 1) * sizeof *c);
	float top = page_height * PDF_MARGIN_BAND, bottom = page_height * (1 - PDF_MARGIN_BAND);
	for (size_t i = 0; i < lines->n; i++) {
		pdf_line *l = &lines->v[i];
		if (l->y > top && l->y < bottom)
			continue;
		if (pdf_is_page_number(l->text)) {
			l->flags |= PDF_LINE_FURNITURE;
			marked++;
			continue;
		}
		char *k = compact(l->text);
		for (char *p = k; *p; p++)
			if (*p >= '0' && *p <= '9')
				*p = '#';
		c[m++] = (cand){k, l->y, l->page, i};
	}
	qsort(c, m, sizeof *c, by_key_y);
	for (size_t i = 0; i < m;) {
		size_t j = i + 1;
		while (j < m && !strcmp(c[j].key, c[i].key) && c[j].y - c[j - 1].y <= 3)
			j++;
		qsort(c + i, j - i, sizeof *c, by_page);
		int pages = 0;
		for (size_t k = i; k < j; k++)
			pages += k == i || c[k].page != c[k - 1].page;
		if (pages >= 2 && 2 * pages >= n_pages)
			for (size_t k = i; k < j; k++) {
				lines->v[c[k].line].flags |= PDF_LINE_FURNITURE;
				marked++;
			}
		i = j;
	}
	for (size_t i = 0; i < m; i++)
		free(c[i].key);
	free(c);
	return marked;
}

/* Rows of glyphs (pdf_layout.h): the first layout stage.
 *
 * A PDF draws glyphs in any order (a table's cells column by column, a
 * header last), so glyphs are sorted by baseline and then by x, never taken
 * in drawing order. A row is a run of glyphs whose baselines lie within a
 * third of an em of the row's first one — the tolerance takes in
 * superscripts and mixed font sizes but not the next line, which is at
 * least an em below. Within a row a gap of more than PDF_SEG_GAP ems splits
 * segments: a table's cells, the two columns of a page, or the wide letter
 * spacing of a heading; the later stages tell them apart. Inside a segment
 * a gap of more than a sixth of an em is a space, except between CJK
 * characters, where a gap is only spacing. A glyph drawn twice at the same
 * place (fake bold) is kept once.
 *
 * Cost: one sort, O(n log n) for n glyphs; read_pdf.c bounds n. */
#include "pdf_layout.h"

#include "sb.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int pdf_is_cjk(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ||
	       (cp >= 0x20000 && cp <= 0x3FFFF);
}

void pdf_lines_free(pdf_lines *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].text);
		for (int s = 0; s < l->v[i].n_segs; s++)
			free(l->v[i].seg_text[s]);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static int by_y_then_x(const void *a, const void *b)
{
	const pdf_glyph *p = a, *q = b;
	if (p->y != q->y)
		return p->y < q->y ? -1 : 1;
	if (p->x0 != q->x0)
		return p->x0 < q->x0 ? -1 : 1;
	return 0;
}

static int by_x(const void *a, const void *b)
{
	const pdf_glyph *p = a, *q = b;
	if (p->x0 != q->x0)
		return p->x0 < q->x0 ? -1 : 1;
	return 0;
}

static int is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || cp < 0x20 ||
	       (cp >= 0x2000 && cp <= 0x200B);
}

static pdf_line *push_line(pdf_lines *out)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 64;
		out->v = xrealloc(out->v, out->cap * sizeof *out->v);
	}
	pdf_line *l = &out->v[out->n++];
	memset(l, 0, sizeof *l);
	return l;
}

/* One row, g[0..n) sorted by x, without spaces: its segments and text. */
static void emit_row(const pdf_glyph *g, size_t n, int page, pdf_lines *out)
{
	pdf_line *l = push_line(out);
	sb seg = SB_INIT;
	float size = 0, ysum = 0;
	for (size_t i = 0; i < n; i++) {
		size = g[i].size > size ? g[i].size : size;
		ysum += g[i].y;
	}
	if (size <= 0)
		size = 1;
	l->page = page;
	l->size = size;
	l->y = ysum / (float)n;
	l->x0 = g[0].x0;
	l->x1 = g[0].x1;
	const pdf_glyph *prev = NULL;
	int open = 0; /* a segment is being filled */
	for (size_t i = 0; i < n; i++) {
		const pdf_glyph *c = &g[i];
		float em = c->size > 0 ? c->size : size;
		if (prev && c->cp == prev->cp && fabsf(c->x0 - prev->x0) < 0.1f * em)
			continue; /* drawn twice */
		float gap = prev ? c->x0 - prev->x1 : 0;
		if (prev && gap > PDF_SEG_GAP * em && l->n_segs < PDF_MAX_SEGS) {
			l->seg_text[l->n_segs - 1] = sb_take(&seg);
			open = 0;
		} else if (prev && gap > em / 6 && !(pdf_is_cjk(prev->cp) && pdf_is_cjk(c->cp)))
			sb_putc(&seg, ' ');
		if (!open) {
			l->seg_x0[l->n_segs] = c->x0;
			l->seg_x1[l->n_segs] = c->x1;
			l->n_segs++;
			open = 1;
		}
		sb_put_utf8(&seg, c->cp);
		if (c->x1 > l->seg_x1[l->n_segs - 1])
			l->seg_x1[l->n_segs - 1] = c->x1;
		if (c->x1 > l->x1)
			l->x1 = c->x1;
		prev = c;
	}
	l->seg_text[l->n_segs - 1] = sb_take(&seg);
	l->text = pdf_line_join(l);
}

void pdf_rows_build(pdf_glyph *g, size_t n, int page, pdf_lines *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) /* spaces out: gaps stand for them */
		if (!is_space(g[i].cp) && g[i].x1 >= g[i].x0 && isfinite(g[i].x0) &&
		    isfinite(g[i].x1) && isfinite(g[i].y) && isfinite(g[i].size))
			g[k++] = g[i];
	if (k == 0)
		return;
	qsort(g, k, sizeof *g, by_y_then_x);
	size_t start = 0;
	for (size_t i = 1; i <= k; i++) {
		float em = g[start].size > 0 ? g[start].size : 1;
		if (i < k && g[i].size > em)
			em = g[i].size; /* a superscript may open the row */
		if (i < k && g[i].y - g[start].y <= em / 3)
			continue;
		qsort(g + start, i - start, sizeof *g, by_x);
		emit_row(g + start, i - start, page, out);
		start = i;
	}
}

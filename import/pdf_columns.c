/* Two-column pages (pdf_layout.h): finding the gutter, reading order.
 *
 * A gutter is a vertical strip in the middle of the page (between 30% and
 * 70% of its width) that the text of most rows does not cross, with text on
 * both sides of it: at least PDF_COL_MIN_ROWS rows reach left of it and as
 * many start right of it, and at most a quarter of the page's rows cross
 * it (a title, a heading over both columns; a table found before, across
 * both columns, is not counted). On a
 * one-column page nearly every full line crosses the middle, so no strip
 * qualifies; among the strips that do, the widest clear one is taken and
 * split in its middle.
 *
 * Rows that cross the gutter, and rows of a table found before (across
 * both columns), are full-width lines (column 0) and keep their
 * place; between two of them the page is read down the left column, then
 * down the right one — the order a person reads a two-column page.
 *
 * Cost: the strip is tried every PDF_COL_STEP points, O(rows × W / step). */
#include "pdf_layout.h"

#include "sb.h"

#include <stdlib.h>
#include <string.h>

#define PDF_COL_MIN_ROWS 5
#define PDF_COL_STEP     2.0f

/* Does the row cross the gutter at x (a table row counts as crossing)? */
static int crosses(const pdf_line *l, float x)
{
	if (l->flags & PDF_LINE_TABLE)
		return 1;
	for (int s = 0; s < l->n_segs; s++)
		if (l->seg_x0[s] < x && l->seg_x1[s] > x)
			return 1;
	return 0;
}

static int has_left(const pdf_line *l, float x)
{
	return l->n_segs > 0 && l->seg_x0[0] < x;
}

static int has_right(const pdf_line *l, float x)
{
	return l->n_segs > 0 && l->seg_x1[l->n_segs - 1] > x;
}

/* The gutter's x, or a negative number when the page has one column. */
static float find_gutter(const pdf_line *v, size_t n, float width)
{
	float best_x = -1, run_start = -1, best_run = 0;
	for (float x = width * 0.3f; x <= width * 0.7f + PDF_COL_STEP; x += PDF_COL_STEP) {
		int ok = 0;
		if (x <= width * 0.7f) {
			size_t cross = 0, left = 0, right = 0, rows = 0;
			for (size_t i = 0; i < n; i++) {
				if (v[i].flags & PDF_LINE_TABLE)
					continue; /* full width, but no evidence either way */
				rows++;
				if (crosses(&v[i], x))
					cross++;
				else {
					left += has_left(&v[i], x);
					right += has_right(&v[i], x);
				}
			}
			ok = cross * 4 <= rows && left >= PDF_COL_MIN_ROWS &&
			     right >= PDF_COL_MIN_ROWS;
		}
		if (ok && run_start < 0)
			run_start = x;
		if (!ok && run_start >= 0) {
			float run = x - run_start;
			if (run > best_run) {
				best_run = run;
				best_x = run_start + (run - PDF_COL_STEP) / 2;
			}
			run_start = -1;
		}
	}
	return best_x;
}

/* A new line holding the segments [a, b) of l, in column `col`. */
static pdf_line part(const pdf_line *l, int a, int b, int col)
{
	pdf_line p;
	memset(&p, 0, sizeof p);
	p.y = l->y;
	p.size = l->size;
	p.page = l->page;
	p.column = col;
	p.flags = l->flags;
	for (int s = a; s < b; s++) {
		p.seg_x0[p.n_segs] = l->seg_x0[s];
		p.seg_x1[p.n_segs] = l->seg_x1[s];
		p.seg_text[p.n_segs++] = xstrdup(l->seg_text[s]);
	}
	p.x0 = p.seg_x0[0];
	p.x1 = p.seg_x1[p.n_segs - 1];
	p.text = pdf_line_join(&p);
	return p;
}

static void free_line(pdf_line *l)
{
	free(l->text);
	for (int s = 0; s < l->n_segs; s++)
		free(l->seg_text[s]);
}

int pdf_columns_order(pdf_lines *lines, size_t first, float page_width)
{
	size_t n = lines->n - first;
	if (n == 0)
		return 1;
	pdf_line *v = lines->v + first;
	float x = find_gutter(v, n, page_width);
	if (x < 0)
		return 1;
	/* at most two lines for each row */
	pdf_line *left = xmalloc((n ? n : 1) * sizeof *left);
	pdf_line *right = xmalloc((n ? n : 1) * sizeof *right);
	pdf_line *out = xmalloc((n ? 2 * n : 1) * sizeof *out);
	size_t nl = 0, nr = 0, no = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || crosses(&v[i], x)) { /* a full-width line ends a block */
			memcpy(out + no, left, nl * sizeof *left);
			no += nl;
			memcpy(out + no, right, nr * sizeof *right);
			no += nr;
			nl = nr = 0;
			if (i < n)
				out[no++] = v[i]; /* moved, with what it owns */
			continue;
		}
		int k = 0;
		while (k < v[i].n_segs && v[i].seg_x1[k] <= x)
			k++;
		if (k > 0)
			left[nl++] = part(&v[i], 0, k, 1);
		if (k < v[i].n_segs)
			right[nr++] = part(&v[i], k, v[i].n_segs, 2);
		free_line(&v[i]);
	}
	lines->n = first;
	for (size_t i = 0; i < no; i++) {
		if (lines->n == lines->cap) {
			lines->cap = lines->cap ? lines->cap * 2 : 64;
			lines->v = xrealloc(lines->v, lines->cap * sizeof *lines->v);
		}
		lines->v[lines->n++] = out[i];
	}
	free(left);
	free(right);
	free(out);
	return 2;
}

/* Tables (pdf_layout.h): rows whose cells line up.
 *
 * A table's row is a row of two or more segments (pdf_rows.c splits at gaps
 * wider than PDF_SEG_GAP ems, and cells are further apart than that). What
 * makes rows a table rather than, say, one letter-spaced heading is that
 * several of them in a row put their cells at the same x positions: a row
 * joins the table when at least two of its segments start where a column of
 * the table starts, or end where one ends (right-aligned numbers), within
 * half an em. A row of one segment inside a table (a cell's text wrapped,
 * a merged cell) is taken in when it starts at one of the columns, lies
 * close below the row before, and more table rows follow. A lone row of
 * several segments is never a table.
 *
 * read_pdf.c looks twice: on a page's rows before they are split into
 * columns, for tables of three or more columns (a two-column page's rows
 * have two segments, one per column, and must not pass for a table; a
 * table across both columns must not be split into them), then in each
 * column for tables of two or more.
 *
 * Tables are left out (a row has no sentence to name a figure, and a cell
 * such as `一、食品烟酒` would pass for a heading), and counted.
 *
 * Cost: each row is compared with the columns collected so far, at most
 * PDF_TABLE_MAX_COLS of them: linear in the rows. */
#include "pdf_layout.h"

#include <math.h>

#define PDF_TABLE_MAX_COLS 64
/* single-segment rows in a row that a table may hold */
#define PDF_TABLE_MAX_GAP_ROWS 3

typedef struct cols {
	float x0[PDF_TABLE_MAX_COLS], x1[PDF_TABLE_MAX_COLS];
	int n;
} cols;

static int near(float a, float b, float tol)
{
	return fabsf(a - b) <= tol;
}

static int matches(const cols *c, const pdf_line *l, int seg)
{
	float tol = l->size / 2;
	for (int k = 0; k < c->n; k++)
		if (near(c->x0[k], l->seg_x0[seg], tol) || near(c->x1[k], l->seg_x1[seg], tol))
			return 1;
	return 0;
}

static void add_cols(cols *c, const pdf_line *l)
{
	for (int s = 0; s < l->n_segs; s++) {
		if (matches(c, l, s) || c->n == PDF_TABLE_MAX_COLS)
			continue;
		c->x0[c->n] = l->seg_x0[s];
		c->x1[c->n++] = l->seg_x1[s];
	}
}

static int aligned(const cols *c, const pdf_line *l, int min_segs)
{
	int m = 0;
	for (int s = 0; s < l->n_segs; s++)
		m += matches(c, l, s);
	return l->n_segs >= min_segs && m >= 2;
}

void pdf_tables_mark(pdf_lines *lines, size_t first, int min_segs, size_t *tables, size_t *rows)
{
	size_t n = lines->n;
	size_t i = first;
	while (i < n) {
		pdf_line *a = &lines->v[i];
		if (a->n_segs < min_segs || (a->flags & PDF_LINE_TABLE)) {
			i++;
			continue;
		}
		cols c = {{0}, {0}, 0};
		add_cols(&c, a);
		size_t last = i, multi = 1;
		int gap_rows = 0;
		for (size_t j = i + 1; j < n; j++) {
			const pdf_line *l = &lines->v[j], *p = &lines->v[j - 1];
			float pitch = l->y - p->y;
			if (l->column != a->column || pitch < 0 || pitch > 4 * l->size)
				break;
			if (l->flags & PDF_LINE_TABLE)
				break;
			if (aligned(&c, l, min_segs)) {
				add_cols(&c, l);
				last = j;
				multi++;
				gap_rows = 0;
			} else if (l->n_segs == 1 && matches(&c, l, 0) &&
			           ++gap_rows <= PDF_TABLE_MAX_GAP_ROWS)
				continue;
			else
				break;
		}
		if (multi >= 2) {
			for (size_t k = i; k <= last; k++)
				lines->v[k].flags |= PDF_LINE_TABLE;
			(*tables)++;
			*rows += last - i + 1;
		}
		i = last + 1;
	}
}

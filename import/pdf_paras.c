/* Lines into paragraphs (pdf_layout.h): the last layout stage.
 *
 * A printed paragraph is a run of full lines — each reaching the column's
 * right edge — ended by a shorter one; the next paragraph starts indented
 * (GB/T 9704 indents the first line by two characters, headings included)
 * or further down. So a line B continues the line A before it exactly when
 * A is full (its right end within 1.5 ems of the right edge), B starts at
 * the left edge (within one em: not indented, not centred), the two have
 * about the same size (within a fifth: a title is not joined to the text),
 * and — on the same page and column — B is not further below A than 1.8
 * times the usual line pitch — unless A ends a sentence and B starts with
 * a heading's number (`一、`, `（二）`, `3.`: documents that do not indent
 * their headings). A page or column break in mid-paragraph is
 * no break: the test then leaves out the pitch, so a sentence, a number or
 * a heading that runs onto the next page comes back whole.
 *
 * The edges are measured, not assumed: per kind of column (0 full width,
 * 1 left, 2 right), the left edge is the smallest x where at least a tenth
 * of the lines start and the right edge the largest x where a tenth end
 * (justified text ends its full lines at one x). The pitch is the median
 * distance between consecutive lines of a column.
 *
 * Joining: no space between CJK characters or where a number was broken
 * (digit to digit), a space between Latin letters and digits.
 *
 * Cost: sorting the edges and pitches, O(n log n). */
#include "pdf_layout.h"

#include "outline.h"
#include "sb.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint32_t first_cp(const char *s)
{
	size_t k;
	return *s ? utf8_get(s, s + strlen(s), &k) : 0;
}

static uint32_t last_cp(const char *s)
{
	size_t n = strlen(s);
	if (!n)
		return 0;
	size_t k = utf8_prev_len(s, n), used;
	return utf8_get(s + n - k, s + n, &used);
}

static int is_ascii_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

char *pdf_line_join(const pdf_line *l)
{
	sb b = SB_INIT;
	for (int s = 0; s < l->n_segs; s++) {
		const char *t = l->seg_text[s] ? l->seg_text[s] : "";
		if (s && b.len && *t &&
		    !(pdf_is_cjk(last_cp(sb_str(&b))) && pdf_is_cjk(first_cp(t))))
			sb_putc(&b, ' ');
		sb_puts(&b, t);
	}
	return sb_take(&b);
}

static int by_float(const void *a, const void *b)
{
	float p = *(const float *)a, q = *(const float *)b;
	return p < q ? -1 : p > q;
}

typedef struct edges {
	float left, right;
} edges;

/* Index of the first value of sorted xs[0..n) that is > x (strict) or
 * >= x. */
static size_t bound(const float *xs, size_t n, float x, int strict)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strict ? xs[mid] <= x : xs[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The smallest (sign 1) or largest (sign -1) x of xs[0..n) that at least a
 * tenth of the values share, within 1.5 points; sorts xs. */
static float common_edge(float *xs, size_t n, int sign)
{
	if (!n)
		return 0;
	qsort(xs, n, sizeof *xs, by_float);
	size_t need = n / 10 > 1 ? n / 10 : 1;
	for (size_t k = 0; k < n; k++) {
		size_t i = sign > 0 ? k : n - 1 - k;
		size_t c = bound(xs, n, xs[i] + 1.5f, 1) - bound(xs, n, xs[i] - 1.5f, 0);
		if (c >= need)
			return xs[i];
	}
	return xs[sign > 0 ? 0 : n - 1];
}

/* 。！？；： and their ASCII forms */
static int ends_sentence(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A ||
	       c == '!' || c == '?' || c == ';' || c == ':' || c == '.';
}

/* A numbered heading that starts at the left edge, not indented, after a
 * sentence that happened to fill its line. */
static int heading_after_sentence(const pdf_line *prev, const pdf_line *l)
{
	heading_label hl;
	return ends_sentence(last_cp(prev->text)) && label_parse(l->text, strlen(l->text), &hl);
}

static int kept(const pdf_line *l)
{
	return !(l->flags & (PDF_LINE_TABLE | PDF_LINE_FURNITURE)) && l->text && *l->text;
}

char *pdf_paras_text(const pdf_lines *lines, size_t *len)
{
	edges e[3] = {{0, 0}, {0, 0}, {0, 0}};
	float *xs = xmalloc((lines->n ? lines->n : 1) * sizeof *xs);
	for (int col = 0; col < 3; col++) {
		size_t m = 0;
		for (size_t i = 0; i < lines->n; i++)
			if (kept(&lines->v[i]) && lines->v[i].column == col)
				xs[m++] = lines->v[i].x0;
		e[col].left = common_edge(xs, m, 1);
		m = 0;
		for (size_t i = 0; i < lines->n; i++)
			if (kept(&lines->v[i]) && lines->v[i].column == col)
				xs[m++] = lines->v[i].x1;
		e[col].right = common_edge(xs, m, -1);
	}
	size_t m = 0;
	const pdf_line *prev = NULL;
	for (size_t i = 0; i < lines->n; i++) {
		const pdf_line *l = &lines->v[i];
		if (!kept(l))
			continue;
		if (prev && prev->page == l->page && prev->column == l->column && l->y > prev->y)
			xs[m++] = l->y - prev->y;
		prev = l;
	}
	qsort(xs, m, sizeof *xs, by_float);
	float pitch = m ? xs[m / 2] : 0;
	free(xs);

	sb b = SB_INIT;
	prev = NULL;
	for (size_t i = 0; i < lines->n; i++) {
		const pdf_line *l = &lines->v[i];
		if (!kept(l))
			continue;
		int join = 0;
		if (prev) {
			const edges *pe = &e[prev->column], *le = &e[l->column];
			int same_place = prev->page == l->page && prev->column == l->column;
			float dy = l->y - prev->y;
			join = prev->x1 >= pe->right - 1.5f * prev->size &&
			       l->x0 <= le->left + l->size &&
			       fabsf(l->size - prev->size) <= 0.2f * prev->size &&
			       (!same_place || (dy > 0 && (pitch <= 0 || dy <= 1.8f * pitch))) &&
			       !heading_after_sentence(prev, l);
			if (!join)
				sb_putc(&b, '\n');
			else {
				uint32_t a = last_cp(prev->text), c = first_cp(l->text);
				if (is_ascii_alnum(a) && is_ascii_alnum(c) &&
				    !(is_digit(a) && is_digit(c)))
					sb_putc(&b, ' ');
			}
		}
		sb_puts(&b, l->text);
		prev = l;
	}
	*len = b.len;
	return sb_take(&b);
}

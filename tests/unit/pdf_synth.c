/* Synthetic glyphs and lines (pdf_synth.h). */
#include "pdf_synth.h"

#include "sb.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

float synth_text(glyph_buf *b, const char *s, float x, float y, float sz, float extra)
{
	const char *end = s + strlen(s);
	while (s < end) {
		size_t k;
		unsigned cp = utf8_get(s, end, &k);
		s += k ? k : 1;
		float w = pdf_is_cjk(cp) ? sz : sz / 2;
		if (b->n == b->cap) {
			b->cap = b->cap ? b->cap * 2 : 64;
			b->v = xrealloc(b->v, b->cap * sizeof *b->v);
		}
		b->v[b->n++] = (pdf_glyph){x, x + w, y, sz, cp};
		x += w + extra;
	}
	return x;
}

void synth_free(glyph_buf *b)
{
	free(b->v);
	memset(b, 0, sizeof *b);
}

void synth_line(pdf_lines *l, const char *s, float x, float y, float sz, int page, int column)
{
	glyph_buf b = {NULL, 0, 0};
	synth_text(&b, s, x, y, sz, 0);
	size_t first = l->n;
	pdf_rows_build(b.v, b.n, page, l);
	for (size_t i = first; i < l->n; i++)
		l->v[i].column = column;
	synth_free(&b);
}

/* Synthetic glyphs and lines for the PDF layout tests: text placed on a
 * page as a PDF would draw it, without a PDF. */
#ifndef TESTS_PDF_SYNTH_H
#define TESTS_PDF_SYNTH_H

#include "pdf_layout.h"

typedef struct glyph_buf {
	pdf_glyph *v;
	size_t n, cap;
} glyph_buf;

/* Appends the glyphs of UTF-8 `s` from x on baseline y at font size sz:
 * CJK characters sz wide, others sz/2, `extra` points between any two
 * (letter spacing). A space advances without a glyph of its own being
 * needed (it is added, as PDFs do; the rows stage drops it). Returns the x
 * after the last glyph. */
float synth_text(glyph_buf *b, const char *s, float x, float y, float sz, float extra);
void synth_free(glyph_buf *b);

/* Appends one line to *l as pdf_rows_build would for the text s at x on
 * baseline y, size sz, on `page`, in `column` (one segment). */
void synth_line(pdf_lines *l, const char *s, float x, float y, float sz, int page, int column);

#endif

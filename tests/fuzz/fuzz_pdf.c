/* libFuzzer target for the PDF reader (pdf_read) and its layout stages.
 *
 * Random bytes are not a PDF, but MuPDF repairs what it can of anything
 * that starts with %PDF- (it scans for `N 0 obj`), and the reader wants
 * %%EOF at the end, so most inputs are wrapped in both; some go to the
 * reader as the file itself, for its own checks; and some are glyphs given
 * straight to the layout stages (pdf_layout.h), which a PDF can only reach
 * through MuPDF's text device.
 *
 * Input: the first byte modulo 3 chooses. 0: the rest is the file. 1: the
 * rest between `%PDF-1.7\n` and `\n%%EOF\n`. 2: the rest is glyphs, 12 bytes
 * each: x0, x1, y and size as int16 (points), a code point as uint32.
 * Must hold: no crash, leak or undefined behaviour; on PARSE_OK a text that
 * is NUL-terminated at its stated length, valid for the parser's counts (at
 * most as many tables as table rows, a page count within PDF_MAX_PAGES).
 *
 * MuPDF itself is Debian's static library, not instrumented: coverage
 * guides the search through our code, and MuPDF's faults show only where
 * they reach memory ASan knows (all of it comes from our allocator's
 * malloc). */
#include "pdf_layout.h"
#include "read_pdf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const pdf_text *t)
{
	if (!t->text || strlen(t->text) != t->len || t->tables > t->table_rows ||
	    t->pages > PDF_MAX_PAGES || t->pages < 1)
		abort();
}

static int16_t i16(const uint8_t *p)
{
	return (int16_t)(p[0] | (p[1] << 8));
}

static void layout(const uint8_t *data, size_t size)
{
	size_t n = size / 12;
	pdf_glyph *g = malloc((n ? n : 1) * sizeof *g);
	for (size_t i = 0; i < n; i++) {
		const uint8_t *p = data + 12 * i;
		uint32_t cp = (uint32_t)p[8] | (uint32_t)p[9] << 8 | (uint32_t)p[10] << 16 |
		              (uint32_t)(p[11] & 0x0F) << 24;
		g[i] =
		    (pdf_glyph){i16(p), i16(p + 2), i16(p + 4), i16(p + 6) / 16.0f, cp % 0x110000};
		if (g[i].cp >= 0xD800 && g[i].cp <= 0xDFFF)
			g[i].cp = 0xFFFD;
	}
	pdf_lines lines;
	memset(&lines, 0, sizeof lines);
	size_t tables = 0, rows = 0, len = 0;
	/* two "pages": the glyphs' halves */
	for (int page = 0; page < 2; page++) {
		size_t a = page ? n / 2 : 0, b = page ? n : n / 2, first = lines.n;
		pdf_rows_build(g + a, b - a, page, &lines);
		pdf_tables_mark(&lines, first, 3, &tables, &rows);
		pdf_columns_order(&lines, first, 595);
		pdf_tables_mark(&lines, first, 2, &tables, &rows);
	}
	pdf_furniture_mark(&lines, 2, 842);
	char *text = pdf_paras_text(&lines, &len);
	if (strlen(text) != len || tables > rows)
		abort();
	free(text);
	pdf_lines_free(&lines);
	free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int mode = data[0] % 3;
	if (mode == 2) {
		layout(data + 1, size - 1);
		return 0;
	}
	unsigned char *file = NULL;
	const unsigned char *bytes = data + 1;
	size_t len = size - 1;
	if (mode == 1) {
		static const char head[] = "%PDF-1.7\n", tail[] = "\n%%EOF\n";
		len = strlen(head) + (size - 1) + strlen(tail);
		file = malloc(len);
		memcpy(file, head, strlen(head));
		memcpy(file + strlen(head), data + 1, size - 1);
		memcpy(file + strlen(head) + size - 1, tail, strlen(tail));
		bytes = file;
	}
	pdf_text t;
	parse_error err;
	if (pdf_read(bytes, len, &t, &err) == PARSE_OK) {
		check(&t);
		pdf_text_free(&t);
	}
	free(file);
	return 0;
}

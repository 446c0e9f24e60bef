/* Reading a PDF's text layer into the text the rest of the parser reads:
 * one paragraph per line, in reading order (the layout stages of
 * pdf_layout.h on the glyphs MuPDF gives, see read_pdf.c for why MuPDF).
 *
 * Limits for hostile files, each a clear error (PARSE_BAD_FILE), never a
 * crash or a hang:
 *   PDF_MAX_PAGES        pages, checked before any page is read
 *   PDF_MAX_MEMORY       all the memory the PDF library holds at once —
 *                        decompressed streams, fonts, images, the object
 *                        tree — counted by our allocator, which refuses more
 *   PDF_MAX_GLYPHS       characters in the whole document, PDF_MAX_PAGE_GLYPHS
 *                        on one page (a dense page has 3000)
 *   PDF_MAX_LINES        rows of text in the whole document (a 500-page
 *                        report has 20 000; a row costs about 300 bytes, so
 *                        the layout holds at most about 100 MB)
 *   PDF_PAGE_SECONDS     time to read one page, PDF_TOTAL_SECONDS all of them
 *                        (checked on every allocation and by the content
 *                        interpreter through its abort flag)
 *   PDF_MAX_PAGE_CONTENT content streams, forms and patterns a page makes
 *   PDF_MAX_CONTENT      the interpreter read, decompressed, per page and
 *                        in all (measured before the page runs:
 *                        pdf_budget.h)
 * Refused with PARSE_UNSUPPORTED and a message saying what to do: an
 * encrypted PDF that needs a password, a PDF with no text layer (scanned
 * pages). A PDF without `%%EOF` in its last kilobyte is taken as truncated
 * (PARSE_BAD_FILE): the library would repair it and read part of it. */
#ifndef IMPORT_READ_PDF_H
#define IMPORT_READ_PDF_H

#include "parse.h"

#include <stddef.h>

#define PDF_MAX_PAGES       500
#define PDF_MAX_MEMORY      (256u * 1024u * 1024u)
#define PDF_MAX_GLYPHS      2000000u
#define PDF_MAX_PAGE_GLYPHS 100000u
#define PDF_MAX_LINES       200000u
#define PDF_PAGE_SECONDS    4
#define PDF_TOTAL_SECONDS   8

typedef struct pdf_text {
	char *text;             /* NUL-terminated UTF-8, one paragraph per line; owned */
	size_t len;             /* bytes of text */
	int pages;              /* pages read */
	int two_column_pages;   /* pages read as two columns */
	size_t glyphs;          /* characters read */
	size_t tables;          /* tables left out */
	size_t table_rows;      /* their rows */
	size_t furniture_lines; /* header, footer and page-number lines dropped */
} pdf_text;

/* Reads the PDF held in bytes[0..len) into *out (release with
 * pdf_text_free). Returns PARSE_OK, PARSE_UNSUPPORTED or PARSE_BAD_FILE
 * (see above); err->offset is always -1. On failure *out is zeroed. */
enum parse_status pdf_read(const unsigned char *bytes, size_t len, pdf_text *out, parse_error *err);
void pdf_text_free(pdf_text *t);

/* pdf_fonts.c: returns 1; calling it links MuPDF without its fonts. */
int pdf_fonts_stand_in(void);

#endif

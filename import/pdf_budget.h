/* What a PDF page makes the content interpreter read, measured before it
 * runs (read_pdf.c): the decompressed size of the page's content streams
 * and of the forms and patterns its resources reach.
 *
 * Why: MuPDF checks our time limit only when it allocates, and its lexer
 * skips whitespace without allocating, so one content stream of a
 * gigabyte of spaces (1 MB compressed) ran for a minute. Reading each
 * stream once here, in 64 KB chunks with the clock checked after each,
 * bounds what the interpreter can be made to read: at most
 * PDF_MAX_PAGE_CONTENT a page and PDF_MAX_CONTENT in all, which it lexes in
 * well under a second per 16 MiB. A form drawn many times is counted once:
 * each drawing allocates, and so meets the time limit. */
#ifndef IMPORT_PDF_BUDGET_H
#define IMPORT_PDF_BUDGET_H

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include <stddef.h>

#define PDF_MAX_PAGE_CONTENT (16u * 1024u * 1024u)
#define PDF_MAX_CONTENT      (64u * 1024u * 1024u)
/* forms and patterns looked at per page; more are not measured */
#define PDF_MAX_FORMS      4096
#define PDF_MAX_FORM_DEPTH 16

typedef struct pdf_budget {
	size_t used;      /* decompressed content bytes, whole document */
	size_t page_used; /* of the current page; the caller zeroes it per page */
	double deadline;  /* CLOCK_MONOTONIC seconds; 0 for none */
	int over_page, over_total, over_time; /* which limit threw */
} pdf_budget;

/* Measures the page object `page` into *b; throws (fz_throw) when a limit
 * is passed, with the matching over_* flag set. A stream that cannot be
 * decoded is not counted (the interpreter will not read it either). */
void pdf_budget_page(fz_context *ctx, pdf_obj *page, pdf_budget *b);

#endif

/* Reading a Word (.docx) file into the text the rest of the parser reads:
 * one paragraph per line, in document order.
 *
 * Read: the body's paragraphs (w:p) with the text of their runs (w:t),
 * w:tab as a tab, w:br / w:cr as a line break, tracked insertions (w:ins,
 * w:moveTo), field results, content controls, hyperlinks; list numbering is
 * rendered as the label Word shows (`一、`, `（一）`, `1.`), so numbered
 * headings read like typed ones. Left out: tables (counted: their rows have
 * no sentences to name a figure, and a cell such as `一、指标` would pass
 * for a heading), tracked deletions (w:del, w:delText, w:moveFrom; a
 * deleted paragraph mark joins two paragraphs), hidden text (w:vanish),
 * field codes, text boxes and drawings, footnotes, endnotes, comments,
 * headers and footers (other parts, never opened), table-of-contents
 * paragraphs (styles "toc N"). Outline levels (w:outlineLvl, heading
 * styles) are handed on per line (docx_doc.line_levels) as hints for the
 * outline, which still needs the numbering the text shows (outline.h).
 *
 * The title: the document's first paragraph in a Title style (Title / 标题)
 * is moved to the first line; docProps/core.xml's dc:title is kept apart for
 * when the text has no title of its own.
 *
 * Hostile files: see the limits in docx_zip.h and docx_xml.h. */
#ifndef IMPORT_READ_DOCX_H
#define IMPORT_READ_DOCX_H

#include "parse.h"

#include <stddef.h>

typedef struct docx_doc {
	char *text;        /* NUL-terminated UTF-8, '\n' between paragraphs; owned */
	size_t len;        /* bytes of text */
	char *core_title;  /* dc:title of docProps/core.xml, NULL when none; owned */
	int title_moved;   /* a Title-style paragraph was found and put first */
	size_t paragraphs; /* body paragraphs read (empty ones included) */
	size_t headings;   /* paragraphs with an outline level (w:outlineLvl, heading style) */
	size_t numbered;   /* paragraphs given a label from list numbering */
	size_t tables;     /* tables left out, nested ones included */
	size_t table_rows; /* their rows */
	size_t deletions;  /* tracked deletions left out */
	size_t text_boxes; /* text boxes left out */
	/* per line of the text (the i-th '\n'-separated one): the Word outline
	 * level of the paragraph that line starts, 1..9 for w:outlineLvl 0..8
	 * (heading styles included), 0 for none; owned */
	unsigned char *line_levels;
	size_t n_lines;
} docx_doc;

/* Reads a .docx held in bytes[0..len) into *out (release with
 * docx_doc_free). Returns PARSE_OK; PARSE_UNSUPPORTED for a ZIP that is not
 * a Word document (the message says what it is); PARSE_BAD_FILE for a
 * damaged, truncated or hostile file, or one over a limit; err->offset is
 * always -1. On failure *out is zeroed. */
enum parse_status docx_read(const unsigned char *bytes, size_t len, docx_doc *out,
                            parse_error *err);
void docx_doc_free(docx_doc *d);

#endif

/* A PDF page's text as geometry, and the stages that turn it back into the
 * paragraphs a person reads. read_pdf.c fills pdf_glyph arrays from the PDF
 * library; everything here works on plain numbers, so each stage is tested
 * on synthetic glyphs and lines (tests/unit/test_pdf_*.c) without a PDF.
 *
 * Coordinates are PDF points with y growing downwards (the page's top is 0),
 * as MuPDF's structured text gives them. The stages, in order:
 *
 *   pdf_rows.c       glyphs → rows (one baseline) of segments (runs of
 *                    glyphs without a wide gap)
 *   pdf_columns.c    a page's rows → lines in reading order, a two-column
 *                    page split at its gutter and read left column first
 *   pdf_tables.c     runs of rows whose segments start at the same x
 *                    positions → tables, marked and counted, left out
 *   pdf_furniture.c  running headers and footers, page numbers → dropped
 *   pdf_paras.c      lines → paragraphs, by indentation, line width and
 *                    spacing; the segments of a line joined (letter-spaced
 *                    headings closed up) */
#ifndef IMPORT_PDF_LAYOUT_H
#define IMPORT_PDF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

typedef struct pdf_glyph {
	float x0, x1; /* left and right edge */
	float y;      /* baseline */
	float size;   /* font size (em) */
	uint32_t cp;  /* Unicode code point */
} pdf_glyph;

/* Most segments a line keeps apart; more (a row of 20 table cells) are
 * merged into the last one, which only makes such a row look less like a
 * table row and more like text. A line costs about 300 bytes with them. */
#define PDF_MAX_SEGS 16

enum pdf_line_flag {
	PDF_LINE_TABLE = 1,     /* part of a table: left out */
	PDF_LINE_FURNITURE = 2, /* header, footer or page number: left out */
};

typedef struct pdf_line {
	char *text;      /* UTF-8, segments joined (see pdf_line_join); owned */
	float x0, x1, y; /* extent and baseline */
	float size;      /* largest font size in the line */
	int page;        /* 0-based */
	int column;      /* 0 for a one-column page or a full-width line, 1 or 2 */
	unsigned flags;  /* enum pdf_line_flag */
	int n_segs;
	float seg_x0[PDF_MAX_SEGS];   /* where each segment starts */
	float seg_x1[PDF_MAX_SEGS];   /* and ends */
	char *seg_text[PDF_MAX_SEGS]; /* each segment's text; owned */
} pdf_line;

typedef struct pdf_lines {
	pdf_line *v;
	size_t n, cap;
	float page_width, page_height; /* of the last page added */
} pdf_lines;

void pdf_lines_free(pdf_lines *l);

/* Is cp a CJK character or CJK punctuation (no space is put beside one)? */
int pdf_is_cjk(uint32_t cp);

/* pdf_rows.c: appends the rows of one page's glyphs g[0..n) (any order) to
 * *out, top to bottom, each row's segments left to right. Glyphs whose
 * baselines are within a third of their size belong to one row; a gap wider
 * than PDF_SEG_GAP ems starts a new segment; a space glyph is not kept (the
 * gaps say where spaces were). `page` is stored in each line. */
#define PDF_SEG_GAP 1.5f
void pdf_rows_build(pdf_glyph *g, size_t n, int page, pdf_lines *out);

/* pdf_paras.c: the text of a line from its segments: none between two CJK
 * characters (a letter-spaced `一、综  合` closes up), else one space. The
 * caller frees. */
char *pdf_line_join(const pdf_line *l);

/* pdf_columns.c: splits the rows of one page, lines->v[first..n), at the
 * page's gutter when it has two columns (rows that cross the gutter are
 * full-width, and so are rows already marked as a table), and reorders
 * them for reading: full-width lines stay where
 * they are, the lines between two of them are read left column then right.
 * Returns the number of columns found (1 or 2). */
int pdf_columns_order(pdf_lines *lines, size_t first, float page_width);

/* pdf_tables.c: marks PDF_LINE_TABLE on each table among lines[first..n)
 * (one page, reading order) not marked yet: a run of at least two rows of
 * `min_segs` or more segments where each row has at least two segments
 * that start (or end) where a column of the rows before does (within half
 * an em), single-segment rows starting at one of the table's columns
 * included when the table goes on after them. Adds the tables and their
 * rows to *tables and *rows. */
void pdf_tables_mark(pdf_lines *lines, size_t first, int min_segs, size_t *tables, size_t *rows);

/* pdf_furniture.c: is `s` a page number: `3`, `-3-`, `- 3 -`, `—3—`,
 * `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3`? */
int pdf_is_page_number(const char *s);

/* pdf_furniture.c: marks PDF_LINE_FURNITURE on the running headers and
 * footers and page numbers of a whole document: lines within the top or
 * bottom PDF_MARGIN_BAND of their page that are page numbers, or whose text
 * (digits aside) comes back at the same height (within 3 points) on at
 * least two pages and half of them. Returns how many lines it marked. */
#define PDF_MARGIN_BAND 0.12f
size_t pdf_furniture_mark(pdf_lines *lines, int n_pages, float page_height);

/* pdf_paras.c: the lines not marked as table or furniture, joined into
 * paragraphs, one per output line ('\n' between them). A line continues the
 * paragraph before it when the one before reaches its column's right edge
 * (within 1.5 ems), it starts at the column's left edge (within one em) and
 * it does not stand apart by more than 1.8 times the usual line pitch;
 * across a page or column break the same test holds without the pitch.
 * Returns a NUL-terminated string the caller frees; *len its length. */
char *pdf_paras_text(const pdf_lines *lines, size_t *len);

#endif

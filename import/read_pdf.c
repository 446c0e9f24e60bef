/* Reading a PDF's text layer (read_pdf.h) with MuPDF.
 *
 * Why MuPDF (libmupdf-dev) and not poppler (libpoppler-glib-dev):
 * - Limits that hold. MuPDF takes an allocator from its caller, so every
 *   byte it holds — decompressed streams, fonts, object tree — is counted
 *   here and refused past PDF_MAX_MEMORY, and the same hook stops a page
 *   that runs past its time; its content interpreter also polls an abort
 *   flag (fz_cookie). poppler-glib allocates through GLib, whose g_malloc
 *   aborts the process when memory runs out, and has no way to stop a page.
 * - Errors, not crashes: MuPDF reports every failure as an exception
 *   (fz_try/fz_catch) we turn into a message; it is fuzzed continuously
 *   upstream (OSS-Fuzz), as poppler is.
 * - Geometry: its structured text gives each character with its quad,
 *   baseline origin and font size — all the layout stages need.
 * - Size: Debian ships it static; linked without its font collection (see
 *   pdf_fonts.c) it adds 2.8 MB to report-import (stripped) and six small
 *   shared libraries (libjbig2dec, libopenjp2, libjpeg, libfreetype,
 *   libmujs, libgumbo) to the runtime image: 124.1 MB before, 131.1 MB
 *   after, under the 140 MB bound of docker/test.sh; poppler-glib would
 *   bring GLib, cairo, NSS, lcms and fontconfig.
 * - Licence: MuPDF is AGPL-3.0, poppler GPL-2.0: both copyleft; MuPDF's
 *   asks that users of a network service can get its source (noted in the
 *   README).
 *
 * Only the PDF handler is used (pdf_open_document_with_stream), never
 * fz_open_document: a file is read as PDF because its bytes start with
 * %PDF-, and the other handlers (XPS, EPUB, HTML with JavaScript) are not
 * linked in.
 *
 * What MuPDF gives is characters with positions; lines, columns, tables,
 * headers and paragraphs are rebuilt by the stages of pdf_layout.h. */
#include "read_pdf.h"

#include "pdf_budget.h"
#include "pdf_layout.h"
#include "sb.h"

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* What the allocator counts and when it stops. */
typedef struct guard {
	size_t used;
	double page_deadline, total_deadline; /* CLOCK_MONOTONIC seconds */
	int over_memory, over_time;
	fz_cookie *cookie;
} guard;

typedef struct block_head {
	size_t size;
	size_t pad; /* keeps the block 16-byte aligned */
} block_head;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 0 when n more bytes may be had now. */
static int refuse(guard *g, size_t n)
{
	if (g->page_deadline > 0) {
		double t = now();
		if (t > g->page_deadline || t > g->total_deadline) {
			g->over_time = 1;
			if (g->cookie)
				g->cookie->abort = 1;
			return 1;
		}
	}
	if (n > PDF_MAX_MEMORY || g->used > PDF_MAX_MEMORY - n) {
		g->over_memory = 1;
		return 1;
	}
	return 0;
}

static void *g_malloc(void *user, size_t n)
{
	guard *g = user;
	if (refuse(g, n))
		return NULL;
	block_head *h = malloc(sizeof *h + n);
	if (!h)
		return NULL;
	h->size = n;
	g->used += n;
	return h + 1;
}

static void g_free(void *user, void *p)
{
	guard *g = user;
	if (!p)
		return;
	block_head *h = (block_head *)p - 1;
	g->used -= h->size;
	free(h);
}

static void *g_realloc(void *user, void *p, size_t n)
{
	guard *g = user;
	if (!p)
		return g_malloc(user, n);
	if (n == 0) {
		g_free(user, p);
		return NULL;
	}
	block_head *h = (block_head *)p - 1;
	size_t old = h->size;
	if (n > old && refuse(g, n - old))
		return NULL;
	block_head *nh = realloc(h, sizeof *nh + n);
	if (!nh)
		return NULL;
	nh->size = n;
	g->used = g->used - old + n;
	return nh + 1;
}

static void quiet(void *user, const char *message)
{
	(void)user;
	(void)message;
}

/* The glyphs of one page, appended to a growing array. */
typedef struct glyphs {
	pdf_glyph *v;
	size_t n, cap;
} glyphs;

static float minf(float a, float b)
{
	return a < b ? a : b;
}

static float maxf(float a, float b)
{
	return a > b ? a : b;
}

/* 0, or -1 when the document's glyphs would pass PDF_MAX_GLYPHS or the
 * page's PDF_MAX_PAGE_GLYPHS. */
static int collect(fz_stext_page *st, glyphs *gl, size_t *total)
{
	for (fz_stext_block *b = st->first_block; b; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (fz_stext_line *l = b->u.t.first_line; l; l = l->next)
			for (fz_stext_char *c = l->first_char; c; c = c->next) {
				if (++*total > PDF_MAX_GLYPHS || gl->n >= PDF_MAX_PAGE_GLYPHS)
					return -1;
				if (gl->n == gl->cap) {
					gl->cap = gl->cap ? gl->cap * 2 : 1024;
					gl->v = xrealloc(gl->v, gl->cap * sizeof *gl->v);
				}
				fz_quad q = c->quad;
				gl->v[gl->n++] =
				    (pdf_glyph){minf(q.ul.x, q.ll.x), maxf(q.ur.x, q.lr.x),
				                c->origin.y, c->size, (uint32_t)c->c};
			}
	}
	return 0;
}

/* The last kilobyte holds %%EOF: a file cut short has lost it. */
static int has_eof_marker(const unsigned char *b, size_t len)
{
	size_t from = len > 1024 ? len - 1024 : 0;
	for (size_t i = from; i + 5 <= len; i++)
		if (!memcmp(b + i, "%%EOF", 5))
			return 1;
	return 0;
}

void pdf_text_free(pdf_text *t)
{
	free(t->text);
	memset(t, 0, sizeof *t);
}

/* Everything the library's part of the work touches, in memory that
 * fz_try's longjmp leaves alone. */
typedef struct reading {
	guard g;
	fz_cookie cookie;
	fz_stream *stm;
	pdf_document *doc;
	fz_page *page;
	fz_stext_page *text;
	fz_device *dev;
	glyphs gl;
	pdf_lines lines;
	pdf_budget budget;
	int n_pages, encrypted, too_many, failed, too_many_glyphs, too_many_lines;
	size_t total;
	char why[160];
	pdf_text *out;
} reading;

/* Opens the document and lays out each page's rows into r->lines; on an
 * exception sets r->failed and r->why. */
static void read_pages(fz_context *ctx, const unsigned char *bytes, size_t len, reading *r)
{
	fz_try(ctx)
	{
		r->g.page_deadline = r->g.total_deadline;
		r->stm = fz_open_memory(ctx, bytes, len);
		r->doc = pdf_open_document_with_stream(ctx, r->stm);
		r->encrypted = pdf_needs_password(ctx, r->doc);
		r->n_pages = r->encrypted ? 0 : pdf_count_pages(ctx, r->doc);
		r->too_many = r->n_pages > PDF_MAX_PAGES;
		fz_stext_options opts;
		memset(&opts, 0, sizeof opts);
		opts.flags = FZ_STEXT_MEDIABOX_CLIP;
		for (int i = 0; i < r->n_pages && !r->too_many; i++) {
			r->g.page_deadline = now() + PDF_PAGE_SECONDS;
			r->page = fz_load_page(ctx, (fz_document *)r->doc, i);
			r->budget.page_used = 0;
			r->budget.deadline = r->g.page_deadline < r->g.total_deadline
			                         ? r->g.page_deadline
			                         : r->g.total_deadline;
			pdf_budget_page(ctx, pdf_lookup_page_obj(ctx, r->doc, i), &r->budget);
			fz_rect box = fz_bound_page(ctx, r->page);
			r->text = fz_new_stext_page(ctx, box);
			r->dev = fz_new_stext_device(ctx, r->text, &opts);
			fz_run_page_contents(ctx, r->page, r->dev, fz_identity, &r->cookie);
			fz_close_device(ctx, r->dev);
			fz_drop_device(ctx, r->dev);
			r->dev = NULL;
			if (r->g.over_time || r->cookie.abort)
				fz_throw(ctx, FZ_ERROR_GENERIC, "time");
			r->gl.n = 0;
			if (collect(r->text, &r->gl, &r->total) < 0) {
				r->too_many_glyphs = 1;
				fz_throw(ctx, FZ_ERROR_GENERIC, "glyphs");
			}
			fz_drop_stext_page(ctx, r->text);
			r->text = NULL;
			fz_drop_page(ctx, r->page);
			r->page = NULL;
			size_t first = r->lines.n;
			pdf_rows_build(r->gl.v, r->gl.n, i, &r->lines);
			if (r->lines.n > PDF_MAX_LINES) {
				r->too_many_lines = 1;
				fz_throw(ctx, FZ_ERROR_GENERIC, "lines");
			}
			r->lines.page_width = box.x1 - box.x0;
			r->lines.page_height = box.y1 - box.y0;
			pdf_tables_mark(&r->lines, first, 3, &r->out->tables, &r->out->table_rows);
			if (pdf_columns_order(&r->lines, first, r->lines.page_width) == 2)
				r->out->two_column_pages++;
			pdf_tables_mark(&r->lines, first, 2, &r->out->tables, &r->out->table_rows);
		}
	}
	fz_always(ctx)
	{
		fz_drop_device(ctx, r->dev);
		fz_drop_stext_page(ctx, r->text);
		fz_drop_page(ctx, r->page);
		pdf_drop_document(ctx, r->doc);
		fz_drop_stream(ctx, r->stm);
		r->dev = NULL;
		r->text = NULL;
		r->page = NULL;
		r->doc = NULL;
		r->stm = NULL;
	}
	fz_catch(ctx)
	{
		r->failed = 1;
		snprintf(r->why, sizeof r->why, "%s", fz_caught_message(ctx));
	}
}

enum parse_status pdf_read(const unsigned char *bytes, size_t len, pdf_text *out, parse_error *err)
{
	enum parse_status st = PARSE_OK;
	reading *r = xcalloc(1, sizeof *r);
	fz_context *ctx = NULL;

	memset(out, 0, sizeof *out);
	r->out = out;
	if (!pdf_fonts_stand_in() || !has_eof_marker(bytes, len)) {
		st =
		    parse_fail(err, PARSE_BAD_FILE,
		               "a truncated PDF (no %%%%EOF at its end): get the whole file again");
		goto out;
	}
	fz_alloc_context alloc = {&r->g, g_malloc, g_realloc, g_free};
	ctx = fz_new_context(&alloc, NULL, 32u << 20);
	if (!ctx) {
		st = parse_fail(err, PARSE_BAD_FILE, "cannot start the PDF reader");
		goto out;
	}
	fz_set_warning_callback(ctx, quiet, NULL);
	fz_set_error_callback(ctx, quiet, NULL);
	r->g.total_deadline = now() + PDF_TOTAL_SECONDS;
	r->g.cookie = &r->cookie;
	read_pages(ctx, bytes, len, r);
	fz_drop_context(ctx);

	if (r->failed && (r->budget.over_page || r->budget.over_total))
		st = parse_fail(
		    err, PARSE_BAD_FILE,
		    "the PDF's content is over the limit once decompressed (%u MiB for a "
		    "page, %u MiB in all): a damaged or hostile file",
		    PDF_MAX_PAGE_CONTENT >> 20, PDF_MAX_CONTENT >> 20);
	else if (r->failed && (r->g.over_time || r->budget.over_time))
		st = parse_fail(err, PARSE_BAD_FILE,
		                "reading the PDF took too long (over %d s for a page or %d s in "
		                "all): a damaged or hostile file",
		                PDF_PAGE_SECONDS, PDF_TOTAL_SECONDS);
	else if (r->failed && r->g.over_memory)
		st = parse_fail(err, PARSE_BAD_FILE,
		                "reading the PDF needs more than %u MiB of memory: a damaged or "
		                "hostile file",
		                PDF_MAX_MEMORY >> 20);
	else if (r->failed && r->too_many_glyphs)
		st = parse_fail(err, PARSE_BAD_FILE,
		                "the PDF has more than %u characters, or a page more than %u: over "
		                "the limit",
		                PDF_MAX_GLYPHS, PDF_MAX_PAGE_GLYPHS);
	else if (r->failed && r->too_many_lines)
		st = parse_fail(err, PARSE_BAD_FILE,
		                "the PDF has more than %u lines of text: over the limit",
		                PDF_MAX_LINES);
	else if (r->failed)
		st = parse_fail(err, PARSE_BAD_FILE,
		                "a damaged PDF file (%s): save or export it again", r->why);
	else if (r->encrypted)
		st = parse_fail(err, PARSE_UNSUPPORTED,
		                "an encrypted PDF that needs a password: open it, print it to an "
		                "unprotected PDF or save it as text, and import that");
	else if (r->too_many)
		st = parse_fail(err, PARSE_BAD_FILE,
		                "the PDF has %d pages, over the limit of %d pages", r->n_pages,
		                PDF_MAX_PAGES);
	else if (r->total == 0)
		st = parse_fail(err, PARSE_UNSUPPORTED,
		                "a PDF with no text layer (%d scanned or image-only page%s): run "
		                "it through OCR, or import the report's text or .docx",
		                r->n_pages, r->n_pages == 1 ? "" : "s");
	if (st != PARSE_OK)
		goto out;
	out->pages = r->n_pages;
	out->glyphs = r->total;
	out->furniture_lines = pdf_furniture_mark(&r->lines, r->n_pages, r->lines.page_height);
	out->text = pdf_paras_text(&r->lines, &out->len);
out:
	free(r->gl.v);
	pdf_lines_free(&r->lines);
	free(r);
	if (st != PARSE_OK)
		pdf_text_free(out);
	return st;
}

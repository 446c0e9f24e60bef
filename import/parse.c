/* report_parse: size check, kind of file, decode (text) or read (.docx),
 * normalise, metadata, outline, figures (see parse.h). Each stage lives in
 * its own file; this one wires them and turns their results into a report. */
#include "parse.h"

#include "decode.h"
#include "extract.h"
#include "meta.h"
#include "normalise.h"
#include "outline.h"
#include "plain_offsets.h"
#include "read_docx.h"
#include "read_kind.h"
#include "read_pdf.h"
#include "sb.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Kind used when neither the title nor the options name one. */
#define DEFAULT_KIND "工作报告"

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

/* The paragraphs of the whole document: each lead line (附件, document
 * number), the title (its lines joined), each subtitle line, then the body
 * paragraphs. Pointers borrow from the inputs. Returns the number of
 * paragraphs before the body. */
static size_t gather(const report_meta *m, const norm_lines *lines, const norm_paras *body,
                     char ***v, size_t **len)
{
	size_t title_end = m->lead_lines + m->title_lines;
	size_t head = m->lead_lines + (m->title ? 1 : 0) + (m->head_lines - title_end);
	size_t n = head + body->n, k = 0;
	*v = xmalloc((n ? n : 1) * sizeof **v);
	*len = xmalloc((n ? n : 1) * sizeof **len);
	for (size_t i = 0; i < m->lead_lines; i++) {
		(*v)[k] = lines->v[i].text;
		(*len)[k++] = lines->v[i].len;
	}
	if (m->title) {
		(*v)[k] = m->title;
		(*len)[k++] = strlen(m->title);
	}
	for (size_t i = title_end; i < m->head_lines; i++) {
		(*v)[k] = lines->v[i].text;
		(*len)[k++] = lines->v[i].len;
	}
	for (size_t i = 0; i < body->n; i++) {
		(*v)[k] = body->v[i];
		(*len)[k++] = body->len[i];
	}
	return head;
}

/* The document's text as UTF-8 with '\n' line ends in *text (caller
 * frees): decoded when it is text, read when it is a Word file or a PDF,
 * refused when it is another kind. *docx is filled for a Word file (caller
 * frees), *pdf (tables counted) for a PDF. */
static enum parse_status read_text(const unsigned char *bytes, size_t len, char **text,
                                   size_t *text_len, docx_doc *docx, int *is_docx, pdf_text *pdf,
                                   int *is_pdf, parse_error *err)
{
	enum text_encoding enc;
	enum input_kind kind = input_kind_detect(bytes, len);
	*is_docx = 0;
	*is_pdf = 0;
	if (kind == INPUT_TEXT)
		return decode_text(bytes, len, text, text_len, &enc, err);
	if (kind == INPUT_PDF) {
		enum parse_status st = pdf_read(bytes, len, pdf, err);
		if (st != PARSE_OK)
			return st;
		*is_pdf = 1;
		*text = pdf->text; /* the text changes owner */
		*text_len = pdf->len;
		pdf->text = NULL;
		return PARSE_OK;
	}
	if (kind != INPUT_ZIP)
		return parse_fail(err, PARSE_UNSUPPORTED, "%s", input_kind_refusal(kind));
	enum parse_status st = docx_read(bytes, len, docx, err);
	if (st != PARSE_OK)
		return st;
	*is_docx = 1;
	*text = docx->text; /* the text changes owner */
	*text_len = docx->len;
	docx->text = NULL;
	return PARSE_OK;
}

/* A Word file whose text has no title (no organisation or year found) may
 * name one in its properties (dc:title): read the lines again with it on
 * top, and keep that reading when it finds both. Returns 1 when kept (the
 * lines then have one more at the top than the text). */
static int try_core_title(const char *core_title, const char *text, size_t len, norm_lines *lines,
                          report_meta *meta)
{
	int kept = 0;
	if (!core_title || (meta->organization && meta->year))
		return 0;
	sb b = SB_INIT;
	sb_puts(&b, core_title);
	sb_putc(&b, '\n');
	sb_append(&b, text, len);
	norm_lines l2 = {NULL, 0};
	report_meta m2;
	norm_split_lines(sb_str(&b), b.len, &l2);
	meta_detect(&l2, &m2);
	if (m2.organization && m2.year) {
		norm_lines t = *lines;
		*lines = l2;
		l2 = t;
		report_meta tm = *meta;
		*meta = m2;
		m2 = tm;
		kept = 1;
	}
	meta_free(&m2);
	norm_lines_free(&l2);
	sb_free(&b);
	return kept;
}

/* Word's outline level for each paragraph of paras[first..n) (body->v in
 * order), 0 when it has none or the text is not from Word; `shift` lines
 * were put above the document's own. Caller frees. */
static unsigned char *paragraph_levels(const docx_doc *docx, const norm_paras *body, size_t first,
                                       size_t n, size_t shift)
{
	unsigned char *lv = xcalloc(n ? n : 1, 1);
	for (size_t i = 0; i < body->n && first + i < n; i++) {
		size_t src = body->src[i];
		if (src >= shift && src - shift < docx->n_lines)
			lv[first + i] = docx->line_levels[src - shift];
	}
	return lv;
}

enum parse_status report_parse(const unsigned char *bytes, size_t len, const parse_options *opts,
                               report *out, parse_error *err)
{
	static const parse_options no_opts = {NULL, 0, NULL};
	enum parse_status st = PARSE_OK;
	char *text = NULL;
	size_t text_len = 0;
	docx_doc docx;
	int is_docx = 0, is_pdf = 0;
	pdf_text pdf;
	norm_lines lines = {NULL, 0};
	norm_paras body = {NULL, NULL, NULL, 0};
	unsigned char *levels = NULL;
	size_t shift = 0;
	report_meta meta;
	char **paras = NULL;
	size_t *plen = NULL;

	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);
	memset(&meta, 0, sizeof meta);
	memset(&docx, 0, sizeof docx);
	memset(&pdf, 0, sizeof pdf);
	err->offset = -1;
	if (!opts)
		opts = &no_opts;

	if (len > PARSE_MAX_BYTES) {
		st = parse_fail(err, PARSE_TOO_LARGE,
		                "input is %zu bytes, over the limit of %u bytes", len,
		                PARSE_MAX_BYTES);
		goto out;
	}
	if (len == 0) {
		st = parse_fail(err, PARSE_EMPTY, "input is empty");
		goto out;
	}
	st = read_text(bytes, len, &text, &text_len, &docx, &is_docx, &pdf, &is_pdf, err);
	if (st != PARSE_OK)
		goto out;
	size_t n_lines = 1;
	for (const char *p = text; (p = memchr(p, '\n', text_len - (size_t)(p - text))) != NULL;
	     p++)
		n_lines++;
	if (n_lines > PARSE_MAX_LINES) {
		st = parse_fail(err, PARSE_TOO_LARGE,
		                "input has %zu lines, over the limit of %u lines", n_lines,
		                PARSE_MAX_LINES);
		goto out;
	}
	norm_split_lines(text, text_len, &lines);
	if (lines.n == 0) {
		st = parse_fail(err, PARSE_EMPTY,
		                is_docx  ? "the Word document has no text"
		                : is_pdf ? "the PDF has no text outside tables, headers and footers"
		                         : "input holds only whitespace");
		goto out;
	}

	meta_detect(&lines, &meta);
	if (is_docx)
		shift = (size_t)try_core_title(docx.core_title, text, text_len, &lines, &meta);
	const char *org = nonempty(opts->organization) ? opts->organization : meta.organization;
	int year = opts->year ? opts->year : meta.year;
	const char *kind = nonempty(opts->kind)  ? opts->kind
	                   : nonempty(meta.kind) ? meta.kind
	                                         : DEFAULT_KIND;
	if (!org || !year) {
		st = parse_fail(err, PARSE_NO_METADATA, "%s%s%s not found in the title; supply %s",
		                org ? "" : "organisation", !org && !year ? " and " : "",
		                year ? "" : "year",
		                !org && !year ? "--org and --year"
		                : org         ? "--year"
		                              : "--org");
		goto out;
	}

	/* Word paragraphs too: the layout test takes a real Word document as
	 * one paragraph per line, and joins the lines of a .docx converted from
	 * PDF with one w:p per printed line, as for a PDF's text. */
	norm_paragraphs(&lines, meta.head_lines, &body, NULL);
	if (body.n == 0) {
		st = parse_fail(err, PARSE_EMPTY, "no text after the title");
		goto out;
	}
	size_t first = gather(&meta, &lines, &body, &paras, &plen);
	size_t n = first + body.n;

	sb joined = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_putc(&joined, '\n');
		sb_append(&joined, paras[i], plen[i]);
	}
	out->text_chars = utf8_count(sb_str(&joined), joined.len);
	out->text = sb_take(&joined);
	out->organization = xstrdup(org);
	out->year = year;
	out->kind = xstrdup(kind);
	out->title = xstrdup(meta.title ? meta.title : "");
	out->format = is_docx ? "docx" : is_pdf ? "pdf" : "text";
	out->tables_left_out = is_pdf ? pdf.tables : docx.tables;
	out->table_rows_left_out = is_pdf ? pdf.table_rows : docx.table_rows;

	if (is_docx)
		levels = paragraph_levels(&docx, &body, first, n, shift);
	outline_build_hinted(out, paras, plen, n, first, levels);
	if (extract_metrics(out) != 0)
		st = parse_fail(err, PARSE_TOO_MANY_FIGURES,
		                "more than %u figures: over the limit of figures per report",
		                EXTRACT_MAX_METRICS);
	else /* a Word or PDF file is no plain text: its offsets stay unknown */
		plain_offsets_set(out, is_docx || is_pdf ? NULL : text);

out:
	free(paras);
	free(plen);
	free(levels);
	meta_free(&meta);
	norm_paras_free(&body);
	norm_lines_free(&lines);
	docx_doc_free(&docx);
	pdf_text_free(&pdf);
	free(text);
	if (st != PARSE_OK)
		report_free(out);
	return st;
}

/* The Word reader (see read_docx.h): the ZIP and its parts, then a walk over
 * word/document.xml that writes each body paragraph as one line. */
#include "read_docx.h"

#include "docx_styles.h"
#include "docx_xml.h"
#include "docx_zip.h"
#include "read_kind.h"
#include "sb.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct walk {
	docx_styles *styles;
	docx_doc *doc;
	sb text;                  /* paragraphs written so far, the title excepted */
	sb para;                  /* the paragraph being read */
	char *title;              /* the first Title-style paragraph; owned */
	int p_depth;              /* depth of the open w:p, -1 outside one */
	int ppr_depth, rpr_depth; /* open w:pPr / run w:rPr, -1 when none */
	int in_t, hidden;
	int p_mark_deleted; /* this paragraph's mark is a tracked deletion */
	int join_next;      /* the previous paragraph's mark was deleted */
	int skip;           /* depth of the element whose content is skipped, -1 = none */
	char *p_style;      /* the paragraph's w:pStyle; owned */
	int p_outline;      /* its w:outlineLvl, -1 = from the style */
	int p_num_id;       /* its w:numPr, -1 = from the style */
	int p_ilvl;
	unsigned char *levels; /* per line of text: see docx_doc.line_levels */
	size_t n_levels, cap_levels;
} walk;

static void push_level(walk *wk, int level)
{
	if (wk->n_levels == wk->cap_levels) {
		wk->cap_levels = wk->cap_levels ? wk->cap_levels * 2 : 256;
		wk->levels = xrealloc(wk->levels, wk->cap_levels);
	}
	wk->levels[wk->n_levels++] = (unsigned char)level;
}

static int is(const xml_node *nd, const char *local)
{
	return strcmp(nd->local, local) == 0;
}

/* Elements whose whole content is left out (see read_docx.h for why). */
static int skipped(walk *wk, const xml_node *nd)
{
	if (nd->ns == NS_MC)
		return is(nd, "Fallback"); /* the same content as mc:Choice, older markup */
	if (nd->ns != NS_W)
		return 0;
	if (is(nd, "tbl")) {
		wk->doc->tables++;
		return 1;
	}
	if (is(nd, "del") || is(nd, "moveFrom")) {
		wk->doc->deletions++;
		return 1;
	}
	if (is(nd, "txbxContent")) {
		wk->doc->text_boxes++;
		return 1;
	}
	static const char *const names[] = {
	    "delText",  "instrText", "delInstrText", "drawing", "pict", "object",   "sdtPr",
	    "sdtEndPr", "pPrChange", "rPrChange",    "sectPr",  "tabs", "footnote", "endnote",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (is(nd, names[i]))
			return 1;
	return 0;
}

/* Counts what is inside a skipped element: table rows and nested tables. */
static void count_skipped(walk *wk, const xml_node *nd)
{
	if (nd->ns != NS_W)
		return;
	if (is(nd, "tr"))
		wk->doc->table_rows++;
	else if (is(nd, "tbl"))
		wk->doc->tables++;
	else if (is(nd, "txbxContent"))
		wk->doc->text_boxes++;
}

static void start_paragraph(walk *wk, int depth)
{
	wk->p_depth = depth;
	sb_truncate(&wk->para, 0);
	free(wk->p_style);
	wk->p_style = NULL;
	wk->p_outline = wk->p_num_id = -1;
	wk->p_ilvl = 0;
	wk->hidden = wk->in_t = wk->p_mark_deleted = 0;
}

static void end_paragraph(walk *wk)
{
	docx_style_props sp;
	sb line = SB_INIT;
	/* a deleted paragraph mark (w:del in w:pPr/w:rPr) joins the next
	 * paragraph to this one, as Word shows the change accepted */
	int joined = wk->join_next && wk->n_levels > 0;
	wk->join_next = wk->p_mark_deleted;
	docx_style_resolve(wk->styles, wk->p_style, &sp);
	wk->p_depth = -1;
	wk->doc->paragraphs++;
	if (sp.is_toc)
		goto out; /* a table-of-contents line: its heading comes again in the text */
	int outline = wk->p_outline >= 0 ? wk->p_outline : sp.outline;
	int heading = outline >= 0 && outline < DOCX_NO_LEVEL;
	wk->doc->headings += (size_t)heading;
	int num_id = wk->p_num_id >= 0 ? wk->p_num_id : sp.num_id;
	int ilvl = wk->p_num_id >= 0 ? wk->p_ilvl : sp.num_ilvl;
	if (!joined && docx_number_paragraph(wk->styles, num_id, ilvl, &line)) {
		wk->doc->numbered++;
		sb_putc(&line, '\t'); /* Word's default label suffix; keeps `1.` off `5G` */
	}
	sb_append(&line, sb_str(&wk->para), wk->para.len);
	if (sp.is_title && !wk->title && wk->para.len && !joined) {
		wk->title = sb_take(&line);
		goto out;
	}
	/* every paragraph a line (empty ones too, which the normaliser drops),
	 * so that line i of the text is levels[i] */
	if (!joined) {
		if (wk->n_levels)
			sb_putc(&wk->text, '\n');
		push_level(wk, heading ? outline + 1 : 0);
	}
	sb_append(&wk->text, sb_str(&line), line.len);
	for (size_t i = 0; i < line.len; i++)
		if (line.data[i] == '\n')
			push_level(wk, 0); /* after a w:br: the rest of the paragraph */
out:
	sb_free(&line);
}

/* Text inside w:t: a line break in it is no paragraph break in Word. */
static void put_text(sb *b, const char *s)
{
	for (; *s; s++)
		sb_putc(b, *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* A start tag inside a paragraph. */
static void paragraph_element(walk *wk, xml_walk *w, const xml_node *nd)
{
	if (nd->ns != NS_W)
		return;
	if (wk->ppr_depth >= 0) {
		char *val = xml_walk_attr(w, "val");
		if (is(nd, "pStyle") && val && !wk->p_style)
			wk->p_style = xstrdup(val);
		else if (is(nd, "outlineLvl"))
			wk->p_outline = xml_int(val, -1);
		else if (is(nd, "numId"))
			wk->p_num_id = xml_int(val, -1);
		else if (is(nd, "ilvl"))
			wk->p_ilvl = xml_int(val, 0);
		free(val);
		return;
	}
	if (wk->rpr_depth >= 0) {
		if (is(nd, "vanish") || is(nd, "specVanish")) {
			char *val = xml_walk_attr(w, "val");
			wk->hidden = xml_on(val);
			free(val);
		}
		return;
	}
	if (is(nd, "pPr")) {
		if (!nd->empty)
			wk->ppr_depth = nd->depth;
	} else if (is(nd, "rPr")) {
		if (!nd->empty)
			wk->rpr_depth = nd->depth;
	} else if (is(nd, "r")) {
		wk->hidden = 0;
	} else if (is(nd, "t")) {
		wk->in_t = !nd->empty;
	} else if (wk->hidden) {
		return;
	} else if (is(nd, "tab") || is(nd, "ptab")) {
		sb_putc(&wk->para, '\t');
	} else if (is(nd, "br") || is(nd, "cr")) {
		char *type = xml_walk_attr(w, "type");
		/* a page or column break ends no line of text */
		if (!type || strcmp(type, "textWrapping") == 0)
			sb_putc(&wk->para, '\n');
		free(type);
	} else if (is(nd, "noBreakHyphen")) {
		sb_putc(&wk->para, '-');
	}
}

static int walk_document(walk *wk, const char *xml, size_t len, char *err, size_t errlen)
{
	int rc = -1;
	xml_walk *w = xml_walk_new(xml, len, "word/document.xml", err, errlen);
	if (!w)
		goto out;
	xml_node nd;
	int got;
	while ((got = xml_walk_next(w, &nd, err, errlen)) > 0) {
		if (wk->skip >= 0) {
			if (nd.type == XML_NODE_END && nd.depth == wk->skip)
				wk->skip = -1;
			else if (nd.type == XML_NODE_START)
				count_skipped(wk, &nd);
			continue;
		}
		if (nd.type == XML_NODE_START) {
			if (wk->ppr_depth >= 0 && nd.ns == NS_W && is(&nd, "del")) {
				wk->p_mark_deleted = 1;
				wk->doc->deletions++;
				if (!nd.empty)
					wk->skip = nd.depth;
			} else if (skipped(wk, &nd)) {
				if (!nd.empty)
					wk->skip = nd.depth;
			} else if (nd.ns == NS_W && is(&nd, "p") && wk->p_depth < 0) {
				start_paragraph(wk, nd.depth);
				if (nd.empty)
					end_paragraph(wk);
			} else if (wk->p_depth >= 0) {
				paragraph_element(wk, w, &nd);
			}
		} else if (nd.type == XML_NODE_END) {
			if (nd.depth == wk->p_depth)
				end_paragraph(wk);
			else if (nd.depth == wk->ppr_depth)
				wk->ppr_depth = -1;
			else if (nd.depth == wk->rpr_depth)
				wk->rpr_depth = -1;
			else if (nd.ns == NS_W && is(&nd, "t"))
				wk->in_t = 0;
		} else if (nd.text && wk->in_t && !wk->hidden && wk->p_depth >= 0) {
			put_text(&wk->para, nd.text);
		}
	}
	if (got == 0)
		rc = 0;
out:
	xml_walk_free(w);
	return rc;
}

/* dc:title of docProps/core.xml, trimmed; NULL when absent or empty. */
static int read_core_title(const char *xml, size_t len, char **out, char *err, size_t errlen)
{
	int rc = -1, in_title = 0;
	sb b = SB_INIT;
	*out = NULL;
	xml_walk *w = xml_walk_new(xml, len, "docProps/core.xml", err, errlen);
	if (!w)
		goto out;
	xml_node nd;
	int got;
	while ((got = xml_walk_next(w, &nd, err, errlen)) > 0) {
		if (nd.local && nd.ns == NS_DC && strcmp(nd.local, "title") == 0)
			in_title = nd.type == XML_NODE_START && !nd.empty;
		else if (in_title && nd.text)
			put_text(&b, nd.text);
	}
	if (got < 0)
		goto out;
	rc = 0;
	size_t s = 0, e = b.len;
	const char *t = sb_str(&b);
	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	if (e > s)
		*out = xstrndup(t + s, e - s);
out:
	sb_free(&b);
	xml_walk_free(w);
	return rc;
}

enum parse_status docx_read(const unsigned char *bytes, size_t len, docx_doc *out, parse_error *err)
{
	enum parse_status st = PARSE_BAD_FILE;
	char msg[sizeof err->message];
	char *document = NULL, *styles = NULL, *numbering = NULL, *core = NULL;
	size_t document_len = 0, styles_len = 0, numbering_len = 0, core_len = 0;
	docx_styles sty;
	walk wk;
	memset(out, 0, sizeof *out);
	memset(&sty, 0, sizeof sty);
	memset(&wk, 0, sizeof wk);
	msg[0] = '\0';

	docx_zip *z = docx_zip_open(bytes, len, msg, sizeof msg);
	if (!z)
		goto out;
	if (!docx_zip_has("word/document.xml", z)) {
		st = PARSE_UNSUPPORTED;
		snprintf(msg, sizeof msg, "%s", zip_kind_refusal(docx_zip_has, z));
		goto out;
	}
	if (docx_zip_read(z, "word/document.xml", &document, &document_len, msg, sizeof msg) < 0 ||
	    docx_zip_read(z, "word/styles.xml", &styles, &styles_len, msg, sizeof msg) < 0 ||
	    docx_zip_read(z, "word/numbering.xml", &numbering, &numbering_len, msg, sizeof msg) <
	        0 ||
	    docx_zip_read(z, "docProps/core.xml", &core, &core_len, msg, sizeof msg) < 0)
		goto out;
	if (docx_styles_read(styles, styles_len, numbering, numbering_len, &sty, msg, sizeof msg) <
	    0)
		goto out;
	if (core && read_core_title(core, core_len, &out->core_title, msg, sizeof msg) < 0)
		goto out;

	wk.styles = &sty;
	wk.doc = out;
	wk.p_depth = wk.ppr_depth = wk.rpr_depth = wk.skip = -1;
	if (walk_document(&wk, document, document_len, msg, sizeof msg) < 0)
		goto out;
	sb all = SB_INIT;
	size_t title_lines = 0;
	if (wk.title) {
		sb_puts(&all, wk.title);
		out->title_moved = 1;
		title_lines = 1;
		for (const char *p = wk.title; *p; p++)
			title_lines += *p == '\n';
		if (wk.n_levels)
			sb_putc(&all, '\n');
	}
	sb_append(&all, sb_str(&wk.text), wk.text.len);
	out->n_lines = title_lines + wk.n_levels;
	out->line_levels = xcalloc(out->n_lines ? out->n_lines : 1, 1);
	if (wk.n_levels)
		memcpy(out->line_levels + title_lines, wk.levels, wk.n_levels);
	if (all.len > PARSE_MAX_BYTES) {
		snprintf(msg, sizeof msg,
		         "the document's text is %zu bytes, over the limit of %u bytes", all.len,
		         PARSE_MAX_BYTES);
		sb_free(&all);
		goto out;
	}
	out->len = all.len;
	out->text = sb_take(&all);
	st = PARSE_OK;
out:
	if (st != PARSE_OK) {
		docx_doc_free(out);
		parse_fail(err, st, "%s", msg[0] ? msg : "cannot read the Word document");
	}
	free(wk.title);
	free(wk.levels);
	free(wk.p_style);
	sb_free(&wk.text);
	sb_free(&wk.para);
	docx_styles_free(&sty);
	free(document);
	free(styles);
	free(numbering);
	free(core);
	docx_zip_close(z);
	return st;
}

void docx_doc_free(docx_doc *d)
{
	free(d->text);
	free(d->core_title);
	free(d->line_levels);
	memset(d, 0, sizeof *d);
}

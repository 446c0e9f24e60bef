/* Styles and list numbering of a Word document (see docx_styles.h). */
#include "docx_styles.h"

#include "docx_xml.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- styles.xml ---- */

/* Built-in names: "heading 1" (Word writes English names whatever the
 * interface language), "标题 1" (WPS). Returns 0..8, or -1. */
static int heading_name_level(const char *name)
{
	const char *rest = NULL;
	if (strncasecmp(name, "heading", 7) == 0)
		rest = name + 7;
	else if (strncmp(name, "标题", strlen("标题")) == 0)
		rest = name + strlen("标题");
	if (!rest)
		return -1;
	while (*rest == ' ')
		rest++;
	if (rest[0] >= '1' && rest[0] <= '9' && rest[1] == '\0')
		return rest[0] - '1';
	return -1;
}

static void style_from_name(docx_style *st, const char *name, int *name_level)
{
	*name_level = heading_name_level(name);
	st->is_title = strcasecmp(name, "title") == 0 || strcmp(name, "标题") == 0;
	st->is_toc =
	    strncasecmp(name, "toc ", 4) == 0 || strncmp(name, "目录", strlen("目录")) == 0;
}

static int read_styles(const char *xml, size_t len, docx_styles *out, char *err, size_t errlen)
{
	int rc = -1;
	size_t cap = 0;
	docx_style cur;
	int in_style = 0, paragraph = 0, name_level = -1, own_outline = -1;
	memset(&cur, 0, sizeof cur);
	xml_walk *w = xml_walk_new(xml, len, "word/styles.xml", err, errlen);
	if (!w)
		goto out;
	xml_node nd;
	int got;
	while ((got = xml_walk_next(w, &nd, err, errlen)) > 0) {
		if (nd.ns != NS_W || !nd.local)
			continue;
		int start = nd.type == XML_NODE_START;
		if (start && strcmp(nd.local, "style") == 0) {
			char *type = xml_walk_attr(w, "type");
			char *dflt = xml_walk_attr(w, "default");
			/* A style opened inside one that never ended (hostile XML):
			 * the unfinished one is dropped. */
			free(cur.id);
			free(cur.based);
			memset(&cur, 0, sizeof cur);
			cur.id = xml_walk_attr(w, "styleId");
			cur.num_id = -1;
			cur.is_default = dflt && xml_on(dflt);
			paragraph = !type || strcmp(type, "paragraph") == 0;
			in_style = 1;
			name_level = own_outline = -1;
			free(type);
			free(dflt);
			if (!nd.empty)
				continue;
		} else if (in_style && start) {
			char *val = xml_walk_attr(w, "val");
			if (strcmp(nd.local, "name") == 0 && val)
				style_from_name(&cur, val, &name_level);
			else if (strcmp(nd.local, "basedOn") == 0 && val && !cur.based)
				cur.based = xstrdup(val);
			else if (strcmp(nd.local, "outlineLvl") == 0)
				own_outline = xml_int(val, -1);
			else if (strcmp(nd.local, "numId") == 0)
				cur.num_id = xml_int(val, -1);
			else if (strcmp(nd.local, "ilvl") == 0)
				cur.num_ilvl = xml_int(val, 0);
			free(val);
			continue;
		} else if (!(in_style && nd.type == XML_NODE_END &&
		             strcmp(nd.local, "style") == 0)) {
			continue;
		}
		/* the end of a style */
		in_style = 0;
		cur.outline = own_outline >= 0 ? own_outline : name_level;
		if (!paragraph || !cur.id) {
			free(cur.id);
			free(cur.based);
			memset(&cur, 0, sizeof cur);
			continue;
		}
		out->v = xgrow(out->v, &cap, out->n, sizeof *out->v, 32);
		out->v[out->n++] = cur;
		memset(&cur, 0, sizeof cur);
	}
	if (got == 0)
		rc = 0;
out:
	free(cur.id);
	free(cur.based);
	xml_walk_free(w);
	return rc;
}

static int cmp_style(const void *a, const void *b)
{
	return strcmp(((const docx_style *)a)->id, ((const docx_style *)b)->id);
}

static const docx_style *find_style(const docx_styles *s, const char *id)
{
	if (!id)
		return s->dflt;
	docx_style key = {.id = (char *)id};
	return s->n ? bsearch(&key, s->v, s->n, sizeof *s->v, cmp_style) : NULL;
}

/* Sorts the styles for find_style and finds the default one. */
static void index_styles(docx_styles *s)
{
	if (s->n)
		qsort(s->v, s->n, sizeof *s->v, cmp_style);
	for (size_t i = 0; i < s->n && !s->dflt; i++)
		if (s->v[i].is_default)
			s->dflt = &s->v[i];
}

void docx_style_resolve(const docx_styles *s, const char *id, docx_style_props *out)
{
	memset(out, 0, sizeof *out);
	out->outline = -1;
	out->num_id = -1;
	const docx_style *st = find_style(s, id);
	for (int steps = 0; st && steps < 16; steps++) {
		if (out->outline < 0 && st->outline >= 0)
			out->outline = st->outline;
		if (out->num_id < 0 && st->num_id >= 0) {
			out->num_id = st->num_id;
			out->num_ilvl = st->num_ilvl;
		}
		out->is_title |= st->is_title;
		out->is_toc |= st->is_toc;
		st = st->based ? find_style(s, st->based) : NULL;
	}
	if (out->outline < 0 || out->outline > 8)
		out->outline = DOCX_NO_LEVEL;
}

/* ---- numbering.xml ---- */

static void add_abstract(docx_numbering *nm, int id, size_t *cap)
{
	nm->abs = xgrow(nm->abs, cap, nm->n_abs, sizeof *nm->abs, 8);
	docx_abstract *a = &nm->abs[nm->n_abs++];
	memset(a, 0, sizeof *a);
	a->id = id;
	for (int l = 0; l < 9; l++)
		a->lvl[l].start = 1;
}

static void add_num(docx_numbering *nm, int id, size_t *cap)
{
	nm->num = xgrow(nm->num, cap, nm->n_num, sizeof *nm->num, 8);
	docx_num *n = &nm->num[nm->n_num++];
	memset(n, 0, sizeof *n);
	n->id = id;
	n->abs_id = -1;
	n->abs = SIZE_MAX;
	for (int l = 0; l < 9; l++)
		n->start[l] = -1;
}

/* docx_abstract and docx_num both begin with their int id. */
static int cmp_id(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* Sorts both arrays by id and links each list instance to its definition. */
static void index_numbering(docx_numbering *nm)
{
	if (nm->n_abs)
		qsort(nm->abs, nm->n_abs, sizeof *nm->abs, cmp_id);
	if (nm->n_num)
		qsort(nm->num, nm->n_num, sizeof *nm->num, cmp_id);
	for (size_t i = 0; i < nm->n_num; i++) {
		const docx_abstract *a = nm->n_abs ? bsearch(&nm->num[i].abs_id, nm->abs, nm->n_abs,
		                                             sizeof *nm->abs, cmp_id)
		                                   : NULL;
		nm->num[i].abs = a ? (size_t)(a - nm->abs) : SIZE_MAX;
	}
}

static int read_numbering(const char *xml, size_t len, docx_numbering *nm, char *err, size_t errlen)
{
	int rc = -1;
	size_t cap_abs = 0, cap_num = 0;
	int in_abs = 0, in_num = 0, lvl = -1;
	xml_walk *w = xml_walk_new(xml, len, "word/numbering.xml", err, errlen);
	if (!w)
		goto out;
	xml_node nd;
	int got;
	while ((got = xml_walk_next(w, &nd, err, errlen)) > 0) {
		if (nd.ns != NS_W || !nd.local)
			continue;
		if (nd.type == XML_NODE_END) {
			if (strcmp(nd.local, "abstractNum") == 0)
				in_abs = 0;
			else if (strcmp(nd.local, "num") == 0)
				in_num = 0;
			else if (strcmp(nd.local, "lvl") == 0 ||
			         strcmp(nd.local, "lvlOverride") == 0)
				lvl = -1;
			continue;
		}
		if (nd.type != XML_NODE_START)
			continue;
		char *val = xml_walk_attr(w, "val");
		if (strcmp(nd.local, "abstractNum") == 0) {
			char *id = xml_walk_attr(w, "abstractNumId");
			add_abstract(nm, xml_int(id, -1), &cap_abs);
			free(id);
			in_abs = !nd.empty;
		} else if (strcmp(nd.local, "num") == 0 && !in_abs) {
			char *id = xml_walk_attr(w, "numId");
			add_num(nm, xml_int(id, -1), &cap_num);
			free(id);
			in_num = !nd.empty;
		} else if (strcmp(nd.local, "lvl") == 0 || strcmp(nd.local, "lvlOverride") == 0) {
			char *il = xml_walk_attr(w, "ilvl");
			lvl = xml_int(il, -1);
			if (lvl > 8)
				lvl = -1;
			free(il);
		} else if (in_abs && lvl >= 0) {
			docx_level *L = &nm->abs[nm->n_abs - 1].lvl[lvl];
			if (strcmp(nd.local, "start") == 0)
				L->start = xml_int(val, 1);
			else if (strcmp(nd.local, "numFmt") == 0 && val)
				snprintf(L->fmt, sizeof L->fmt, "%s", val);
			else if (strcmp(nd.local, "lvlText") == 0 && val && !L->text)
				L->text = xstrdup(val);
		} else if (in_num && strcmp(nd.local, "abstractNumId") == 0) {
			nm->num[nm->n_num - 1].abs_id = xml_int(val, -1);
		} else if (in_num && lvl >= 0 && strcmp(nd.local, "startOverride") == 0) {
			nm->num[nm->n_num - 1].start[lvl] = xml_int(val, 1);
		}
		free(val);
	}
	if (got < 0)
		goto out;
	index_numbering(nm);
	rc = 0;
out:
	xml_walk_free(w);
	return rc;
}

int docx_styles_read(const char *styles, size_t styles_len, const char *numbering,
                     size_t numbering_len, docx_styles *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof *out);
	if (styles && read_styles(styles, styles_len, out, err, errlen) < 0)
		goto fail;
	index_styles(out);
	if (numbering && read_numbering(numbering, numbering_len, &out->num, err, errlen) < 0)
		goto fail;
	return 0;
fail:
	docx_styles_free(out);
	return -1;
}

void docx_styles_free(docx_styles *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].id);
		free(s->v[i].based);
	}
	free(s->v);
	docx_numbering *nm = &s->num;
	for (size_t a = 0; a < nm->n_abs; a++)
		for (int l = 0; l < 9; l++)
			free(nm->abs[a].lvl[l].text);
	free(nm->abs);
	free(nm->num);
	memset(s, 0, sizeof *s);
}

/* ---- labels ---- */

static const char *const cn_digit[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

/* v in the numbering format fmt, as Word shows it. */
static void put_number(sb *b, int v, const char *fmt)
{
	if ((strncmp(fmt, "chineseCounting", 15) == 0 || strcmp(fmt, "taiwaneseCounting") == 0 ||
	     strcmp(fmt, "japaneseCounting") == 0) &&
	    v >= 1 && v <= 99) {
		if (v >= 20)
			sb_puts(b, cn_digit[v / 10 - 1]);
		if (v >= 10)
			sb_puts(b, "十");
		if (v % 10)
			sb_puts(b, cn_digit[v % 10 - 1]);
	} else if (strcmp(fmt, "ideographTraditional") == 0 && v >= 1 && v <= 10) {
		static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊",
		                                    "己", "庚", "辛", "壬", "癸"};
		sb_puts(b, stems[v - 1]);
	} else if ((strcmp(fmt, "upperLetter") == 0 || strcmp(fmt, "lowerLetter") == 0) && v >= 1) {
		char c = (char)((fmt[0] == 'u' ? 'A' : 'a') + (v - 1) % 26);
		for (int k = 0; k <= (v - 1) / 26 && k < 8; k++)
			sb_putc(b, c);
	} else if (strcmp(fmt, "decimalEnclosedCircle") == 0 && v >= 1 && v <= 20) {
		sb_put_utf8(b, 0x2460u + (unsigned)(v - 1));
	} else if (strcmp(fmt, "decimalZero") == 0 && v >= 0 && v < 10) {
		sb_printf(b, "0%d", v);
	} else {
		sb_printf(b, "%d", v); /* decimal, full-width decimal and the rest */
	}
}

int docx_number_paragraph(docx_styles *s, int num_id, int ilvl, sb *label)
{
	docx_numbering *nm = &s->num;
	if (num_id <= 0 || ilvl < 0 || ilvl > 8 || nm->n_num == 0)
		return 0;
	const docx_num *n = bsearch(&num_id, nm->num, nm->n_num, sizeof *nm->num, cmp_id);
	if (!n || n->abs == SIZE_MAX)
		return 0;
	docx_abstract *a = &nm->abs[n->abs];
	const docx_level *L = a->lvl;
	if (strcmp(L[ilvl].fmt, "bullet") == 0 || strcmp(L[ilvl].fmt, "none") == 0 || !L[ilvl].text)
		return 0;
	/* another list instance with its own start restarts the numbering */
	if (a->last_num != num_id && n->start[ilvl] >= 0)
		memset(a->count, 0, sizeof a->count);
	a->last_num = num_id;
	int start = n->start[ilvl] >= 0 ? n->start[ilvl] : L[ilvl].start;
	a->count[ilvl] = a->count[ilvl] ? a->count[ilvl] + 1 : start;
	for (int l = ilvl + 1; l < 9; l++)
		a->count[l] = 0;
	for (const char *p = L[ilvl].text; *p; p++) {
		if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
			int l = p[1] - '1';
			put_number(label, a->count[l] ? a->count[l] : L[l].start, L[l].fmt);
			p++;
		} else {
			sb_putc(label, *p);
		}
	}
	return 1;
}

/* What word/styles.xml and word/numbering.xml say about paragraphs: which
 * style is the title, a style's outline level (w:outlineLvl, or the built-in
 * names "heading N" / "标题 N"), and the list numbering a paragraph shows,
 * rendered as the text Word displays (`一、`, `（一）`, `1.`), so that numbered
 * headings read like typed ones. */
#ifndef IMPORT_DOCX_STYLES_H
#define IMPORT_DOCX_STYLES_H

#include "sb.h"

#include <stddef.h>

#define DOCX_NO_LEVEL 9 /* w:outlineLvl 9 is body text; 0..8 are headings */

typedef struct docx_style {
	char *id;     /* w:styleId; owned */
	char *based;  /* w:basedOn, or NULL; owned */
	int outline;  /* own w:outlineLvl or the heading name's level; -1 = not set */
	int num_id;   /* own w:numPr/w:numId; -1 = not set (0 = numbering off) */
	int num_ilvl; /* own w:numPr/w:ilvl; 0 when not set */
	int is_title; /* named Title / 标题 */
	int is_toc;   /* named "toc N" / 目录 N: table-of-contents lines */
	int is_default;
} docx_style;

typedef struct docx_level {
	int start;    /* w:start, 1 when absent */
	char fmt[32]; /* w:numFmt: decimal, chineseCounting, bullet, ... */
	char *text;   /* w:lvlText ("%1、"); owned, NULL = none */
} docx_level;

typedef struct docx_abstract {
	int id;            /* w:abstractNumId */
	docx_level lvl[9]; /* nine levels */
	int count[9];      /* the counters, 0 = not started */
	int last_num;      /* numId that counted last, for start overrides */
} docx_abstract;

typedef struct docx_num {
	int id;       /* w:numId */
	int abs_id;   /* its w:abstractNumId */
	size_t abs;   /* index into docx_numbering.abs, SIZE_MAX = none */
	int start[9]; /* w:startOverride per level, -1 = none */
} docx_num;

/* Both arrays sorted by id once read, so that a paragraph's list is found
 * in logarithmic time whatever a hostile file declares. */
typedef struct docx_numbering {
	docx_abstract *abs;
	size_t n_abs;
	docx_num *num;
	size_t n_num;
} docx_numbering;

typedef struct docx_styles {
	docx_style *v; /* sorted by id once read */
	size_t n;
	const docx_style *dflt; /* the default paragraph style, or NULL; points into v */
	docx_numbering num;
} docx_styles;

/* Reads styles.xml and numbering.xml (either may be NULL: no styles, no
 * numbering) into *out; release with docx_styles_free. Returns 0, or -1 with
 * a message in err (not well-formed XML, a DTD, too deep). */
int docx_styles_read(const char *styles, size_t styles_len, const char *numbering,
                     size_t numbering_len, docx_styles *out, char *err, size_t errlen);
void docx_styles_free(docx_styles *s);

/* The effective properties of style `id` (NULL = the default paragraph
 * style), following w:basedOn (at most 16 steps, so a cycle ends). */
typedef struct docx_style_props {
	int outline; /* 0..8, or DOCX_NO_LEVEL */
	int num_id;  /* -1 none */
	int num_ilvl;
	int is_title;
	int is_toc;
} docx_style_props;
void docx_style_resolve(const docx_styles *s, const char *id, docx_style_props *out);

/* Counts one paragraph of list numId at level ilvl and appends the label it
 * shows to *label (nothing for bullets, unknown lists and numId 0). Returns
 * 1 when a label was appended. */
int docx_number_paragraph(docx_styles *s, int num_id, int ilvl, sb *label);

#endif

/* Line and paragraph normalisation (see normalise.h). */
#include "normalise.h"

#include "outline.h"
#include "sb.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* ---- line stage ---- */

/* Full-width forms that belong to figures, and spacing characters, mapped to
 * ASCII; anything else is returned unchanged. */
static unsigned fold_char(unsigned cp)
{
	if (cp >= 0xFF10 && cp <= 0xFF19) /* ０..９ */
		return '0' + (cp - 0xFF10);
	if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)) /* Ａ..Ｚ ａ..ｚ */
		return cp - 0xFF21 + 'A';
	if (cp == 0xFF05 || cp == 0xFE6A) /* ％ ﹪ */
		return '%';
	if (cp_is_space(cp))
		return ' ';
	return cp;
}

static int is_digit(unsigned cp)
{
	return cp >= '0' && cp <= '9';
}

/* A space is PDF layout, not content, next to CJK text or full-width
 * punctuation, between a number and its percent sign, and inside brackets. */
static int space_is_layout(unsigned prev, unsigned next)
{
	if (cp_is_cjk(prev) || cp_is_cjk(next))
		return 1;
	if (is_digit(prev) && next == '%')
		return 1;
	return prev == '(' || next == ')';
}

char *norm_line_text(const char *s, size_t len)
{
	const char *end = s + len;
	unsigned *cps = xmalloc((len + 1) * sizeof *cps);
	size_t n = 0;
	sb out = SB_INIT;

	for (const char *p = s; p < end;) {
		size_t l;
		cps[n++] = fold_char(utf8_get(p, end, &l));
		p += l;
	}
	/* Signs and decimal points between digits: the neighbours are folded now. */
	for (size_t i = 0; i < n; i++) {
		unsigned next = i + 1 < n ? cps[i + 1] : 0;
		if (cps[i] == 0xFF0E && i > 0 && is_digit(cps[i - 1]) && is_digit(next))
			cps[i] = '.';
		else if ((cps[i] == 0xFF0B) && is_digit(next))
			cps[i] = '+';
		else if ((cps[i] == 0xFF0D || cps[i] == 0x2212) && is_digit(next))
			cps[i] = '-';
	}
	unsigned prev = 0; /* last code point written, 0 at the start */
	for (size_t i = 0; i < n;) {
		if (cps[i] != ' ') {
			sb_put_utf8(&out, cps[i]);
			prev = cps[i++];
			continue;
		}
		size_t j = i;
		while (j < n && cps[j] == ' ')
			j++;
		if (prev != 0 && j < n && !space_is_layout(prev, cps[j]))
			sb_putc(&out, ' ');
		i = j;
	}
	free(cps);
	return sb_take(&out);
}

static int line_width(const char *s, size_t len)
{
	const char *end = s + len;
	int w = 0;
	for (const char *p = s; p < end;) {
		size_t l;
		w += cp_width(utf8_get(p, end, &l));
		p += l;
	}
	return w;
}

/* Narrows [*s, *e) past leading and trailing spaces of any kind (ASCII,
 * U+3000, NBSP): page-break lines of PDF exports start with a space. */
static void trim(const char **s, const char **e)
{
	while (*s < *e) {
		size_t l;
		if (!cp_is_space(utf8_get(*s, *e, &l)))
			break;
		*s += l;
	}
	while (*e > *s) {
		size_t l = utf8_prev_len(*s, (size_t)(*e - *s));
		size_t dummy;
		if (!cp_is_space(utf8_get(*e - l, *e, &dummy)))
			break;
		*e -= l;
	}
}

/* A page number on a line of its own, as PDF exports leave between pages:
 * `3`, `- 3 -`, `— 3 —`, `第3页`, `第3页 共12页`, `3/12`. Such a line is no
 * text; dropping it lets the paragraph around the page break join up. A bare
 * number of four digits (`2023`) is kept: it may be content. */
static int is_page_number(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	size_t digits = 0, l;
	int decorated = 0;
	while (p < end) {
		unsigned cp = utf8_get(p, end, &l);
		if (cp >= '0' && cp <= '9') {
			digits++;
		} else if (cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || cp == ' ' ||
		           cp == '/' || cp == 0x7B2C /* 第 */ || cp == 0x9875 /* 页 */ ||
		           cp == 0x5171 /* 共 */) {
			decorated |= cp != ' ';
		} else {
			return 0;
		}
		p += l;
	}
	if (digits == 0 || digits > 5) /* 2023-12-01 is a date */
		return 0;
	return decorated || digits <= 3;
}

void norm_split_lines(const char *text, size_t len, norm_lines *out)
{
	const char *end = text + len;
	size_t cap = 0, src = 0;
	memset(out, 0, sizeof *out);
	for (const char *p = text; p < end; src++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *s = p, *e = le;
		p = nl ? nl + 1 : end;
		trim(&s, &e);
		if (s == e)
			continue;
		char *t = norm_line_text(s, (size_t)(e - s));
		if (!*t || is_page_number(t, strlen(t))) {
			free(t);
			continue;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->v = xrealloc(out->v, cap * sizeof *out->v);
		}
		out->v[out->n].text = t;
		out->v[out->n].len = strlen(t);
		out->v[out->n].width = line_width(s, (size_t)(e - s));
		out->v[out->n].src = src;
		out->n++;
	}
}

void norm_lines_free(norm_lines *lines)
{
	for (size_t i = 0; i < lines->n; i++)
		free(lines->v[i].text);
	free(lines->v);
	memset(lines, 0, sizeof *lines);
}

/* ---- paragraph stage ---- */

/* The last code point of a line, looking through closing quotes and
 * brackets ("…。”" ends a sentence); an ASCII '.' after a digit reads as a
 * decimal point cut by the wrap and is returned as 0. */
static unsigned last_cp(const norm_line *l)
{
	size_t n = l->len, dummy;
	unsigned cp = 0;
	while (n > 0) {
		size_t k = utf8_prev_len(l->text, n);
		cp = utf8_get(l->text + n - k, l->text + n, &dummy);
		if (!(cp == 0x201D || cp == 0x2019 || cp == 0xFF09 || cp == ')' || cp == '"') ||
		    n == k)
			break;
		n -= k;
	}
	if (cp == '.' && n >= 2 && l->text[n - 2] >= '0' && l->text[n - 2] <= '9')
		return 0;
	return cp;
}

static int is_sentence_end(unsigned cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == 0xFF1A ||
	       cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '.';
}

/* 。！？ and their ASCII forms (last_cp has already ruled out a decimal
 * point). */
static int is_full_stop(unsigned cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '.' || cp == '!' || cp == '?';
}

/* Punctuation after which a sentence goes on (a wrap, not a paragraph end). */
static int is_mid_sentence(unsigned cp)
{
	return cp == 0xFF0C || cp == 0x3001 || cp == ',' || cp == 0x201C || cp == 0xFF08 ||
	       cp == '(';
}

static int starts_with(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

/* Words that open a paragraph of their own in these reports: a line that
 * begins with one right after a sentence end starts a paragraph even when
 * the previous line happens to fill the width. */
static int opens_paragraph(const char *s, size_t n)
{
	static const char *const openers[] = {"总之",     "同志们", "各位代表", "新的一年",
	                                      "回顾",     "展望",   "总的来看", "总体来看",
	                                      "下一步，", "下一步,"};
	for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
		if (starts_with(s, n, openers[i]))
			return 1;
	/* "2023年，" */
	if (n >= 4 + 3 + 3 && s[0] >= '1' && s[0] <= '2' && s[1] >= '0' && s[1] <= '9' &&
	    s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9' &&
	    starts_with(s + 4, n - 4, "年"))
		return starts_with(s + 7, n - 7, "，") || starts_with(s + 7, n - 7, ",");
	return 0;
}

/* A bulleted item (——, ●, ◆, ■, •): after a sentence end it is an item of
 * its own, whatever the width of the line before. */
static int is_bullet(const char *s, size_t n)
{
	static const char *const bullets[] = {"——", "●", "◆", "■", "•", "★"};
	for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
		if (starts_with(s, n, bullets[i]))
			return 1;
	return 0;
}

/* The typical full-line width: the 90th percentile of the line widths. */
static int typical_width(const norm_lines *lines, size_t first)
{
	enum { MAXW = 1024 };
	size_t *count = xcalloc(MAXW + 1, sizeof *count);
	size_t m = lines->n - first, seen = 0;
	int w = 0;
	for (size_t i = first; i < lines->n; i++)
		count[lines->v[i].width < MAXW ? lines->v[i].width : MAXW]++;
	for (w = 0; w <= MAXW; w++) {
		seen += count[w];
		if (seen * 10 >= m * 9)
			break;
	}
	free(count);
	return w;
}

/* One paragraph per line (Word export). In a PDF export many body lines are
 * wrapped in mid-sentence at a common full width; in a Word export nearly
 * every body line ends a sentence, and lines have no common width. */
static int is_word_layout(const norm_lines *lines, size_t first, int full)
{
	size_t body = 0, wrapped = 0, wrapped_full = 0;
	heading_label hl;
	for (size_t i = first; i < lines->n; i++) {
		const norm_line *l = &lines->v[i];
		if (label_parse(l->text, l->len, &hl))
			continue;
		body++;
		if (is_sentence_end(last_cp(l)))
			continue;
		wrapped++;
		if (l->width >= full - 8)
			wrapped_full++;
	}
	if (full > 240 || body == 0)
		return 1;
	/* fewer than a fifth of the body lines wrap, or the wraps have no width */
	return wrapped * 5 < body || wrapped_full * 2 < wrapped;
}

static void push_para(norm_paras *out, size_t *cap, sb *b, size_t src)
{
	if (out->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		out->v = xrealloc(out->v, *cap * sizeof *out->v);
		out->len = xrealloc(out->len, *cap * sizeof *out->len);
		out->src = xrealloc(out->src, *cap * sizeof *out->src);
	}
	out->src[out->n] = src;
	out->len[out->n] = b->len;
	out->v[out->n++] = sb_take(b);
}

static int is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void norm_paragraphs(const norm_lines *lines, size_t first, norm_paras *out, int *word_layout)
{
	size_t cap = 0;
	sb b = SB_INIT;
	memset(out, 0, sizeof *out);
	if (first >= lines->n) {
		if (word_layout)
			*word_layout = 0;
		return;
	}
	int full = typical_width(lines, first);
	int word = is_word_layout(lines, first, full);
	int slack = full / 20 > 3 ? full / 20 : 3;
	if (word_layout)
		*word_layout = word;

	int prev_first = 1; /* the previous line opened its paragraph (indented in a PDF) */
	size_t src = 0;     /* the input line of the paragraph being joined */
	for (size_t i = first; i < lines->n; i++) {
		const norm_line *l = &lines->v[i];
		heading_label hl;
		int is_heading = label_parse(l->text, l->len, &hl) || label_alone(l->text, l->len);
		int brk = 1;
		if (i > first && label_alone(lines->v[i - 1].text, lines->v[i - 1].len)) {
			/* （一） alone on its line: its heading is this line. */
			brk = 0;
		} else if (i > first && !word) {
			const norm_line *p = &lines->v[i - 1];
			unsigned pc = last_cp(p);
			int p_heading = label_parse(p->text, p->len, &hl);
			/* a paragraph's first line is indented two characters */
			int p_short = p->width < full - slack - (prev_first ? 4 : 0);
			int p_very_short = p->width * 10 <= full * 6;
			brk = (is_heading && (p_short || p_heading || is_sentence_end(pc))) ||
			      (p_heading && p_short) || (is_sentence_end(pc) && p_short) ||
			      (p_very_short && !is_mid_sentence(pc)) ||
			      (is_full_stop(pc) && opens_paragraph(l->text, l->len)) ||
			      (is_sentence_end(pc) && is_bullet(l->text, l->len));
		}
		if (brk && b.len)
			push_para(out, &cap, &b, src);
		else if (b.len && is_ascii_letter(b.data[b.len - 1]) && is_ascii_letter(l->text[0]))
			sb_putc(&b, ' '); /* an English word wrapped at a space */
		if (!b.len)
			src = l->src;
		sb_append(&b, l->text, l->len);
		prev_first = brk;
	}
	if (b.len)
		push_para(out, &cap, &b, src);
	sb_free(&b);
}

void norm_paras_free(norm_paras *paras)
{
	for (size_t i = 0; i < paras->n; i++)
		free(paras->v[i]);
	free(paras->v);
	free(paras->len);
	free(paras->src);
	memset(paras, 0, sizeof *paras);
}

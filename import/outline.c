/* Outline building (see outline.h).
 *
 * Levels come from nesting, not from the label style: a stack holds the label
 * styles in the order they opened. A style already on the stack closes the
 * deeper ones and continues its sibling sequence; a new style nests one
 * deeper and must start at 1. A candidate that breaks its sequence is body
 * text, which keeps `2023.` or a stray `3、` inside prose out of the outline. */
#include "outline.h"

#include "attachment.h"

#include "lexicon.h"
#include "part.h"
#include "sb.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 4

static const char *const cn_digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

/* 1..9 for the numeral character at s (3 bytes), 10 for 十, else 0. */
static int cn_digit(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	for (int i = 0; i < 9; i++)
		if (memcmp(s, cn_digits[i], 3) == 0)
			return i + 1;
	return memcmp(s, "十", 3) == 0 ? 10 : 0;
}

int cn_numeral_value(const char *s, size_t n)
{
	int d[3];
	size_t k = 0;
	if (n == 0 || n % 3 != 0 || n > 9)
		return 0;
	for (; k * 3 < n; k++)
		if (!(d[k] = cn_digit(s + 3 * k, n - 3 * k)))
			return 0;
	if (k == 1)
		return d[0];
	if (k == 2 && d[0] == 10 && d[1] < 10)
		return 10 + d[1]; /* 十一 */
	if (k == 2 && d[0] < 10 && d[0] > 1 && d[1] == 10)
		return d[0] * 10; /* 二十 */
	if (k == 3 && d[0] < 10 && d[0] > 1 && d[1] == 10 && d[2] < 10)
		return d[0] * 10 + d[2]; /* 二十一 */
	return 0;
}

static int match(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && memcmp(s, lit, k) == 0 ? (int)k : 0;
}

/* Length of the run of Chinese numeral characters at s (at most 3). */
static size_t cn_run(const char *s, size_t n)
{
	size_t k = 0;
	while (k < 9 && cn_digit(s + k, n - k))
		k += 3;
	return k;
}

static size_t digit_run(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9')
		k++;
	return k;
}

static int is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The label at the start of s[0..n), whatever follows it: its style,
 * ordinal and length (trailing spaces included) in *out; 0 when none. */
static int label_scan(const char *s, size_t n, heading_label *out)
{
	size_t i = 0, k;
	int open = match(s, n, "（") ? 3 : match(s, n, "(");
	memset(out, 0, sizeof *out);
	if (match(s, n, "第") && (k = cn_run(s + 3, n - 3)) > 0 &&
	    match(s + 3 + k, n - 3 - k, "部分")) {
		static const char *const seps[] = {"、", "：", "，", ":", ".", ",", " "};
		out->style = LABEL_PART;
		out->ordinal = cn_numeral_value(s + 3, k);
		i = 3 + k + strlen("部分");
		for (size_t j = 0; j < sizeof seps / sizeof *seps; j++)
			if (match(s + i, n - i, seps[j])) {
				i += strlen(seps[j]);
				break;
			}
		if (out->ordinal < 1 || out->ordinal > 99)
			return 0;
		out->len = i;
		return 1;
	}
	if (open) {
		i = (size_t)open;
		if ((k = cn_run(s + i, n - i)) > 0) {
			out->style = LABEL_CN_PAREN;
			out->ordinal = cn_numeral_value(s + i, k);
		} else if ((k = digit_run(s + i, n - i)) > 0 && k <= 2) {
			out->style = LABEL_AR_PAREN;
			out->ordinal = atoi(s + i); /* stops at the bracket */
		} else {
			return 0;
		}
		i += k;
		int close = match(s + i, n - i, "）") ? 3 : match(s + i, n - i, ")");
		if (!close)
			return 0;
		i += (size_t)close;
	} else {
		if ((k = cn_run(s, n)) > 0) {
			out->style = LABEL_CN;
			out->ordinal = cn_numeral_value(s, k);
		} else if ((k = digit_run(s, n)) > 0 && k <= 2) {
			out->style = LABEL_AR;
			out->ordinal = atoi(s);
		} else {
			return 0;
		}
		i = k;
		int comma = match(s + i, n - i, "、") ? 3 : 0;
		int sep = comma ? comma : match(s + i, n - i, "．") ? 3 : match(s + i, n - i, ".");
		if (!sep)
			return 0;
		i += (size_t)sep;
		/* 1.5亿元, 1、2、3; but 一、2018年工作回顾 and 一.2018年工作回顾 are
		 * headings: a Chinese numeral is never the integer part of a number */
		if (i < n && is_ascii_digit(s[i]) && out->style != LABEL_CN)
			return 0;
	}
	while (i < n && s[i] == ' ')
		i++;
	if (out->ordinal < 1 || out->ordinal > 99)
		return 0;
	out->len = i;
	return 1;
}

int label_parse(const char *s, size_t n, heading_label *out)
{
	/* 第一部分 may stand alone: its heading is the next line. */
	return label_scan(s, n, out) && (out->len < n || out->style == LABEL_PART);
}

int label_alone(const char *s, size_t n)
{
	heading_label hl;
	return label_scan(s, n, &hl) && hl.len == n && hl.style != LABEL_PART;
}

/* ---- headings and their bodies ---- */

typedef struct draft {
	rp_section s;
	size_t para;      /* paragraph the section starts in */
	size_t body_byte; /* body start as a byte offset into r->text */
	int review;       /* this heading or an ancestor's reviews results */
} draft;

static int is_heading_end(unsigned cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?'; /* 。！？ */
}

/* An ASCII full stop at p (text starts at `start`) ends a sentence unless
 * it is a decimal point (digit on both sides) or inside a Latin
 * abbreviation or domain name (alphanumeric before, letter after). After a
 * CJK character it always ends one: `加快发展.5G基站新建1260个`. */
static int is_ascii_full_stop(const char *start, const char *p, const char *end)
{
	if (*p != '.')
		return 0;
	if (p + 1 == end || p == start)
		return 1;
	char b = p[-1], a = p[1];
	if (is_ascii_digit(b) && is_ascii_digit(a))
		return 0;
	int a_letter = (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z');
	return !(cp_is_ascii_alnum((unsigned char)b) && a_letter);
}

static int is_trailing_punct(unsigned cp)
{
	return is_heading_end(cp) || cp == 0xFF1B || cp == 0xFF1A || cp == 0xFF0C || cp == 0x3001 ||
	       cp == ';' || cp == ':' || cp == ',' || cp == '.' || cp == ' ';
}

/* Splits a heading paragraph after its label: the heading runs to the first
 * sentence end; text after it is the start of the body. Sets *heading (new
 * string) and returns the byte length of heading plus punctuation consumed;
 * *run_on tells whether body text follows in the same paragraph. */
static size_t split_heading(const char *t, size_t n, char **heading, int *run_on)
{
	const char *end = t + n;
	size_t cut = n, after = n;
	for (const char *p = t; p < end;) {
		size_t l;
		unsigned cp = utf8_get(p, end, &l);
		if (is_heading_end(cp) || is_ascii_full_stop(t, p, end)) {
			cut = (size_t)(p - t);
			after = cut + l;
			break;
		}
		p += l;
	}
	/* trailing punctuation (，；： …) is no part of the heading text */
	*run_on = after < n;
	size_t h = cut;
	while (h > 0) {
		size_t l = utf8_prev_len(t, h);
		size_t dummy;
		if (!is_trailing_punct(utf8_get(t + h - l, end, &dummy)))
			break;
		h -= l;
	}
	*heading = xstrndup(t, h);
	return after;
}

/* A label alone on its line (`第一部分`) takes its heading from the next
 * paragraph when that is a short title, not a label or a sentence. */
static int heading_line_follows(char *const *paras, const size_t *lens, size_t n, size_t i)
{
	heading_label hl;
	if (i + 1 >= n || label_parse(paras[i + 1], lens[i + 1], &hl))
		return 0;
	const char *t = paras[i + 1], *end = t + lens[i + 1];
	size_t chars = 0;
	for (const char *p = t; p < end; chars++) {
		size_t l;
		unsigned cp = utf8_get(p, end, &l);
		if (is_heading_end(cp) || is_ascii_full_stop(t, p, end) || cp == 0xFF0C ||
		    cp == ',' || cp == 0xFF1B || cp == ';')
			return 0;
		p += l;
	}
	return chars <= 40;
}

/* A table-of-contents entry: a heading followed by leader dots and a page
 * number (`一、2022年工作回顾……………3`). Its label is no section of the
 * text; the real heading comes later in the same sequence. */
static int is_toc_entry(const char *s, size_t n)
{
	size_t k = n, digits = 0;
	while (k > 0 && (s[k - 1] == ' ' || is_ascii_digit(s[k - 1]))) {
		digits += s[k - 1] != ' ';
		k--;
	}
	if (digits == 0 || digits > 4)
		return 0;
	static const char *const leaders[] = {"…", "..", "·", "．", "—"};
	for (size_t i = 0; i < sizeof leaders / sizeof *leaders; i++) {
		size_t l = strlen(leaders[i]);
		if (k >= l && memcmp(s + k - l, leaders[i], l) == 0)
			return 1;
	}
	return 0;
}

/* ---- plan sections ---- */

static int contains(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

/* ---- closing paragraphs ---- */

static int has_prefix(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

static int any_of(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (contains(s, words[i]))
			return 1;
	return 0;
}

/* The year of a paragraph that opens with "YYYY年", else 0; *comma tells
 * whether "，" or "," follows. */
static int lead_year(const char *p, int *comma)
{
	*comma = 0;
	if (!(is_ascii_digit(p[0]) && is_ascii_digit(p[1]) && is_ascii_digit(p[2]) &&
	      is_ascii_digit(p[3]) && has_prefix(p + 4, "年")))
		return 0;
	*comma = has_prefix(p + 7, "，") || has_prefix(p + 7, ",");
	return atoi(p);
}

/* A paragraph that sums up or looks ahead after the numbered part: it opens
 * with a closing formula (总之, 下一步，); or opens with "YYYY年，" and
 * weighs the year or looks ahead (力争, 将继续); or opens with a year after
 * the report's ("2024年，", "2024年是"); or talks about shortcomings together
 * with next steps. Chinese and ASCII punctuation alike. */
static int is_closing_paragraph(const char *p, int openers_only, int report_year)
{
	static const char *const openers[] = {"总之",     "同志们",   "各位代表", "回顾",    "展望",
	                                      "新的一年", "总的来看", "总体来看", "总而言之"};
	static const char *const weigh[] = {"虽然", "但",     "问题", "不足",     "差距",
	                                    "短板", "下一步", "展望", "新的一年", "今后",
	                                    "力争", "将继续", "奋力", "将进一步"};
	static const char *const shortcomings[] = {"问题", "不足", "差距", "短板", "困难"};
	static const char *const next[] = {"下一步", "下步", "今后", "新的一年", "明年", "来年"};
	for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
		if (has_prefix(p, openers[i]))
			return 1;
	if (openers_only)
		return 0;
	if (has_prefix(p, "下一步，") || has_prefix(p, "下一步,"))
		return 1;
	int comma;
	int y = lead_year(p, &comma);
	/* "2024年，…" or "2024年是…关键之年" after a 2023 report looks ahead */
	if (y && report_year > 0 && y > report_year && (comma || has_prefix(p + 7, "是")))
		return 1;
	if (y && comma && any_of(p, weigh, sizeof weigh / sizeof *weigh))
		return 1;
	return any_of(p, shortcomings, sizeof shortcomings / sizeof *shortcomings) &&
	       any_of(p, next, sizeof next / sizeof *next);
}

/* ---- attachments ---- */

/* Fills *out for the attachment headed by paragraph j (attachment_heading,
 * its title at byte title_at): a closing section (level 0) whose heading is
 * the heading line, with its title from the next paragraph when the line
 * has none (附件1 ⏎ 政府工作报告名词、术语注释), on the side its title names
 * (attachment_side). Returns the paragraph its body starts at. */
static size_t attachment_section(rp_section *out, char *const *paras, const size_t *lens, size_t n,
                                 size_t j, size_t title_at, int review_year, int after_plan)
{
	size_t len = lens[j], body = j + 1;
	while (len > 0 && (paras[j][len - 1] == ' ' || paras[j][len - 1] == '\t'))
		len--;
	char *title;
	sb h = SB_INIT;
	if (title_at < len) {
		title = xstrndup(paras[j] + title_at, len - title_at);
		sb_append(&h, paras[j], len);
	} else {
		size_t t;
		int next = heading_line_follows(paras, lens, n, j) &&
		           !attachment_heading(paras[j + 1], lens[j + 1], &t);
		size_t tl = next ? lens[j + 1] : 0;
		while (tl > 0 && paras[j + 1][tl - 1] == ' ')
			tl--;
		title = next ? xstrndup(paras[j + 1], tl) : xstrdup("");
		if (len >= strlen("：") && memcmp(paras[j] + len - strlen("："), "：", 3) == 0)
			len -= strlen("："); /* 附件： → 附件 */
		else if (len > 0 && paras[j][len - 1] == ':')
			len--;
		sb_append(&h, paras[j], len);
		if (next) {
			sb_puts(&h, " ");
			sb_puts(&h, title);
			body = j + 2;
		}
	}
	enum part_phase side = attachment_side(title, review_year, after_plan);
	free(title);
	*out = (rp_section){.parent = -1, .role = SECTION_CLOSING};
	out->heading = sb_take(&h);
	out->is_plan = side == PART_PLAN;
	out->is_review = side == PART_REVIEW;
	return body;
}

/* ---- parts without labels ---- */

/* The side a top-level section draft is on (its own or a part line's). */
static enum part_phase top_phase(const draft *x)
{
	return x->review ? PART_REVIEW : x->s.is_plan ? PART_PLAN : PART_NONE;
}

/* A part line (part_of_paragraph: 2023年主要工作, “十三五”规划的主要思路及
 * 2016年工作计划) between headings: *line_ph takes its side and *fresh says
 * that it came after the last heading; a review line's year is a year
 * reviewed, as a review heading's (*review_year); a headline (阔步迈上新征程)
 * ends a review part, as in classify.c. 1 for a line of a side. */
static int note_part_line(const report *r, const char *s, size_t n, enum part_phase *line_ph,
                          int *fresh, int *review_year)
{
	int year;
	enum part_phase ph = part_of_paragraph(s, n, r->year, r->kind, *review_year, &year);
	if (ph == PART_REVIEW && year > *review_year)
		*review_year = year;
	if (ph == PART_REVIEW || ph == PART_PLAN) {
		*line_ph = ph;
		*fresh = 1;
		return 1;
	}
	if (ph == PART_HEADLINE && *line_ph == PART_REVIEW)
		*line_ph = PART_NONE;
	return 0;
}

/* A part line of the other side inside the open top-level section v[top],
 * whose side came from an earlier line (the review's 3. before
 * “十三五”规划的主要思路及2016年工作计划): the section holds both sides, so it
 * and its subsections v[top..nv) say neither (plan 0), and classify.c reads
 * each figure's side from the part line before it, as for text without
 * sections. A section that said no side and whose paragraphs turned out to
 * give the coming year's targets is the plan (plan 1): a review heading under
 * it names results the plan aims at, as under a plan part line
 * (top_heading_phase). */
static void set_side(draft *v, size_t top, size_t nv, int plan)
{
	for (size_t k = top; k < nv; k++) {
		v[k].review = 0;
		v[k].s.is_review = 0;
		v[k].s.is_plan = plan;
	}
}

/* Whether a heading numbered 1 right after a part line of side line_ph
 * starts over at the top level, closing the open sections: in a report that
 * marks its parts by lines without labels (“十二五”时期发展情况及2015年工作回顾
 * … 1. 2. 3. … “十三五”规划的主要思路及2016年工作计划 （一） （二）), the
 * plan's （一） is no child of the review's 3. Only when the line turns to the
 * other side of the part open at the top: a short line naming the same side
 * (主要目标 inside （五）2023年工作安排, before its 1. 2.) is a sub-heading and
 * nests as before. Never in a report whose top level is 第一部分, nor in one
 * whose top level is 一、 unless a part line opened its first part before
 * any heading (2015年工作回顾 ⏎ 一、… 五、 ⏎ “十三五”发展思路和2016年主要
 * 工作任务 ⏎ 一、…): there the lines are the parts and 一、 their sections,
 * and the plan's 一、 starts over; elsewhere 一、 are the parts, and a part
 * line inside one is a sub-heading. */
static int starts_part(enum label_style top, int lines_on_top, enum part_phase open,
                       enum part_phase line_ph)
{
	if (top == LABEL_PART || (top == LABEL_CN && !lines_on_top))
		return 0;
	return (open == PART_REVIEW && line_ph == PART_PLAN) ||
	       (open == PART_PLAN && line_ph == PART_REVIEW);
}

/* The first heading of a text that starts inside a report: a part heading
 * (一、 style) that names a side (二、2023年重点工作安排, a copy cut after the
 * review) is believed although its number is not 1, since nothing before it
 * could continue. A label numbered otherwise with words of neither side (二、
 * in running text) stays body text. */
static int opens_cut_text(const report *r, const char *s, size_t n, const heading_label *hl)
{
	if ((hl->style != LABEL_CN && hl->style != LABEL_PART) || hl->len >= n)
		return 0;
	char *h;
	int run_on;
	split_heading(s + hl->len, n - hl->len, &h, &run_on);
	int side = part_of_heading(h, r->year, r->kind, 0, 0, 0) != PART_NONE;
	free(h);
	return side;
}

/* The side of a top-level heading h. After a review part line, the headings
 * that follow are the review's sub-headings until one names a plan part as a
 * part line would (重点工作, 主要目标) or a year after the one reviewed
 * (2023年工作 after 2022年工作回顾): so （一）锚定目标攻坚 there stays results,
 * as under a review heading. */
static enum part_phase top_heading_phase(const report *r, const char *h, enum part_phase line_ph,
                                         int review_year, int after_plan)
{
	/* 2017年主要工作 ⏎ 一、… ⏎ 六、…，在提升安全发展质量上取得新成效: after a
	 * plan part line the numbered headings are the plan's sections, and a
	 * plan's headings name the results it aims at (取得新成效, 创造新成绩,
	 * 交出新答卷) as a review's name those it had. The plan runs on to the
	 * report's end; only a heading naming a review part itself (二、过去五年
	 * 工作回顾) turns back to results. */
	if (line_ph == PART_PLAN) {
		enum part_phase ph =
		    part_of_heading(h, r->year, r->kind, 0, review_year, after_plan);
		if (ph == PART_REVIEW && !lex_contains_any(h, LEX_REVIEW_PART_WORDS))
			ph = PART_NONE; /* in the part the line opened */
		return ph;
	}
	if (line_ph != PART_REVIEW)
		return part_of_heading(h, r->year, r->kind, 0, review_year, after_plan);
	enum part_phase ph = part_of_heading(h, r->year, r->kind, 1, review_year, after_plan);
	if (ph == PART_NONE && (part_of_line(h, r->year, r->kind, 0) == PART_PLAN ||
	                        (review_year > 0 && part_year_named(h) > review_year)))
		ph = PART_PLAN;
	return ph;
}

/* ---- building ---- */

static void push(draft **v, size_t *n, size_t *cap, const draft *d)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = *d;
}

/* 1..99 as a Chinese numeral: 三, 十二, 二十一. */
static void put_cn_number(sb *b, int v)
{
	if (v >= 20)
		sb_puts(b, cn_digits[v / 10 - 1]);
	if (v >= 10)
		sb_puts(b, "十");
	if (v % 10)
		sb_puts(b, cn_digits[v % 10 - 1]);
}

static char *label_text(const heading_label *hl)
{
	sb b = SB_INIT;
	switch (hl->style) {
	case LABEL_CN:
		put_cn_number(&b, hl->ordinal);
		break;
	case LABEL_CN_PAREN:
		sb_puts(&b, "（");
		put_cn_number(&b, hl->ordinal);
		sb_puts(&b, "）");
		break;
	case LABEL_AR:
		sb_printf(&b, "%d", hl->ordinal);
		break;
	case LABEL_AR_PAREN:
		sb_printf(&b, "（%d）", hl->ordinal);
		break;
	case LABEL_PART:
		sb_puts(&b, "第");
		put_cn_number(&b, hl->ordinal);
		sb_puts(&b, "部分");
		break;
	case LABEL_NONE:
		break;
	}
	return sb_take(&b);
}

void outline_build(report *r, char *const *paras, const size_t *lens, size_t n, size_t first)
{
	outline_build_hinted(r, paras, lens, n, first, NULL);
}

void outline_build_hinted(report *r, char *const *paras, const size_t *lens, size_t n, size_t first,
                          const unsigned char *levels)
{
	size_t *cp_at = xmalloc((n + 1) * sizeof *cp_at);     /* paragraph starts, code points */
	size_t *byte_at = xmalloc((n + 1) * sizeof *byte_at); /* paragraph starts, bytes */
	draft *v = NULL;
	size_t nv = 0, cap = 0;
	enum label_style style[MAX_DEPTH];
	int ord[MAX_DEPTH];
	size_t sec_at[MAX_DEPTH];
	size_t depth = 0;
	size_t first_heading = n, last_heading = n;
	int last_run_on = 0;
	int review_year = 0; /* the latest year a review heading named */
	int top_year = 0;    /* the latest year a top-level heading of no plan named */
	int after_plan = 0;  /* a top-level plan part came before */
	int review_top = 0;  /* a top-level review part came before */
	enum part_phase line_ph = PART_NONE; /* the side the last part line opened */
	int line_fresh = 0;                  /* a part line came after the last heading */
	int line_turns = 0;   /* ... and turned from the side of the part open at the top */
	int lines_on_top = 0; /* a part line of a side came before the first heading */
	size_t inherited_top = (size_t)-1; /* the open top-level draft, if its side is a line's */

	cp_at[0] = byte_at[0] = 0;
	for (size_t i = 0; i < n; i++) {
		cp_at[i + 1] = cp_at[i] + utf8_count(paras[i], lens[i]) + 1;
		byte_at[i + 1] = byte_at[i] + lens[i] + 1;
	}
	size_t total_cp = n ? cp_at[n] - 1 : 0, total_b = n ? byte_at[n] - 1 : 0;

	size_t tail = n; /* the first attachment (attachment.h): the outline ends there */
	for (size_t i = first; i < n; i++) {
		size_t title_at;
		if (nv > 0 && attachment_heading(paras[i], lens[i], &title_at)) {
			tail = i;
			break;
		}
		heading_label hl;
		int toc = 0;
		int take =
		    label_parse(paras[i], lens[i], &hl) && !(toc = is_toc_entry(paras[i], lens[i]));
		size_t d = 0;
		int word_heading = levels && levels[i] > 0;
		if (take) {
			while (d < depth && style[d] != hl.style)
				d++;
			if (hl.ordinal == 1 && line_fresh && (depth == 0 || line_turns))
				d = 0;
			else if (d < depth)
				take =
				    word_heading ? hl.ordinal > ord[d] : hl.ordinal == ord[d] + 1;
			else if (depth >= MAX_DEPTH)
				take = 0;
			else if (hl.ordinal != 1 && !word_heading)
				take = nv == 0 && opens_cut_text(r, paras[i], lens[i], &hl);
		}
		if (!take) {
			/* 二、牢记历史使命，在中国式现代化建设中奋勇争先 ⏎ … ⏎ 今年经济社会
			 * 发展的主要预期目标是：…: a top-level part whose heading names no
			 * side, after a review part, is the plan once its own paragraphs
			 * give the coming year's targets (part_targets_lead_in). Not
			 * where a part line holds (a part that holds both sides says
			 * neither, set_side, and its figures take the lines' sides). */
			if (depth > 0 && review_top && line_ph == PART_NONE &&
			    top_phase(&v[sec_at[0]]) == PART_NONE &&
			    part_targets_lead_in(paras[i], lens[i], review_year)) {
				set_side(v, sec_at[0], nv, 1);
				after_plan = 1;
			}
			if (toc || !note_part_line(r, paras[i], lens[i], &line_ph, &line_fresh,
			                           &review_year))
				continue;
			if (nv == 0)
				lines_on_top = 1;
			if (depth > 0 &&
			    starts_part(style[0], lines_on_top, top_phase(&v[sec_at[0]]), line_ph))
				line_turns = 1;
			if (inherited_top < nv && top_phase(&v[inherited_top]) != line_ph) {
				set_side(v, inherited_top, nv, 0);
				inherited_top = (size_t)-1;
			}
			continue;
		}
		line_fresh = line_turns = 0;
		depth = d + 1;
		style[d] = hl.style;
		ord[d] = hl.ordinal;
		sec_at[d] = nv;

		draft x;
		memset(&x, 0, sizeof x);
		int run_on;
		size_t used;
		size_t hp = i; /* the paragraph holding the heading text */
		if (hl.len == lens[i] && heading_line_follows(paras, lens, n, i)) {
			hp = i + 1; /* 第一部分 / 2022年工作回顾 */
			used = split_heading(paras[hp], lens[hp], &x.s.heading, &run_on);
		} else if (hl.len == lens[i]) {
			x.s.heading = xstrdup("");
			used = 0;
			run_on = 0;
		} else {
			used = split_heading(paras[i] + hl.len, lens[i] - hl.len, &x.s.heading,
			                     &run_on);
		}
		x.para = i;
		x.s.parent = d > 0 ? (int)sec_at[d - 1] : -1;
		x.s.level = (int)d + 1;
		x.s.role = SECTION_BODY;
		x.s.label = label_text(&hl);
		x.s.ordinal = hl.ordinal;
		x.s.start = cp_at[i];
		if (run_on) {
			size_t skip = hp == i ? hl.len + used : used;
			x.body_byte = byte_at[hp] + skip;
			x.s.body_start = cp_at[hp] + utf8_count(paras[hp], skip);
		} else {
			x.body_byte = hp + 1 < n ? byte_at[hp + 1] : total_b;
			x.s.body_start = hp + 1 < n ? cp_at[hp + 1] : total_cp;
		}
		int under_review = x.s.parent >= 0 && v[x.s.parent].review;
		enum part_phase ph =
		    x.s.parent < 0
		        ? top_heading_phase(r, x.s.heading, line_ph,
		                            review_year > top_year ? review_year : top_year,
		                            after_plan)
		        : part_of_heading(x.s.heading, r->year, r->kind, under_review, review_year,
		                          after_plan);
		/* a top-level section that says neither is in the part the part line
		 * before it opened; one that says the other side ends that line's
		 * reach (as in classify.c) */
		int inherit = x.s.parent < 0 && ph == PART_NONE && line_ph != PART_NONE;
		if (x.s.parent < 0 && ph != PART_NONE && ph != line_ph)
			line_ph = PART_NONE;
		x.review = under_review || ph == PART_REVIEW || (inherit && line_ph == PART_REVIEW);
		x.s.is_review = x.review;
		x.s.is_plan = ph == PART_PLAN || (x.s.parent >= 0 && v[x.s.parent].s.is_plan) ||
		              (inherit && line_ph == PART_PLAN);
		if (x.s.parent < 0)
			inherited_top = inherit ? nv : (size_t)-1;
		if (ph == PART_REVIEW && part_year_named(x.s.heading) > review_year)
			review_year = part_year_named(x.s.heading);
		/* 一、2020年工作情况 ⏎ 二、2021年工作: a top-level part naming a year
		 * after the one an earlier top-level part named, that part no plan,
		 * is the plan of that later year in any kind, as after a review
		 * heading (情况 names no side, but a report does not plan a year it
		 * has gone past). Only top-level parts: a sub-heading naming a
		 * later year inside a review (（三）为2021年打下基础) stays the
		 * review's. */
		if (x.s.parent < 0 && ph != PART_PLAN && part_year_named(x.s.heading) > top_year)
			top_year = part_year_named(x.s.heading);
		if (ph == PART_PLAN && x.s.parent < 0)
			after_plan = 1;
		if (x.review && x.s.parent < 0)
			review_top = 1;
		if (first_heading == n)
			first_heading = i;
		last_heading = hp;
		last_run_on = run_on;
		push(&v, &nv, &cap, &x);
		i = hp;
	}

	/* closing: trailing paragraphs after the last heading's own first body */
	size_t closing = n;
	if (last_heading < n) {
		/* when the last section is itself about shortcomings or plans, its
		 * paragraphs talk that way too: only a closing formula ends it */
		const char *h = v[nv - 1].s.heading;
		int openers_only =
		    v[nv - 1].s.is_plan || contains(h, "问题") || contains(h, "不足");
		size_t from = last_heading + (last_run_on ? 1 : 2);
		for (size_t j = from; j < tail; j++)
			if (is_closing_paragraph(paras[j], openers_only, r->year)) {
				closing = j;
				break;
			}
	}

	/* the result, preamble first */
	size_t pre_end = first_heading < n ? first_heading : n;
	size_t n_attach = 0;
	for (size_t j = tail; j < n; j++) {
		size_t title_at;
		n_attach += attachment_heading(paras[j], lens[j], &title_at);
	}
	size_t total = nv + (pre_end > first) + (closing < n) + n_attach;
	rp_section *out = xcalloc(total, sizeof *out);
	size_t *body_b = xcalloc(total, sizeof *body_b);
	size_t *start_b = xcalloc(total, sizeof *start_b);
	size_t k = 0, shift = pre_end > first;
	if (shift) {
		out[k] = (rp_section){.parent = -1, .role = SECTION_PREAMBLE};
		out[k].start = out[k].body_start = cp_at[first];
		body_b[k] = start_b[k] = byte_at[first];
		k++;
	}
	for (size_t i = 0; i < nv; i++, k++) {
		out[k] = v[i].s;
		if (out[k].parent >= 0)
			out[k].parent += (int)shift;
		body_b[k] = v[i].body_byte;
		start_b[k] = byte_at[v[i].para];
	}
	if (closing < n) {
		out[k] = (rp_section){.parent = -1, .role = SECTION_CLOSING};
		out[k].start = out[k].body_start = cp_at[closing];
		body_b[k] = start_b[k] = byte_at[closing];
		k++;
	}
	for (size_t j = tail; j < n; j++) {
		size_t title_at;
		if (!attachment_heading(paras[j], lens[j], &title_at))
			continue;
		size_t body = attachment_section(&out[k], paras, lens, n, j, title_at, review_year,
		                                 after_plan);
		out[k].start = cp_at[j];
		out[k].body_start = body < n ? cp_at[body] : total_cp;
		start_b[k] = byte_at[j];
		body_b[k] = body < n ? byte_at[body] : total_b;
		k++;
	}

	/* ends: the next section at the same or a shallower level; preamble and
	 * closing (level 0) end everything before them and own no children.
	 * Each section scans only its own descendants: linear for depth <= 4. */
	size_t *end_b = xcalloc(total, sizeof *end_b);
	size_t *child_b = xcalloc(total, sizeof *child_b); /* where the own body stops */
	for (size_t i = 0; i < total; i++) {
		out[i].end = total_cp;
		end_b[i] = total_b;
		for (size_t j = i + 1; j < total; j++)
			if (out[i].level == 0 || out[j].level <= out[i].level) {
				out[i].end = out[j].start - 1;
				end_b[i] = start_b[j] - 1;
				break;
			}
		child_b[i] = end_b[i];
		if (i + 1 < total && out[i + 1].parent == (int)i)
			child_b[i] = start_b[i + 1] - 1;
	}
	for (size_t i = 0; i < total; i++) {
		if (out[i].body_start > out[i].end) {
			out[i].body_start = out[i].end;
			body_b[i] = end_b[i];
		}
		size_t from = body_b[i], to = child_b[i] > from ? child_b[i] : from;
		out[i].body = xstrndup(r->text + from, to - from);
	}
	r->sections = out;
	r->n_sections = total;

	free(end_b);
	free(child_b);
	free(body_b);
	free(start_b);
	free(v);
	free(cp_at);
	free(byte_at);
}

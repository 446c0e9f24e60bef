/* Attachments after the numbered parts (see attachment.h). */
#include "attachment.h"

#include "lexicon.h"
#include "utf8.h"

#include <string.h>

/* The longest attachment heading line, in code points: `附件2：` and a
 * table's title. A longer line is a sentence about an attachment. */
#define HEADING_MAX 60

static int starts(const char *s, const char *end, const char *w)
{
	size_t l = strlen(w);
	return (size_t)(end - s) >= l && memcmp(s, w, l) == 0;
}

/* Skips an ordinal after 附件: ASCII digits (at most two) or one Chinese
 * numeral 一..十. */
static const char *skip_ordinal(const char *p, const char *end)
{
	static const char *const cn[] = {"一", "二", "三", "四", "五",
	                                 "六", "七", "八", "九", "十"};
	const char *q = p;
	while (q < end && q - p < 2 && *q >= '0' && *q <= '9')
		q++;
	if (q > p)
		return q;
	for (size_t i = 0; i < sizeof cn / sizeof *cn; i++)
		if (starts(p, end, cn[i]))
			return p + strlen(cn[i]);
	return p;
}

/* Skips the separators between 附件N and its title; *seen says whether
 * there was one. */
static const char *skip_separators(const char *p, const char *end, int *seen)
{
	static const char *const seps[] = {"：", ":", " ", "　", "、", "．", ".", "\t"};
	*seen = 0;
	for (int more = 1; more && p < end;) {
		more = 0;
		for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
			if (starts(p, end, seps[i])) {
				p += strlen(seps[i]);
				more = *seen = 1;
				break;
			}
	}
	return p;
}

int attachment_heading(const char *s, size_t n, size_t *title)
{
	const char *end = s + n;
	if (!starts(s, end, "附件"))
		return 0;
	const char *p = skip_ordinal(s + strlen("附件"), end);
	int sep;
	p = skip_separators(p, end, &sep);
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	if (p < end && !sep)
		return 0; /* 附件中的…: a word goes on after 附件 */
	size_t chars = 0;
	for (const char *q = p; q < end; chars++) {
		size_t l;
		unsigned c = utf8_get(q, end, &l);
		/* ，。；！？ (ASCII too): a sentence; a file name's dot (….doc) is
		 * not followed by a space */
		if (c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F ||
		    c == ',' || c == ';' || c == '!' || c == '?')
			return 0;
		q += l;
	}
	if (chars > HEADING_MAX)
		return 0;
	*title = (size_t)(p - s);
	return 1;
}

int attachment_is_glossary(const char *title)
{
	return title && lex_ends_with_any(title, LEX_GLOSSARY_HEADINGS);
}

enum part_phase attachment_side(const char *title, int review_year, int after_plan)
{
	enum part_phase before = after_plan ? PART_PLAN : PART_NONE;
	if (!title || !*title)
		return before;
	if (attachment_is_glossary(title))
		return PART_NONE;
	int year = part_first_year(title);
	if (year && review_year)
		return year <= review_year ? PART_REVIEW : PART_PLAN;
	if (lex_contains_any(title, LEX_ATTACHMENT_RESULT_WORDS))
		return PART_REVIEW;
	if (lex_contains_any(title, LEX_ATTACHMENT_PLAN_WORDS))
		return PART_PLAN;
	return before;
}

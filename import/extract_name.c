/* Indicator names: the noun phrase a figure is about, taken from the words
 * of its clause. extract.c hands over the words before the number and the
 * words after its unit; this file decides what of them names the figure.
 *
 * A name is built by trimming, never by guessing: the words are the text's
 * own, in its order, and each rule only cuts what is not the indicator —
 * time words, list markers, the report's own region (全省, 全疆, 辖区),
 * actors, adverbs of manner and verbs of doing at the start (name_clean's
 * leading words), linking words, bounds and target words at the end, the
 * examples before 等, footnote marks, the batch (首批) and the count of kinds
 * or fields before a number (12类, 27个领域), frames around an event (在…会
 * 上); after a measure word the noun ends at its head, its predicate, or an
 * attribute that reached a standard (23个断面[水质全部达标]). The few rules
 * that need the text around the words (a kind note in brackets, a count of
 * listed subjects, a title in quotes split by a 、) read it through xt_text
 * and are called by make_name. Word lists live in lexicon.c, each with what
 * it must not catch; a cut that would leave a name of one character, or
 * nothing where something was, is not made. */
#include "extract_name.h"

#include "cn_numeral.h"
#include "lexicon.h"
#include "sb.h"
#include "units.h"

#include <stdint.h>
#include <string.h>

void name_set(xt_name *nm, const xt_text *t, size_t a, size_t b)
{
	nm->n = 0;
	if (b > t->n)
		b = t->n;
	if (a >= b)
		return;
	if (b - a > XT_NAME_MAX)
		a = b - XT_NAME_MAX;
	memcpy(nm->cp, t->cp + a, (b - a) * sizeof nm->cp[0]);
	nm->n = b - a;
}

void name_append(xt_name *nm, const xt_text *t, size_t a, size_t b)
{
	for (size_t i = a; i < b && i < t->n && nm->n < XT_NAME_MAX; i++)
		nm->cp[nm->n++] = t->cp[i];
}

void name_append_name(xt_name *nm, const xt_name *other)
{
	for (size_t i = 0; i < other->n && nm->n < XT_NAME_MAX; i++)
		nm->cp[nm->n++] = other->cp[i];
}

void name_append_word(xt_name *nm, const char32_t *w)
{
	for (size_t i = 0; w[i] && nm->n < XT_NAME_MAX; i++)
		nm->cp[nm->n++] = (uint32_t)w[i];
}

void name_prepend_name(xt_name *nm, const xt_name *other)
{
	xt_name joined = *other;
	name_append_name(&joined, nm);
	*nm = joined;
}

/* Length of lit when the name holds it at position i, else 0. */
static size_t word_at(const xt_name *nm, size_t i, const char32_t *w)
{
	size_t k = 0;
	while (w[k]) {
		if (i + k >= nm->n || nm->cp[i + k] != (uint32_t)w[k])
			return 0;
		k++;
	}
	return k;
}

/* The longest word of the list at position i of the name, or 0. */
static size_t word_at_any(const xt_name *nm, size_t i, const char32_t *const *ws)
{
	size_t best = 0;
	for (; *ws; ws++) {
		size_t l = word_at(nm, i, *ws);
		if (l > best)
			best = l;
	}
	return best;
}

static size_t lit_at(const xt_name *nm, size_t i, const char *lit)
{
	size_t k = i;
	while (*lit) {
		if (k >= nm->n || nm->cp[k] != xt_lit_next(&lit))
			return 0;
		k++;
	}
	return k - i;
}

int name_starts_with(const xt_name *nm, const char *lit)
{
	return lit_at(nm, 0, lit) > 0;
}

int name_is(const xt_name *nm, const char *lit)
{
	return nm->n > 0 && lit_at(nm, 0, lit) == nm->n;
}

int name_is_any(const xt_name *nm, const char32_t *const *lits)
{
	for (const char32_t *const *w = lits; *w; w++) {
		size_t k = 0;
		while (k < nm->n && (*w)[k] && nm->cp[k] == (uint32_t)(*w)[k])
			k++;
		if (k == nm->n && !(*w)[k])
			return 1;
	}
	return 0;
}

int name_replace_word(const xt_name *nm, const char32_t *w, const char32_t *part, xt_name *out)
{
	size_t wn = 0;
	while (w[wn])
		wn++;
	if (wn == 0 || nm->n <= wn)
		return 0;
	for (size_t at = 0; at + wn <= nm->n; at++) {
		size_t i = 0;
		while (i < wn && nm->cp[at + i] == (uint32_t)w[i])
			i++;
		if (i < wn)
			continue;
		xt_name r = {.n = 0};
		for (size_t k = 0; k < at; k++)
			r.cp[r.n++] = nm->cp[k];
		name_append_word(&r, part);
		for (size_t k = at + wn; k < nm->n && r.n < XT_NAME_MAX; k++)
			r.cp[r.n++] = nm->cp[k];
		*out = r;
		return 1;
	}
	return 0;
}

static void cut(xt_name *nm, size_t at, size_t len)
{
	memmove(nm->cp + at, nm->cp + at + len, (nm->n - at - len) * sizeof nm->cp[0]);
	nm->n -= len;
}

static size_t longest_prefix(const xt_name *nm, const char32_t *const *lits)
{
	size_t best = 0;
	for (; *lits; lits++) {
		size_t l = word_at(nm, 0, *lits);
		if (l > best)
			best = l;
	}
	return best;
}

static size_t longest_suffix(const xt_name *nm, const char32_t *const *lits)
{
	size_t best = 0;
	for (; *lits; lits++) {
		size_t l = xt_len32(*lits);
		if (l <= nm->n && l > best && word_at(nm, nm->n - l, *lits))
			best = l;
	}
	return best;
}

/* The longest word of either list at the name's start / end: the lists of
 * lexicon.c's first part and the words added for issue 9 (LEX_NAME_*_MORE),
 * read as one list. */
static size_t leading_word(const xt_name *nm)
{
	if (longest_prefix(nm, LEX_NAME_NOUNS_OPENING_LEADING))
		return 0;
	size_t a = longest_prefix(nm, LEX_NAME_LEADING),
	       b = longest_prefix(nm, LEX_NAME_LEADING_MORE);
	return a > b ? a : b;
}

static size_t trailing_word(const xt_name *nm)
{
	size_t a = longest_suffix(nm, LEX_NAME_TRAILING),
	       b = longest_suffix(nm, LEX_NAME_TRAILING_MORE);
	size_t l = a > b ? a : b;
	/* 已下达19个项目, 到达: a verb that ends with a linking word (LEX_NAME_VERBS_ENDING_LINK)
	 * is the verb, not the link: 下达 loses no 达 */
	if (l && l < nm->n && longest_suffix(nm, LEX_NAME_VERBS_ENDING_LINK) > l)
		return 0;
	/* 主要, 重要: words that end with 要 are no modal verb */
	if (l && l < nm->n && longest_suffix(nm, LEX_NAME_WORDS_ENDING_TRAILING) > l)
		return 0;
	/* 完成签约8260户: 签约 is the verb, its 约 no "about" (LEX_YUE_WORDS) */
	if (l && l < nm->n && longest_suffix(nm, LEX_YUE_WORDS) > l)
		return 0;
	return l;
}

static int is_edge_punct(uint32_t c)
{
	return c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0x3002 || c == 0xFF1A ||
	       c == ',' || c == ';' || c == ':' || c == ' ' || c == '\t' || c == '\n' ||
	       c == 0x3000 || c == 0xFF08 || c == '(' || c == '.';
}

/* 一是, 二是, （一）, 1. at the start of a clause. */
static size_t list_marker(const xt_name *nm)
{
	size_t i = 0;
	while (i < nm->n && cn_numeral_char(nm->cp[i]))
		i++;
	if (i > 0 && i < nm->n && nm->cp[i] == 0x662F /* 是 */)
		return i + 1;
	if (i > 0 && i < nm->n && nm->cp[i] == 0x8981 /* 要 */)
		return 0;
	i = 0;
	while (i < nm->n && xt_is_digit(nm->cp[i]))
		i++;
	if (i > 0 && i < nm->n && (nm->cp[i] == '.' || nm->cp[i] == 0x3001))
		return i + 1;
	/* （2）为3500家企业…, (3)新建…: the list item number in round brackets,
	 * whose opening bracket is_edge_punct has cut already; a name never
	 * starts with a closing bracket after a number of one or two digits (or
	 * Chinese numerals: （三）). A bracket after a word is footnote_at's. */
	size_t k = 0;
	while (k < nm->n && k < 3 && (xt_is_digit(nm->cp[k]) || cn_numeral_char(nm->cp[k])))
		k++;
	if (k > 0 && k < 3 && k + 1 < nm->n && (nm->cp[k] == ')' || nm->cp[k] == 0xFF09))
		return k + 1;
	return 0;
}

/* 2023年 / 2023年度 at the start: the year goes into period_year instead.
 * A count of years (4年10次获表扬: how long it took, gold rule 8) names
 * nothing either; not before 级/制 (3年制) or 期 (5年期贷款), which
 * classify the noun. */
static size_t leading_year(const xt_name *nm)
{
	size_t i = 0;
	/* 到2030年全社会研发投入强度: a deadline, the year with its 到 or 至 */
	size_t to = nm->n > 6 && (nm->cp[0] == 0x5230 /* 到 */ || nm->cp[0] == 0x81F3 /* 至 */) &&
	                    xt_is_digit(nm->cp[1])
	                ? 1
	                : 0;
	if (to) {
		size_t d = 1;
		while (d < nm->n && xt_is_digit(nm->cp[d]))
			d++;
		if (d == 5 && d < nm->n && nm->cp[d] == 0x5E74 /* 年 */) {
			d++;
			if (d < nm->n &&
			    (nm->cp[d] == 0x5E95 /* 底 */ || nm->cp[d] == 0x672B /* 末 */))
				d++;
			return d + 2 <= nm->n ? d : 0;
		}
	}
	while (i < nm->n && xt_is_digit(nm->cp[i]))
		i++;
	if ((i == 1 || i == 2) && i < nm->n && nm->cp[i] == 0x5E74 /* 年 */ &&
	    !(i + 1 < nm->n &&
	      (nm->cp[i + 1] == 0x7EA7 /* 级 */ || nm->cp[i + 1] == 0x5236 /* 制 */ ||
	       nm->cp[i + 1] == 0x671F /* 期 */)))
		return i + 1;
	if (i != 4 || i >= nm->n || nm->cp[i] != 0x5E74 /* 年 */)
		return 0;
	i++;
	if (i < nm->n && (nm->cp[i] == 0x5EA6 /* 度 */ || nm->cp[i] == 0x5E95 /* 底 */ ||
	                  nm->cp[i] == 0x672B /* 末 */))
		i++;
	/* 2020年底前完成, 2025年前建成: the deadline of a plan (年底前 without the
	 * year is LEX_NAME_LEADING_MORE's); the 前 would be left as a name */
	if (i < nm->n && nm->cp[i] == 0x524D /* 前 */)
		i++;
	return i;
}

/* A leading period other than a single year: 2021-2023年, 1-11月, 1至11月份,
 * 近五年, 过去五年, 五年来. Its figure is about that period; the name is not. */
static size_t leading_period(const xt_name *nm)
{
	size_t i = 0, d1 = 0, d2 = 0;
	while (i < nm->n && xt_is_digit(nm->cp[i]))
		i++;
	d1 = i;
	/* 元至12月份, 元-11月: 元 (元月) is January, the first month of a range. */
	if (d1 == 0 && nm->n > 2 && nm->cp[0] == 0x5143 /* 元 */ &&
	    (nm->cp[1] == '-' || nm->cp[1] == 0x81F3 /* 至 */ || nm->cp[1] == 0x2014 ||
	     nm->cp[1] == 0xFF0D || nm->cp[1] == '~' || nm->cp[1] == 0xFF5E) &&
	    xt_is_digit(nm->cp[2]))
		i = d1 = 1;
	if (d1 > 0 && i + 1 < nm->n &&
	    (nm->cp[i] == '-' || nm->cp[i] == 0x81F3 /* 至 */ || nm->cp[i] == 0x2014 ||
	     nm->cp[i] == 0xFF0D || nm->cp[i] == '~' || nm->cp[i] == 0xFF5E)) {
		size_t j = i + 1;
		while (j < nm->n && xt_is_digit(nm->cp[j]))
			j++;
		d2 = j - i - 1;
		if (d2 > 0)
			i = j;
	}
	if (d1 > 0) {
		if (i < nm->n && nm->cp[i] == 0x5E74 /* 年 */ && d1 == 4 && (d2 == 0 || d2 == 4))
			return d2 ? i + 1 : 0; /* a single year is leading_year's */
		if (i < nm->n && nm->cp[i] == 0x6708 /* 月 */ && d1 <= 2 && d2 <= 2) {
			i++;
			if (i < nm->n && nm->cp[i] == 0x4EFD /* 份 */)
				i++;
			/* 6月底完成, 9月末前建成: the end of the month is the same
			 * deadline (as 年底前 in leading_year); only with a name left */
			if (d2 == 0 && i + 1 < nm->n &&
			    (nm->cp[i] == 0x5E95 /* 底 */ || nm->cp[i] == 0x672B /* 末 */)) {
				i++;
				if (i + 1 < nm->n && nm->cp[i] == 0x524D /* 前 */)
					i++;
			}
			return i;
		}
		return 0;
	}
	int lead = 0;
	if (lit_at(nm, 0, "近")) {
		i = 1;
		lead = 1;
	} else if (lit_at(nm, 0, "过去")) {
		i = 2;
		lead = 1;
	}
	size_t n0 = i;
	/* 近五年, 近17年来: the count of years in either numerals */
	while (i < nm->n && (cn_numeral_char(nm->cp[i]) || (lead && xt_is_digit(nm->cp[i]))))
		i++;
	if (i == n0 || i >= nm->n || nm->cp[i] != 0x5E74 /* 年 */)
		return 0;
	i++;
	/* 五年来, 五年间, 五年内 (within five years: the plan's period) */
	if (i < nm->n && (nm->cp[i] == 0x6765 /* 来 */ || nm->cp[i] == 0x95F4 /* 间 */ ||
	                  nm->cp[i] == 0x5185 /* 内 */)) {
		i++;
		lead = 1;
	}
	return lead ? i : 0;
}

/* 四宗, 两个, 10条: a count in Chinese numerals (or digits), which is not part
 * of a name. */
static size_t leading_cn_count(const xt_name *nm)
{
	static const char MEASURES[] = "宗个项家批名位次场期条件处座所";
	size_t i = 0;
	while (i < nm->n && cn_numeral_char(nm->cp[i]))
		i++;
	/* 的10条道路品质提升工程 (the noun after another figure's unit): a count in
	 * digits likewise, when two characters at least follow it */
	if (i == 0) {
		while (i < nm->n && i < 4 && xt_is_digit(nm->cp[i]))
			i++;
		if (i == 0 || i + 3 > nm->n)
			return 0;
	}
	if (i == 0 || i >= nm->n)
		return 0;
	return xt_lit_has(MEASURES, nm->cp[i]) ? i + 1 : 0;
}

/* 1 when the name is only a place of a ranking: 第, a number in digits or
 * Chinese numerals, 位 or 名. */
static int is_ordinal_place(const xt_name *nm)
{
	if (nm->n < 3 || nm->cp[0] != 0x7B2C /* 第 */)
		return 0;
	size_t i = 1;
	while (i < nm->n && (xt_is_digit(nm->cp[i]) || cn_numeral_char(nm->cp[i])))
		i++;
	return i > 1 && i + 1 == nm->n &&
	       (nm->cp[i] == 0x4F4D /* 位 */ || nm->cp[i] == 0x540D /* 名 */);
}

/* 等 that closes a list of examples, not 高等, 同等, 等级. */
static int is_list_deng(const xt_name *nm, size_t i)
{
	static const char NOT_BEFORE[] = "高平同均对相初中优上次超特";
	if (i + 1 < nm->n && lit_at(nm, i + 1, "级"))
		return 0;
	if (i == 0)
		return 1;
	return !xt_lit_has(NOT_BEFORE, nm->cp[i - 1]);
}

/* 1 when position i of the name is inside a title in quotes (“立等可取”:
 * its 等 lists nothing): more “ than ” before it. */
static int inside_quote(const xt_name *nm, size_t i)
{
	int open = 0;
	for (size_t k = 0; k < i; k++)
		open += nm->cp[k] == 0x201C ? 1 : nm->cp[k] == 0x201D ? -1 : 0;
	return open > 0;
}

/* 开发区将力争…, 全区将确保…: the actor and the future marker 将 before a
 * verb of intent name nobody's indicator; returns their length, or 0. */
static size_t leading_actor_will(const xt_name *nm)
{
	for (size_t i = 0; i < nm->n && i < 12; i++) {
		if (nm->cp[i] != 0x5C06 /* 将 */)
			continue;
		xt_name rest = *nm;
		memmove(rest.cp, rest.cp + i + 1, (rest.n - i - 1) * sizeof rest.cp[0]);
		rest.n -= i + 1;
		return longest_prefix(&rest, LEX_NAME_LEADING) ? i + 1 : 0;
	}
	return 0;
}

/* 有效拉动消费3.6亿元, 有效化解矛盾纠纷: an adverb that also begins nouns
 * (有效发明专利) opens no name only before a verb of effect
 * (LEX_NAME_MANNER_BEFORE_VERB, LEX_NAME_VERBS_AFTER_MANNER). Returns the
 * adverb's length, or 0. */
static size_t manner_before_verb(const xt_name *nm)
{
	size_t l = longest_prefix(nm, LEX_NAME_MANNER_BEFORE_VERB);
	if (!l || l >= nm->n)
		return 0;
	for (const char32_t *const *v = LEX_NAME_VERBS_AFTER_MANNER; *v; v++)
		if (word_at(nm, l, *v))
			return l;
	return 0;
}

/* 约占全市的37%, 均占全省的20%以上: an adverb of the size (约, 大约) or of
 * the spread (均, 分别) before 占 says how close or for which, not of what;
 * cut so that the share reads as 占…, which takes the figure before it
 * (make_name). Only before 占 and with words after it. */
static size_t share_adverb(const xt_name *nm)
{
	size_t l = longest_prefix(nm, LEX_NAME_SHARE_ADVERBS);
	return l && l + 1 < nm->n && nm->cp[l] == 0x5360 /* 占 */ ? l : 0;
}

/* 对35所学校进行改造, 对全区6条河道进行整治: a preposition of the object
 * (LEX_NAME_OBJECT_PREPOSITIONS) with nothing but the report's own region
 * before the number opens the object of a verb that follows the figure; the
 * counted noun after the number is that object and names the figure.
 * Returns the whole length then, else 0: with words of its own 对 belongs to
 * the name (对东盟进出口, 对外贸易, 对工业增长贡献率). */
static size_t object_preposition(const xt_name *nm)
{
	size_t p = longest_prefix(nm, LEX_NAME_OBJECT_PREPOSITIONS);
	if (!p)
		return 0;
	xt_name rest = *nm;
	cut(&rest, 0, p);
	return rest.n == 0 || leading_word(&rest) == rest.n ? nm->n : 0;
}

/* 在深圳全球招商大会上签约项目, 在全省运动会上获得金牌: 在 … 会上 frames the
 * event where the figure was made; the event names the figure, the frame
 * does not (深圳全球招商大会签约项目). Cuts 在 and the 上 of the first
 * LEX_NAME_EVENT_FRAME_ENDS after it; 在…基础上 (on the basis of what was
 * done before) is a circumstance and goes whole. Only with words after the
 * frame, and only a frame that opens the name: 在建, 在校, 在湘 have no 上
 * and stay. Returns 1 when it cut. */
static int event_frame(xt_name *nm)
{
	if (nm->n < 5 || !longest_prefix(nm, LEX_NAME_EVENT_FRAME_OPENS))
		return 0;
	for (size_t k = 2; k + 1 < nm->n && k < 24; k++) {
		for (const char32_t *const *w = LEX_NAME_EVENT_FRAME_ENDS; *w; w++) {
			size_t l = word_at(nm, k, *w);
			if (!l || k + l >= nm->n)
				continue;
			cut(nm, k + l - 1, 1);                                      /* 上 */
			cut(nm, 0, longest_prefix(nm, LEX_NAME_EVENT_FRAME_OPENS)); /* 在 */
			return 1;
		}
		for (const char32_t *const *w = LEX_NAME_BASIS_FRAME_ENDS; *w; w++) {
			size_t l = word_at(nm, k, *w);
			if (l && k + l < nm->n) {
				cut(nm, 0, k + l);
				return 1;
			}
		}
	}
	return 0;
}

/* A footnote mark: [2], ［2］, 〔2〕 (digits in brackets) or a circled or
 * parenthesised digit (①, ⑴, ⒈, ❶) or a superscript digit; or one or two
 * digits in round brackets after a word or a closing quote, (2) and （2）
 * (“百行联千企”(2)活动, 违法建设(6)): the same marks typed with the
 * keyboard's brackets (gold rule 28). Not (2023) or （2024年）, which give
 * a year, nor a bracket at a name's start, where (1) numbers a list item
 * (list_marker's). Returns its length at i, or 0. */
static size_t footnote_at(const xt_name *nm, size_t i)
{
	uint32_t c = nm->cp[i];
	if ((c >= 0x2460 && c <= 0x249B) || (c >= 0x2776 && c <= 0x2793) || c == 0xB9 ||
	    c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079))
		return 1;
	int round = c == '(' || c == 0xFF08;
	if (round && (i == 0 || !(xt_is_han(nm->cp[i - 1]) || nm->cp[i - 1] == 0x201D)))
		return 0;
	if (c != '[' && c != 0xFF3B && c != 0x3014 && !round)
		return 0;
	size_t k = i + 1;
	while (k < nm->n && k - i <= 3 && xt_is_digit(nm->cp[k]))
		k++;
	if (k == i + 1 || k >= nm->n || (round && k - i > 3))
		return 0;
	uint32_t e = nm->cp[k];
	if (round)
		return e == ')' || e == 0xFF09 ? k - i + 1 : 0;
	return e == ']' || e == 0xFF3D || e == 0x3015 ? k - i + 1 : 0;
}

/* 由2010年, 增加到2015年: a year at the end of the words before a figure is
 * the figure's period (place() reads it), not part of its name. Returns its
 * length (YYYY年, 年底, 年末), or 0. */
static size_t trailing_year(const xt_name *nm)
{
	size_t e = nm->n;
	if (e > 0 && (nm->cp[e - 1] == 0x5E95 /* 底 */ || nm->cp[e - 1] == 0x672B /* 末 */))
		e--;
	if (e < 5 || nm->cp[e - 1] != 0x5E74 /* 年 */)
		return 0;
	for (size_t k = e - 5; k < e - 1; k++)
		if (!xt_is_digit(nm->cp[k]))
			return 0;
	if (e > 5 && xt_is_digit(nm->cp[e - 6]))
		return 0;
	return nm->n - (e - 5);
}

/* 市场主体从新区成立时, 就医人次从疫情前, 扶持资金由每年: 从 or 由 and a time
 * (LEX_NAME_START_TIMES ends it) at the end of the words before a figure say
 * when the change the figure starts starts; the indicator is the subject
 * before 从. Returns the length from 从, or 0. At most 8 characters of time,
 * all Han, and a subject of two characters before: 从无到有 (no time) and a
 * 从 that opens the name (LEX_NAME_TRAILING's bare 从) are no such phrase. */
static size_t trailing_change_start(const xt_name *nm)
{
	if (nm->n < 4 || !longest_suffix(nm, LEX_NAME_START_TIMES))
		return 0;
	for (size_t k = nm->n - 1; k >= 2 && nm->n - k <= 9; k--) {
		if (!xt_is_han(nm->cp[k]))
			return 0;
		for (const char32_t *const *w = LEX_NAME_CHANGE_FROM; *w; w++)
			if (word_at(nm, k, *w) && k + 1 < nm->n)
				return nm->n - k;
	}
	return 0;
}

/* The length of a count of kinds or fields ending the name at a word of
 * `words` (digits or Chinese numerals, an optional 个, the word), or 0. */
static size_t count_of_words_at_end(const xt_name *nm, const char32_t *const *words)
{
	for (const char32_t *const *w = words; *w; w++) {
		size_t l = xt_len32(*w);
		if (l >= nm->n || !word_at(nm, nm->n - l, *w))
			continue;
		size_t e = nm->n - l, d;
		if (word_at(nm, e - 1, LEX_NAME_GROUP_MEASURE))
			e--;
		d = e;
		while (d > 0 && (xt_is_digit(nm->cp[d - 1]) || cn_numeral_char(nm->cp[d - 1])))
			d--;
		if (d == e || (d > 0 && word_at(nm, d - 1, LEX_NAME_ORDINAL_MARK)))
			continue;
		return nm->n - d;
	}
	return 0;
}

/* 10大类52项民生实事, 实施12类45件实事, 6组10家国企, 27个领域759项事项,
 * 15个方面300多项举措: the count of the kinds, groups or fields the figure's
 * things fall in, right before its number, is context (gold rule 19: the
 * figure is 759 项 “免罚轻罚”事项), no part of what was counted. Returns its
 * length at the name's end (LEX_NAME_KIND_COUNT_WORDS, LEX_GROUP_NOUNS), or
 * 0; not an ordinal (第二类). */
static size_t trailing_kind_count(const xt_name *nm)
{
	size_t l = count_of_words_at_end(nm, LEX_NAME_KIND_COUNT_WORDS);
	return l ? l : count_of_words_at_end(nm, LEX_GROUP_NOUNS);
}

/* 连续八年, 连续5年, 连续三个月, 连续4个季度 at the end of the words before a figure:
 * a streak says how long the figure has held (连续八年全省第一), it is not
 * part of the indicator (rule: streaks are not figures). Returns its length,
 * or 0. A name that is only a streak becomes empty: the figure then takes
 * the subject of its sentence (粮食产量连续12年超430亿斤). */
static size_t trailing_streak(const xt_name *nm)
{
	size_t e = nm->n;
	if (e >= 1 && nm->cp[e - 1] == 0x5E74 /* 年 */)
		e--;
	else if (e >= 2 && nm->cp[e - 1] == 0x6708 /* 月 */ && nm->cp[e - 2] == 0x4E2A /* 个 */)
		e -= 2;
	else if (e >= 2 && nm->cp[e - 1] == 0x5EA6 /* 度 */ && nm->cp[e - 2] == 0x5B63 /* 季 */)
		e -= e >= 3 && nm->cp[e - 3] == 0x4E2A /* 个 */ ? 3 : 2; /* 连续4个季度 */
	else if (e >= 1 && (nm->cp[e - 1] == 0x5B63 /* 季 */ || nm->cp[e - 1] == 0x5C4A /* 届 */ ||
	                    nm->cp[e - 1] == 0x6B21 /* 次 */))
		e--;
	else
		return 0;
	size_t d = e;
	while (d > 0 && e - d < 4 && (cn_numeral_char(nm->cp[d - 1]) || xt_is_digit(nm->cp[d - 1])))
		d--;
	if (d == e || d < 2)
		return 0;
	/* 连续 or 时隔 (LEX_STREAK_WORDS: 时隔21年重返全省第三) */
	for (const char32_t *const *w = LEX_STREAK_WORDS; *w; w++) {
		size_t l = xt_len32(*w);
		if (d >= l && word_at(nm, d - l, *w) == l)
			return nm->n - (d - l);
	}
	return 0;
}

/* 信访工作绩效以满分成绩[获得全市第一], 以优异成绩[通过验收]: the result a
 * place or a pass was won with, 以 … 成绩 at the end of the words before a
 * figure, says how well, not what was ranked. Returns its length (from 以,
 * at most eight characters before the end), or 0; never the whole name. */
static size_t trailing_result_manner(const xt_name *nm)
{
	if (nm->n < 5 || !lit_at(nm, nm->n - 2, "成绩"))
		return 0;
	for (size_t i = nm->n - 2; i-- > 2 && nm->n - i <= 8;)
		if (nm->cp[i] == 0x4EE5 /* 以 */)
			return nm->n - i;
	return 0;
}

/* 社会消费品零售总额超“千亿元”（1086.09亿元）, 税收首次突破百亿元大关（…）:
 * a level the figure passed, written in words (a verb of LEX_LEVEL_PASSED_
 * VERBS, then only a Chinese numeral of a magnitude, its unit, quotes and
 * 大关 / 台阶), ends the words before a figure given in brackets; it says how
 * large the figure is, not what it is. Not a level in digits (that is a
 * figure of its own) nor a verb with a noun after it (超过全市平均水平).
 * Returns its length, or 0. */
static size_t trailing_level_passed(const xt_name *nm)
{
	for (size_t i = nm->n; i-- > 2;) {
		size_t l = word_at_any(nm, i, LEX_LEVEL_PASSED_VERBS);
		if (!l)
			continue;
		size_t k = i + l;
		int magnitude = 0;
		while (k < nm->n && (nm->cp[k] == 0x201C || nm->cp[k] == 0x201D))
			k++;
		for (; k < nm->n; k++) {
			uint32_t c = nm->cp[k];
			int big =
			    c == 0x767E || c == 0x5343 || c == 0x4E07 || c == 0x4EBF; /* 百千万亿 */
			if (!big && !cn_numeral_char(c))
				break;
			magnitude |= big;
		}
		if (!magnitude)
			return 0;
		k += word_at_any(nm, k, LEX_LEVEL_PASSED_UNITS);
		while (k < nm->n && (nm->cp[k] == 0x201C || nm->cp[k] == 0x201D))
			k++;
		k += word_at_any(nm, k, LEX_LEVEL_PASSED_ENDS);
		return k == nm->n ? nm->n - i : 0;
	}
	return 0;
}

/* 环境卫生指数测评总分[全市]排名第3, 综合算力指数[全国]排名第八, 考核连续四年[全市]
 * 排名第一: a scope (LEX_NAME_RANK_SCOPES) that ends the words of a ranking
 * says among whom, not what was ranked (位居全省第二 loses it with its verb
 * already). Only after the words of an indicator: after a word of comparison
 * or of a share (高于全国, 超过全市, 占全省, 覆盖全省, 对全省: the last
 * characters of LEX_NAME_BEFORE_SCOPE) the scope is the other side and stays.
 * Returns its length, or 0. */
static size_t trailing_rank_scope(const xt_name *nm)
{
	size_t l = longest_suffix(nm, LEX_NAME_RANK_SCOPES);
	if (!l || l + 2 > nm->n)
		return 0;
	uint32_t c = nm->cp[nm->n - l - 1];
	if (xt_lit_has(LEX_NAME_BEFORE_SCOPE, c))
		return 0;
	return xt_is_han(c) ? l : 0;
}

/* 完成第二批共3个室外应急避难场所建设, 第一批7个子单元规划: an ordinal batch
 * (第X批) that is all the words before a count says which batch the things
 * came in, not what they are, like 首批 (LEX_NAME_BATCH_WORDS); the noun after
 * the number names the figure (name_join_object). With words of its own
 * before it the batch stays (启动第二批不少于10个农贸市场升级改造: the gold keeps
 * 启动第二批), and inside a name it is part of a title (入选第二批国家级…示范区).
 * Returns its length at the name's end, or 0. */
static size_t trailing_batch(const xt_name *nm)
{
	if (nm->n < 3 || nm->cp[nm->n - 1] != 0x6279 /* 批 */)
		return 0;
	size_t d = nm->n - 1;
	while (d > 0 && nm->n - 1 - d < 3 &&
	       (cn_numeral_char(nm->cp[d - 1]) || xt_is_digit(nm->cp[d - 1])))
		d--;
	if (d == nm->n - 1 || d == 0 || nm->cp[d - 1] != 0x7B2C /* 第 */)
		return 0;
	return nm->n - (d - 1);
}

/* 举全区之力, 集全市之力: how hard the work was, before its verb; 组织党员干部
 * 到…, 选派干部赴…: who was sent where, before what they did there (the
 * place and the activity name the figure). Returns the phrase's length at
 * the start, or 0; never the whole name. */
static size_t leading_manner(const xt_name *nm)
{
	if (nm->n >= 4 && (nm->cp[0] == 0x4E3E /* 举 */ || nm->cp[0] == 0x96C6 /* 集 */)) {
		for (size_t i = 2; i + 1 < nm->n && i < 8; i++)
			if (nm->cp[i] == 0x4E4B /* 之 */ && nm->cp[i + 1] == 0x529B /* 力 */)
				return i + 2;
	}
	if (lit_at(nm, 0, "组织") || lit_at(nm, 0, "选派") || lit_at(nm, 0, "带领")) {
		for (size_t i = 3; i + 2 < nm->n && i < 10; i++)
			if (nm->cp[i] == 0x5230 /* 到 */ || nm->cp[i] == 0x8D74 /* 赴 */)
				return i + 1;
	}
	return 0;
}

/* 光明高新园区共入驻企业, 光明凤凰城总共完成投资, 支管网二期工程已完成工程量:
 * an adverb of the sum or of completion (LEX_NAME_DONE_ADVERBS) between a
 * subject of two characters at least and a verb of work done
 * (LEX_NAME_DONE_VERBS) says how much or by when, not what; the indicator is
 * the subject and the verb (园区入驻企业), as with 分别 (LEX_NAME_INNER_ADVERBS).
 * Only before such a verb: 一般公共预算, 共享, 医共体 keep their 共, and so
 * does the 共 of 公共, 中共 before a verb (公共建成区 is no sum). Not before a
 * verb that 的 makes an attribute (建成已开工的项目: the projects already
 * started are what was counted; the 的 may already be trimmed, so neither
 * after words that open with such a verb themselves: 建成已开工). */
static void cut_inner_done_adverbs(xt_name *nm)
{
	for (const char32_t *const *v = LEX_NAME_DONE_VERBS; *v; v++)
		if (word_at(nm, 0, *v))
			return;
	for (size_t i = 2; i < nm->n; i++) {
		if (nm->cp[i - 1] == 0x516C /* 公 */ || nm->cp[i - 1] == 0x4E2D /* 中 */)
			continue;
		size_t l = 0;
		for (const char32_t *const *w = LEX_NAME_DONE_ADVERBS; *w; w++) {
			size_t k = word_at(nm, i, *w);
			if (k > l)
				l = k;
		}
		if (!l || i + l >= nm->n)
			continue;
		for (const char32_t *const *v = LEX_NAME_DONE_VERBS; *v; v++) {
			size_t k = word_at(nm, i + l, *v);
			if (!k)
				continue;
			if (!lit_at(nm, i + l + k, "的"))
				cut(nm, i, l);
			break;
		}
	}
}

/* 出口加工区全年进出口总额, 五大产业全年增加值: a time word inside a name
 * (LEX_NAME_INNER_TIMES) is the figure's period, like 全年 at the start
 * (LEX_NAME_LEADING), after a subject of two characters at least. Not
 * before the plan it qualifies (完成全年任务, 超额完成全年目标:
 * LEX_NAME_TIME_KEEPING_NOUNS), nor at the name's end. */
static void cut_inner_times(xt_name *nm)
{
	for (size_t i = 2; i < nm->n; i++)
		for (const char32_t *const *w = LEX_NAME_INNER_TIMES; *w; w++) {
			size_t l = word_at(nm, i, *w);
			if (!l || i + l >= nm->n)
				continue;
			int keep = 0;
			for (const char32_t *const *k = LEX_NAME_TIME_KEEPING_NOUNS; *k; k++)
				keep |= word_at(nm, i + l, *k) > 0;
			if (!keep)
				cut(nm, i, l);
			break;
		}
}

/* 第三产业增加值占新区GDP比重, 高新技术产品产值占我市工业总产值: the
 * report's own area after 占 (LEX_NAME_OWN_AREAS_AFTER_SHARE) is the whole
 * the share is of; the name leaves it out, as it leaves out 全区 at its
 * start (占GDP比重). Only right after 占 and with words after the area. */
static void cut_own_area_after_share(xt_name *nm)
{
	for (size_t i = 0; i + 1 < nm->n; i++) {
		if (nm->cp[i] != 0x5360 /* 占 */)
			continue;
		size_t l = 0;
		for (const char32_t *const *w = LEX_NAME_OWN_AREAS_AFTER_SHARE; *w; w++) {
			size_t k = word_at(nm, i + 1, *w);
			if (k > l)
				l = k;
		}
		if (l && i + 1 + l < nm->n)
			cut(nm, i + 1, l);
	}
}

/* 黄花滩1200兆瓦抽水蓄能项目, 发布的1.17万亿招商引资项目: the size of one
 * named thing between words of a name (LEX_NAME_SIZE_UNITS) goes with a 的
 * after it; not a threshold (after LEX_NAME_THRESHOLD_WORDS: 年产值超10亿元
 * 企业) nor a size before 以上, 以下, 级, 及, 多, 余 (5000万元以上项目), nor one
 * at the name's start or end (a name that is only the size keeps it). */
static void cut_inner_sizes(xt_name *nm)
{
	for (size_t i = 1; i < nm->n; i++) {
		uint32_t b = nm->cp[i - 1];
		if (!xt_is_digit(nm->cp[i]) || xt_is_digit(b) || b == '.' ||
		    !(xt_is_han(b) || b == 0x201D))
			continue;
		int threshold = 0;
		for (const char32_t *const *w = LEX_NAME_THRESHOLD_WORDS; *w; w++)
			threshold |= b == (uint32_t)(*w)[0];
		size_t e = i;
		while (e < nm->n && (xt_is_digit(nm->cp[e]) || nm->cp[e] == '.'))
			e++;
		size_t u = 0;
		for (const char32_t *const *w = LEX_NAME_SIZE_UNITS; *w; w++) {
			size_t l = word_at(nm, e, *w);
			if (l > u)
				u = l;
		}
		if (threshold || !u)
			continue;
		e += u;
		if (e < nm->n && nm->cp[e] == 0x7684 /* 的 */)
			e++;
		if (e >= nm->n || !(xt_is_han(nm->cp[e]) || nm->cp[e] == 0x201C) ||
		    lit_at(nm, e, "以") || lit_at(nm, e, "级") || lit_at(nm, e, "及") ||
		    lit_at(nm, e, "多") || lit_at(nm, e, "余"))
			continue;
		cut(nm, i, e - i);
	}
}

/* 连续9年, 时隔14年 inside a name (北京连续9年稳居…, 国务院连续4年对我市工作通报
 * 表扬): a streak (LEX_STREAK_WORDS, numerals, 年/届/次) says how long the
 * figure held, never what it measures. Its length at i, or 0. */
static size_t streak_at(const xt_name *nm, size_t i)
{
	for (const char32_t *const *w = LEX_STREAK_WORDS; *w; w++) {
		size_t l = word_at(nm, i, *w);
		if (!l)
			continue;
		size_t d = i + l;
		while (d < nm->n && d - (i + l) < 4 &&
		       (cn_numeral_char(nm->cp[d]) || xt_is_digit(nm->cp[d])))
			d++;
		if (d == i + l || d >= nm->n)
			return 0;
		uint32_t c = nm->cp[d];
		return c == 0x5E74 /* 年 */ || c == 0x5C4A /* 届 */ || c == 0x6B21 /* 次 */
		           ? d + 1 - i
		           : 0;
	}
	return 0;
}

/* 比2012年（下同）: an aside that carries a base on (LEX_CARRY_ASIDES) says
 * where the base holds, not what the figure is. Its length at i, or 0. */
static size_t carry_aside_at(const xt_name *nm, size_t i)
{
	if (nm->cp[i] != '(' && nm->cp[i] != 0xFF08)
		return 0;
	size_t l = word_at_any(nm, i + 1, LEX_CARRY_ASIDES);
	if (!l || i + 1 + l >= nm->n || (nm->cp[i + 1 + l] != ')' && nm->cp[i + 1 + l] != 0xFF09))
		return 0;
	return l + 2;
}

/* 地区生产总值（GDP）, 空气质量优良天数比率（AQI）: a Latin abbreviation in
 * brackets after the Chinese words it abbreviates says the same again; the
 * name without it is the one other years' reports use (地区生产总值), so the
 * comparison finds one indicator. Two to five capitals; not a part that
 * names something else (细颗粒物（PM2.5）: digits). Returns its length, or 0. */
static size_t abbreviation_at(const xt_name *nm, size_t i)
{
	uint32_t c = nm->cp[i];
	if ((c != '(' && c != 0xFF08) || i < 2 || !xt_is_han(nm->cp[i - 1]))
		return 0;
	size_t k = i + 1;
	while (k < nm->n && k - i <= 5 && nm->cp[k] >= 'A' && nm->cp[k] <= 'Z')
		k++;
	if (k - i < 3 || k >= nm->n || (nm->cp[k] != ')' && nm->cp[k] != 0xFF09))
		return 0;
	return k - i + 1;
}

void name_drop_marks(xt_name *nm)
{
	for (size_t i = 0; i < nm->n;) {
		size_t l = footnote_at(nm, i);
		if (!l)
			l = abbreviation_at(nm, i);
		if (!l)
			l = carry_aside_at(nm, i);
		if (!l && i > 0 && i + 1 < nm->n)
			l = streak_at(nm, i);
		if (l)
			cut(nm, i, l);
		else
			i++;
	}
}

void name_clean(xt_name *nm, int *after_deng)
{
	*after_deng = 0;
	name_drop_marks(nm);
	for (;;) {
		size_t before = nm->n;
		while (nm->n > 0 && is_edge_punct(nm->cp[0]))
			cut(nm, 0, 1);
		while (nm->n > 0 && is_edge_punct(nm->cp[nm->n - 1]))
			nm->n--;
		size_t l = list_marker(nm);
		if (!l)
			l = leading_year(nm);
		if (!l)
			l = leading_period(nm);
		if (!l)
			l = leading_manner(nm);
		if (!l) {
			l = leading_word(nm);
			/* 完成率110.3%: a word that leaves one character behind is
			 * the head of the name (率, 额, 量 name nothing alone). */
			if (l && nm->n - l == 1)
				l = 0;
		}
		/* 每年城镇新增就业, 预计每年服务企业: how often opens the clause,
		 * the indicator follows (the gold writes 城镇新增就业 or
		 * 城镇新增就业（每年）); not a frequency that is all the name */
		if (!l) {
			l = longest_prefix(nm, LEX_NAME_FREQUENCIES);
			if (l && nm->n - l < 2)
				l = 0;
		}
		if (!l)
			l = leading_actor_will(nm);
		if (!l)
			l = object_preposition(nm);
		if (!l)
			l = manner_before_verb(nm);
		if (!l)
			l = share_adverb(nm);
		if (!l && event_frame(nm))
			continue;
		if (l)
			cut(nm, 0, l);
		size_t s = trailing_word(nm);
		if (!s)
			s = trailing_year(nm);
		if (!s)
			s = trailing_streak(nm);
		if (!s)
			s = trailing_change_start(nm);
		if (!s)
			s = trailing_kind_count(nm);
		if (!s)
			s = trailing_rank_scope(nm);
		if (!s)
			s = trailing_level_passed(nm);
		if (!s)
			s = trailing_result_manner(nm);
		if (s && s < nm->n)
			nm->n -= s;
		else if (s == nm->n)
			nm->n = 0;
		if (nm->n == before)
			break;
	}
	/* Examples listed before 等 are not the indicator: 举办…等活动 → 活动. */
	for (size_t i = nm->n; i-- > 0;) {
		if (nm->cp[i] == 0x7B49 /* 等 */ && is_list_deng(nm, i) && !inside_quote(nm, i)) {
			cut(nm, 0, i + 1);
			if (nm->n == 0)
				*after_deng = 1;
			break;
		}
	}
	/* 各类 / 各种 (of every kind) stay: 引进各类人才, 举办各类赛事 are the
	 * names analysts give (the gold keeps them in 5 of 6 figures), and a
	 * name that keeps them still holds the shorter one (各类全民健身赛事活动). */
	/* 每年至少培育: 至少 (at least) bounds the figure, it is its qualifier */
	for (size_t i = 0; i + 2 < nm->n; i++)
		if (nm->cp[i] == 0x81F3 /* 至 */ && nm->cp[i + 1] == 0x5C11 /* 少 */)
			cut(nm, i, 2);
	/* 建成首批5条特色步道, 认定首批县级名品6个: 首批 says which batch the
	 * things came in (gold rule 31: firsts are no rankings), not what was
	 * counted; cut wherever it stands (LEX_NAME_BATCH_WORDS), but not when
	 * it is all the name has (首批12项及第二批14项改革: the words after the
	 * figure are another's). */
	for (const char32_t *const *v = LEX_NAME_BATCH_WORDS; *v; v++) {
		for (size_t i = 0; i < nm->n;) {
			size_t l = word_at(nm, i, *v);
			if (l && l < nm->n)
				cut(nm, i, l);
			else
				i++;
		}
	}
	/* 优良天数同比增加: a comparison between a subject and its verb of change
	 * says against what, not what (LEX_NAME_INNER_COMPARISONS) */
	for (const char32_t *const *v = LEX_NAME_INNER_COMPARISONS; *v; v++) {
		for (size_t i = 1; i < nm->n; i++) {
			size_t l = word_at(nm, i, *v);
			if (l && i + l < nm->n)
				cut(nm, i, l);
		}
	}
	/* 凤凰城力争完成投资, 更新项目争取实现土地供应: the words of a target
	 * between a subject and its verb say that the figure is aimed at (the
	 * sentence's target cue reads them in the text), not what it is, as at a
	 * name's start or end (LEX_NAME_INNER_TARGET_WORDS) */
	for (const char32_t *const *v = LEX_NAME_INNER_TARGET_WORDS; *v; v++) {
		for (size_t i = 2; i < nm->n; i++) {
			size_t l = word_at(nm, i, *v);
			if (l && i + l < nm->n)
				cut(nm, i, l);
		}
	}
	/* 交通、水利分别完成投资: 分别 between the subjects and their verb says
	 * how the figures are spread over them (LEX_NAME_INNER_ADVERBS); not
	 * before 人, which makes a noun of it (学科带头人: a leader) */
	for (const char32_t *const *v = LEX_NAME_INNER_ADVERBS; *v; v++) {
		for (size_t i = 1; i < nm->n; i++) {
			size_t l = word_at(nm, i, *v);
			if (l && i + l < nm->n && nm->cp[i + l] != 0x4EBA /* 人 */)
				cut(nm, i, l);
		}
	}
	/* 就业困难人员实现就业, 失业人员实现再就业: a verb that is part of a
	 * fixed term (LEX_NAME_VERB_TERMS) stays; the term is the indicator. */
	for (const char32_t *const *v = LEX_NAME_INNER_VERBS; *v; v++) {
		for (size_t i = 1; i < nm->n; i++) {
			size_t l = word_at(nm, i, *v);
			int term = 0;
			for (const char32_t *const *w = LEX_NAME_VERB_TERMS; *w && l; w++)
				term |= word_at(nm, i, *w) > 0;
			/* 垃圾分类小区开展率: a verb before 率 alone is the rate's own
			 * word (开展率, 实现率), no verb between subject and object */
			if (l && i + l + 1 < nm->n && !term)
				cut(nm, i, l);
		}
	}
	/* 高层次人才及团队[均]占全市, 服务业增加值[约]占全省: an adverb of the spread or
	 * the size before 占 inside a name says for which or how close, as at its
	 * start (share_adverb); not the 均 of 人均, 平均, 年均, 户均, 日均 (人均占有) */
	for (size_t i = 1; i + 2 < nm->n; i++) {
		size_t l = word_at_any(nm, i, LEX_NAME_SHARE_ADVERBS);
		if (!l || nm->cp[i + l] != 0x5360 /* 占 */)
			continue;
		int part_of_word = l == 1 && nm->cp[i] == 0x5747 /* 均 */ &&
		                   xt_lit_has(LEX_NAME_BEFORE_JUN, nm->cp[i - 1]);
		if (!part_of_word)
			cut(nm, i, l);
	}
	cut_inner_done_adverbs(nm);
	cut_inner_times(nm);
	cut_inner_sizes(nm);
	cut_own_area_after_share(nm);
	size_t c = leading_cn_count(nm);
	if (c)
		cut(nm, 0, c);
	/* 从全国第8位、第4位双双跃居第1位: a place (第4位, 第三名) is another
	 * ranking's value, never a name; the ranking then takes the figure's
	 * subject before it */
	if (is_ordinal_place(nm))
		nm->n = 0;
	/* 提高到[每年]1亿元: a frequency alone names nothing (LEX_NAME_FREQUENCIES) */
	if (nm->n > 0 && longest_prefix(nm, LEX_NAME_FREQUENCIES) == nm->n)
		nm->n = 0;
}

/* Where the noun phrase that starts at pos stops: a word of
 * LEX_NAME_PHRASE_STOPS at i, or one of LEX_NAME_PHRASE_STOPS_MORE after a
 * noun of two characters at least (a predicate needs its noun first: 13个
 * 谋划项目 counts planned projects). Returns the word's length, or 0. */
static size_t phrase_stop_at(const xt_text *t, size_t pos, size_t i)
{
	size_t a = xt_at_any32(t, i, LEX_NAME_PHRASE_STOPS);
	size_t b = i >= pos + 2 ? xt_at_any32(t, i, LEX_NAME_PHRASE_STOPS_MORE) : 0;
	return a > b ? a : b;
}

/* 完成6个镇土地延包试点任务 → 土地延包试点镇, 165个村的污水治理任务 → 污水治理的
 * 村: the sites counted are those of the work; its word 任务 (LEX_NAME_TASK_WORDS)
 * says it was assigned, and goes before the site (the gold names 土地延包试点镇,
 * 完成农村生活污水治理的村). Leaves two characters at least. */
static void drop_site_task(xt_name *work)
{
	size_t l = longest_suffix(work, LEX_NAME_TASK_WORDS);
	if (l && work->n >= l + 2)
		work->n -= l;
}

/* 227个村获评省级美丽乡村: a one-character place (村, 区, 县) with what
 * happened to it after; named as the gold names it, 获评省级美丽乡村的村:
 * the predicate to the clause end (at most 16 code points), 的, the place.
 * 0 when pos does not start such a phrase. */
static int place_with_predicate(xt_name *nm, const xt_text *t, size_t pos, size_t end)
{
	static const char PLACES[] = "村区县市镇乡省";
	uint32_t c = xt_get(t, pos);
	if (!xt_lit_has(PLACES, c) || !phrase_stop_at(t, pos, pos + 1))
		return 0;
	size_t i = pos + 1;
	while (i < end && i < t->n && i - pos <= 16 && xt_is_han(t->cp[i]))
		i++;
	if (i - pos < 3)
		return 0;
	/* 165个村的污水治理任务: the 的 after the place owns what follows it; the
	 * name is that, 的, the place (not 的污水治理任务的村) */
	size_t a = xt_at(t, pos + 1, "的") && i - pos >= 4 ? pos + 2 : pos + 1;
	name_set(nm, t, a, i);
	drop_site_task(nm);
	name_append_word(nm, U"的");
	nm->cp[nm->n++] = c;
	return 1;
}

int name_share_of(xt_name *nm, const xt_text *t, size_t pos, size_t end)
{
	nm->n = 0;
	/* 90%的县达到…标准: a one-character place is named so already. */
	if (!place_with_predicate(nm, t, pos, end)) {
		size_t v = pos, l = 0;
		while (v < end && v < t->n && v - pos <= 16 &&
		       (xt_is_han(t->cp[v]) || t->cp[v] == 0x201C || t->cp[v] == 0x201D)) {
			l = xt_at_any32(t, v, LEX_SHARE_PREDICATES);
			if (l && v > pos)
				break;
			l = 0;
			v++;
		}
		if (!l)
			return 0;
		/* the predicate, without the adverbs before its verb (均完成) */
		size_t q = v;
		while (q < end && q < t->n && q - v < 16 && !xt_clause_delim_at(t, q))
			q++;
		size_t n0 = v;
		while (n0 > pos && xt_before_any32(t, n0, pos, LEX_SHARE_ADVERBS))
			n0 -= xt_before_any32(t, n0, pos, LEX_SHARE_ADVERBS);
		if (n0 == pos || q - v < 2)
			return 0;
		/* at most 16 + 1 + 17 + 2 code points: within XT_NAME_MAX */
		name_set(nm, t, v, q);
		name_append_word(nm, U"的");
		name_append(nm, t, pos, n0);
		name_append_word(nm, U"比例");
		return 1;
	}
	if (nm->n + 2 > XT_NAME_MAX)
		return 0;
	name_append_word(nm, U"比例");
	return 1;
}

/* 1 when an attribute of counted things (LEX_NAME_COUNTED_ATTRIBUTES) stands
 * at i, followed before `end` by the words of a standard reached
 * (LEX_NAME_STANDARD_PREDICATES: 全部达标, 均达到, 超过). */
static int counted_attribute_at(const xt_text *t, size_t i, size_t end)
{
	size_t a = xt_at_any32(t, i, LEX_NAME_COUNTED_ATTRIBUTES);
	if (!a || i + a >= end || !xt_at_any32(t, i + a, LEX_NAME_STANDARD_PREDICATES))
		return 0;
	/* 2个工业产值过百亿[的园区]: the attribute and its mark modify the noun
	 * after 的, which is what was counted */
	for (size_t k = i + a; k < end && k < t->n && !xt_clause_delim_at(t, k); k++)
		if (t->cp[k] == 0x7684 /* 的 */)
			return 0;
	return 1;
}

/* 完成39个村电网补强, 实施20个片区城中村改造, 5条路段雨污分流工程: when the
 * noun phrase [pos, e) after a measure word is a site (LEX_NAME_SITE_HEADS)
 * and then the work done on it written as a noun (ending with a word of
 * LEX_NAME_SITE_WORKS, two characters at least), the figure counts sites of
 * that work: the name is the work, then the site (电网补强村, 雨污分流工程路段),
 * with no 的, as a noun before a noun takes none (a verb before the site
 * does: place_with_predicate's 获评省级美丽乡村的村). Returns 1 and sets the
 * name so; 0 for a site that goes on into a longer noun the work is said of
 * (城中村改造项目: the projects are counted, the words end with no work; 村级,
 * 村民, 镇街: LEX_NAME_SITE_GOES_ON). */
static int site_with_work(xt_name *nm, const xt_text *t, size_t pos, size_t e)
{
	size_t h = xt_at_any32(t, pos, LEX_NAME_SITE_HEADS);
	if (!h || pos + h + 2 > e || !xt_is_han(xt_get(t, pos + h)) ||
	    xt_at_any32(t, pos + h, LEX_NAME_SITE_GOES_ON))
		return 0;
	/* 完成4个城中村供用电整治, 66个城中村综合治理: 城中村 and its work are the
	 * programme's own term (城中村综合治理, 城中村改造: LEX_NAME_SITES_OF_TERMS),
	 * which the gold keeps in the text's order in all 4 such figures of 4
	 * documents; the work is not turned into a kind of site */
	if (xt_at_any32(t, pos, LEX_NAME_SITES_OF_TERMS) == h)
		return 0;
	/* the work may end with its word 任务 (人居环境整治任务), which goes */
	size_t w = xt_before_any32(t, e, pos + h + 1, LEX_NAME_TASK_WORDS);
	if (!xt_before_any32(t, e, pos + h + 1, LEX_NAME_SITE_WORKS) &&
	    !(w && xt_before_any32(t, e - w, pos + h + 1, LEX_NAME_SITE_WORKS)))
		return 0;
	name_set(nm, t, pos + h, e);
	drop_site_task(nm);
	name_append(nm, t, pos, pos + h);
	return 1;
}

/* 完成29条河流综合整治, 5个村级水厂整合, 152台工业锅炉关停, 23个社区供水管网改造:
 * things that are no site but are counted with the work done on them written
 * after them as a noun (LEX_NAME_WORKED_THINGS, at the phrase's start or after
 * a modifier of two characters at least: 村级水厂, 工业锅炉) are named as
 * site_with_work names sites, the work and then the things (综合整治河流,
 * 关停工业锅炉, 供水管网改造社区): the figure counts the things, not the work.
 * The work ends the phrase with a word of LEX_NAME_SITE_WORKS or
 * LEX_NAME_THING_WORKS, and the words between hold no counted head and no
 * second such thing (社区党群服务中心建设: the centres are counted, 中心 goes
 * on; 社区服务站改造: LEX_NAME_SITE_GOES_ON's 服务). Returns 1 and sets the name
 * so, else 0. */
static int thing_with_work(xt_name *nm, const xt_text *t, size_t pos, size_t e)
{
	for (size_t i = pos; i + 3 < e; i = i == pos ? pos + 2 : i + 1) {
		size_t h = xt_at_any32(t, i, LEX_NAME_WORKED_THINGS);
		if (!h || i + h + 2 > e || !xt_is_han(xt_get(t, i + h)) ||
		    xt_at_any32(t, i + h, LEX_NAME_SITE_GOES_ON))
			continue;
		/* 7座水库除险加固工程, 3条重点河流综合整治工程: with 工程 (or 项目) at
		 * the end the projects are what is counted, in the text's order */
		if ((!xt_before_any32(t, e, i + h + 1, LEX_NAME_SITE_WORKS) &&
		     !xt_before_any32(t, e, i + h + 1, LEX_NAME_THING_WORKS)) ||
		    xt_before_any32(t, e, i + h + 1, LEX_NAME_PROJECT_ENDS))
			return 0;
		for (size_t k = i + h; k < e; k++)
			if (!xt_is_han(t->cp[k]) || xt_at_any32(t, k, LEX_COUNTED_HEADS) ||
			    xt_at_any32(t, k, LEX_NAME_WORKED_THINGS) ||
			    xt_at_any32(t, k, LEX_NAME_WORKED_GOES_ON))
				return 0;
		name_set(nm, t, i + h, e);
		name_append(nm, t, pos, i + h);
		return 1;
	}
	return 0;
}

/* 1 when the title in quotes opening at q is followed, up to the next
 * character that is no Han, by words that end with a counted head or a site
 * (6个城中村“五化”整治[示范村]): the title is then inside a longer noun whose
 * head is what was counted. */
static int title_before_head(const xt_text *t, size_t q, size_t end)
{
	size_t k = q + 1;
	while (k < end && k < t->n && t->cp[k] != 0x201D)
		k++;
	size_t e = ++k;
	while (e < end && e < t->n && xt_is_han(t->cp[e]))
		e++;
	return e > k && (xt_before_any32(t, e, k, LEX_COUNTED_HEADS) ||
	                 xt_before_any32(t, e, k, LEX_NAME_SITE_HEADS));
}

static int names_an_indicator(const xt_name *nm);

size_t name_counted_noun_start(const xt_text *t, size_t pos, size_t end, const xt_name *before)
{
	size_t k = pos;
	/* 年吞吐量超过5000万标准箱的世界大港: words before that name an indicator
	 * are the figure's name; the noun after 的 is what has it */
	if (before->n > 0 && names_an_indicator(before))
		return pos;
	if (k < end && xt_is_digit(xt_get(t, k))) {
		while (k < end && (xt_is_digit(xt_get(t, k)) || xt_get(t, k) == '.'))
			k++;
		unit_match u;
		if (!units_match(t, k, &u) || u.kind != UNIT_AREA)
			return pos;
		k += u.len;
		size_t b = xt_at_any32(t, k, LEX_NAME_BOUNDS_AFTER_UNIT);
		if (!b)
			return pos; /* 5家企业74个项目: another count */
		k += b;
	} else {
		k += xt_at_any32(t, k, LEX_NAME_BOUNDS_AFTER_UNIT);
		if (!xt_at(t, k, "的"))
			return pos;
	}
	if (xt_at(t, k, "的"))
		k++;
	/* 在前年登记10.5万户的[基础上]: a frame of the sentence, no noun counted */
	if (xt_at_any32(t, k, LEX_NAME_FRAMES_AFTER_DE))
		return pos;
	return k + 1 < end && xt_is_han(xt_get(t, k)) && xt_is_han(xt_get(t, k + 1)) ? k : pos;
}

/* 1-2个电商主题园区[和电子商务大厦], 10个平方公里级利益统筹[和重点更新单元项目]: a
 * noun phrase that stopped at i on a join (LEX_NAME_NOUN_JOINS) of another
 * noun that runs to the clause end at `end` with no number and no word of
 * LEX_NAME_PHRASE_STOPS in it (at most 12 code points) goes on over it: the
 * count is of both (the things listed share it), and the clause holds
 * nothing else. Not a join followed by a count of its own (55件建议和74件提案:
 * joins_next_item's), a predicate (和…合作), a work said of both (和城中村正本
 * 清源改造: LEX_NAME_SITE_WORKS, LEX_NAME_THING_WORKS, LEX_NAME_JOINED_WORK_ENDS),
 * nor one that is part of a longer clause. Returns the phrase's new end,
 * else i. */
static size_t joined_noun_end(const xt_text *t, size_t pos, size_t i, size_t end)
{
	size_t j = xt_at_any32(t, i, LEX_NAME_NOUN_JOINS);
	if (i < pos + 2 || !j)
		return i;
	size_t k = i + j;
	while (k < end && k < t->n && k - i <= 12 && xt_is_han(t->cp[k]) &&
	       !cn_numeral_char(t->cp[k]) && !xt_at_any32(t, k, LEX_NAME_PHRASE_STOPS))
		k++;
	/* 小区和城中村[正本清源改造], 街道分设和政府内设部门[调整]: a work at the end is
	 * a predicate of both, no noun */
	/* 7条道路和[赤湾]、龙屋新村等50条村道: a 、 after it opens another list */
	if (k < t->n && t->cp[k] == 0x3001)
		return i;
	if (k != end || k < i + j + 2 || xt_before_any32(t, k, i + j, LEX_NAME_SITE_WORKS) ||
	    xt_before_any32(t, k, i + j, LEX_NAME_THING_WORKS) ||
	    xt_before_any32(t, k, i + j, LEX_NAME_JOINED_WORK_ENDS))
		return i;
	return k;
}

/* 16项全国先行先试[的改革举措], 2-3个产学研一体化[的新型研发机构]: a counted
 * noun whose attribute comes first, X的Y, stopped at the 的. When the words
 * after it (up to ten characters, no number, no word of
 * LEX_NAME_PHRASE_STOPS) end with a head of LEX_NAME_HEADS_AFTER_DE — an
 * institution, a project, a measure: a thing that can be counted — Y is what
 * the count is of, and the phrase goes on to that head. Not a work done on X
 * (3个内涝安全隐患点[的整治], 100台老旧电梯[的建设改造]: no head there, the
 * phrase stays at the 的), nor a frame of the sentence (…的基础上), nor
 * the things in counted fields (4个方面的保障措施: the fields are counted).
 * Returns the phrase's new end, else i. */
static size_t noun_after_de_end(const xt_text *t, size_t pos, size_t i, size_t end)
{
	if (i < pos + 2 || !xt_at(t, i, "的") || xt_at_any32(t, i + 1, LEX_NAME_FRAMES_AFTER_DE))
		return i;
	/* 4个方面的保障措施, 27个领域的事项: the count is of the fields
	 * (LEX_GROUP_NOUNS), what is in them is no head of the count */
	for (const char32_t *const *g = LEX_GROUP_NOUNS; *g; g++)
		if (xt_len32(*g) == i - pos && xt_at32(t, pos, *g))
			return i;
	size_t k = i + 1;
	while (k < end && k < t->n && k - i <= 10 && xt_is_han(t->cp[k]) &&
	       !cn_numeral_char(t->cp[k]) && !xt_at_any32(t, k, LEX_NAME_PHRASE_STOPS))
		k++;
	/* the longest run that ends with a head: 新型研发机构 over 新型研发 */
	for (size_t e = k; e >= i + 3; e--)
		if (xt_before_any32(t, e, i + 1, LEX_NAME_HEADS_AFTER_DE))
			return e;
	return i;
}

/* 25亿元上市企业[纾困基金]: the words after a counted head that end, within
 * ten Han characters without a stop word, with a fund (LEX_NAME_FUND_HEADS)
 * are the name of that fund, which the head only qualifies. Returns the
 * fund's end, else i (the head's end). */
static size_t fund_after_head(const xt_text *t, size_t i, size_t end)
{
	size_t k = i;
	while (k < end && k < t->n && k - i <= 10 && xt_is_han(t->cp[k]) &&
	       !cn_numeral_char(t->cp[k]) && !xt_at_any32(t, k, LEX_NAME_PHRASE_STOPS))
		k++;
	for (size_t e = k; e >= i + 2; e--)
		if (xt_before_any32(t, e, i, LEX_NAME_FUND_HEADS))
			return e;
	return i;
}

size_t name_after_phrase(xt_name *nm, const xt_text *t, size_t pos, size_t end)
{
	nm->n = 0;
	if (place_with_predicate(nm, t, pos, end))
		return 0;
	size_t i = pos, open = 0;
	int quoted = 0;
	while (i < t->n && (quoted ? i - pos < 32 : i < end && i - pos < 24)) {
		uint32_t c = t->cp[i];
		/* 10个“郑和学院”, 87条“县城—中心镇—重点村”发展轴, “千村示范、万村
		 *提升”工程: a title in quotes is one word, whatever it holds; only
		 * its close or the sentence's end stops it (not a 、 inside). */
		if (quoted) {
			if (c == 0x201D)
				quoted = 0;
			else if (xt_is_clause_delim(c) && c != 0x3001 && c != 0xFF0C)
				break;
			i++;
			continue;
		}
		if (c == 0x201C) {
			quoted = 1;
			open = i++;
			continue;
		}
		/* Words and quoted words (“标准地”) only: a bracket or a number
		 * ends the phrase. */
		int word = xt_is_han(c) || xt_is_ascii_alpha(c) || c == 0x201C || c == 0x201D;
		/* 和美乡村, 和谐社区: a stop character inside a word is no stop */
		size_t whole = xt_at_any32(t, i, LEX_WORDS_HOLDING_STOPS);
		if (whole && i + whole <= end) {
			i += whole;
			continue;
		}
		/* one character names nothing (6个[区]通过…, 8个[公]共服务平台):
		 * a stop right after it is part of the noun or its predicate */
		if (!word || (i - pos != 1 && phrase_stop_at(t, pos, i))) {
			i = noun_after_de_end(t, pos, i, end);
			break;
		}
		/* 8家重点行业企业[环保绩效创A], 627个工程建设项目[远程异地评标]: a
		 * counted noun ends with its head; the words after it say what
		 * happened to what was counted (the quote keeps them), like the
		 * stop words, which cannot list every predicate. Not when the head
		 * goes on into a longer noun (企业家, 项目库: LEX_HEAD_GOES_ON), nor
		 * at the phrase's end. */
		/* 23个断面[水质]全部达标, 159个行政村[集体收入]超过11万元, 8个产业
		 * [规模]超千亿元: what the things counted reached is said of an
		 * attribute of theirs; the figure counts the things (gold: 有水入淀
		 * 河流), the attribute and its standard are what happened to them. */
		if (i - pos >= 2 && counted_attribute_at(t, i, end))
			break;
		size_t h = i - pos >= 2 || i == pos ? xt_at_any32(t, i, LEX_COUNTED_HEADS) : 0;
		if (h && i + h < end && xt_is_han(xt_get(t, i + h)) &&
		    !xt_at_any32(t, i + h, LEX_HEAD_GOES_ON)) {
			i += h;
			i = fund_after_head(t, i, end);
			break;
		}
		/* 18所学校[“上天入地”], 31家股份合作公司[“三资”]清理, 7个城中村[“五化”]
		 * 整治达标, 4902个项目[“双盲”]评审: a title in quotes right after a
		 * counted head or a site names the work done on the things counted
		 * (the reform, the campaign), not a kind of them; the noun ends at
		 * the head. A title inside the noun comes before its head (5家
		 * “专精特新”企业) and is still read whole. */
		h = i - pos >= 2 || i == pos ? xt_at_any32(t, i, LEX_COUNTED_HEADS) : 0;
		if (!h && i - pos >= 1)
			h = xt_at_any32(t, i, LEX_NAME_SITE_HEADS);
		if (h && i + h < end && xt_get(t, i + h) == 0x201C &&
		    !title_before_head(t, i + h, end)) {
			i += h;
			break;
		}
		i++;
	}
	/* a title that does not close in reach is no part of the name */
	if (quoted)
		i = open;
	/* an opening quote ends no name (建设1个“共享工厂”“共享冷库”: the second
	 * title is cut by the phrase's length, not by its words) */
	while (i > pos && t->cp[i - 1] == 0x201C)
		i--;
	i = joined_noun_end(t, pos, i, end);
	if (!site_with_work(nm, t, pos, i) && !thing_with_work(nm, t, pos, i))
		name_set(nm, t, pos, i);
	return nm->n > 0 ? i : 0;
}

/* 1 when the words at `end` (where the counted noun after a measure word
 * stopped) go on in the clause with a predicate of that noun: a word or a
 * title, not the clause's end, a number (65家企业74个项目: another figure), a
 * join of listed nouns (和, 及, 与, 、: 1-2个电商主题园区和电子商务大厦) or a 的
 * (the noun goes on). */
static int predicate_follows(const xt_text *t, size_t end, size_t cl_end)
{
	if (end == 0 || end + 1 >= cl_end || end >= t->n)
		return 0;
	uint32_t c = t->cp[end];
	if (!(xt_is_han(c) || c == 0x201C) || xt_at_any32(t, end, LEX_NAME_PHRASE_JOINS))
		return 0;
	return 1;
}

void name_drop_actor(xt_name *nm, const xt_text *t, size_t to, const xt_name *tail, size_t end,
                     size_t cl_end)
{
	/* 培育[100家养殖场]实现规模化生产, 整改[14家股份合作公司]供电设施, 协助[100家中小企业]
	 * 推广卓越绩效管理, 10位领导挂点[14个项目]…: when the things counted are the
	 * subject or the object of a predicate that follows them in the clause,
	 * the verb of the government's work and the actor before the number name
	 * neither (gold: 规模化生产养殖场, 整改供电设施的股份合作公司, 推广卓越
	 * 绩效管理中小企业, 领导挂点城市更新项目, each holding the noun): the counted
	 * noun does, without them. Words ending in 的 stay (市委确定的230项改革
	 * 全部完成: they say which things). Only a noun of two characters at
	 * least, and only for words that end with a verb (below). */
	if (nm->n == 0 || tail->n < 2 || !predicate_follows(t, end, cl_end))
		return;
	if (to > 0 && xt_at(t, to - 1, "的"))
		return;
	/* Only words that end with the verb of the work (LEX_LIST_ITEM_VERBS,
	 * LEX_NAME_DONE_VERBS, LEX_NAME_MAKING_VERBS, LEX_NAME_VERBS_BEFORE_COUNT):
	 * words before the number that are a noun's own modifiers or owner stay
	 * (长城汽车10个在建项目, 坪山河流域11条河道全部纳入…, 防洪排涝整治47项工程). */
	if (!longest_suffix(nm, LEX_LIST_ITEM_VERBS) && !longest_suffix(nm, LEX_NAME_DONE_VERBS) &&
	    !longest_suffix(nm, LEX_NAME_MAKING_VERBS) &&
	    !longest_suffix(nm, LEX_NAME_VERBS_BEFORE_COUNT))
		return;
	/* 防洪排涝整治47项工程: a verb that also names a kind of work
	 * (LEX_NAME_SITE_WORKS) is a modifier of the noun unless it is all the
	 * words there are (整改14家公司…) */
	size_t w = longest_suffix(nm, LEX_NAME_SITE_WORKS);
	if (w && w < nm->n)
		return;
	nm->n = 0;
}

static int is_open_bracket(uint32_t c)
{
	return c == '(' || c == 0xFF08;
}

int name_kind_note(xt_name *nm, const xt_text *t, size_t from, size_t to)
{
	size_t b = to;
	while (b > from && !is_open_bracket(t->cp[b - 1]))
		b--;
	if (b == from && (from == 0 || !is_open_bracket(t->cp[from - 1])))
		return 0;
	size_t l = xt_at_any32(t, b, LEX_NAME_KIND_NOTES);
	if (!l || b + l > to)
		return 0;
	/* (年度目标为6%): only linking words between the note and its number */
	xt_name rest;
	int ignored;
	name_set(&rest, t, b + l, to);
	name_clean(&rest, &ignored);
	if (rest.n > 0 && longest_prefix(&rest, LEX_NAME_KIND_NOTE_CHANGES) != rest.n)
		return 0;
	nm->n = 0;
	nm->cp[nm->n++] = 0xFF08; /* （ */
	name_append(nm, t, b, b + l);
	nm->cp[nm->n++] = 0xFF09; /* ） */
	return 1;
}

/* The number of subjects listed in [a, b): one, and one more after each 、,
 * 和 or 与 (not 及, which joins words inside one subject: 新能源及智能网联
 * 汽车). SIZE_MAX when a digit stands among them (a figure, no subject) or a
 * quote opens or closes in them alone (“省市共建、一室一策”支持…: the 、 is
 * inside a slogan, not between subjects). */
static size_t listed_items(const xt_text *t, size_t a, size_t b)
{
	size_t n = 1;
	int quotes = 0;
	for (size_t i = a; i < b; i++) {
		uint32_t c = t->cp[i];
		if (xt_is_digit(c))
			return SIZE_MAX;
		quotes += c == 0x201C ? 1 : c == 0x201D ? -1 : 0;
		if (quotes < 0 || quotes > 1)
			return SIZE_MAX;
		n += xt_at_any32(t, i, LEX_NAME_LIST_JOINS) > 0;
	}
	return quotes ? SIZE_MAX : n;
}

/* The count of listed items right at i: a Chinese numeral, or the figure's
 * own number when i is `to` (宜昌3家高新区: the figure counts the list), with
 * a measure word of LEX_NAME_LIST_COUNT_MEASURES after it. Its value goes to
 * *v and its length with the measure word to *len; 0 when none. */
static int list_count_at(const xt_text *t, size_t i, size_t to, long *v, size_t *len)
{
	size_t l = 0;
	*v = 0;
	if (i == to) {
		while (i + l < t->n && l < 2 && xt_is_digit(t->cp[i + l]))
			*v = *v * 10 + (long)(t->cp[i + l++] - '0');
		if (l && xt_is_digit(xt_get(t, i + l)))
			return 0;
	} else {
		l = cn_numeral_parse(t, i, v);
	}
	size_t m = l ? xt_at_any32(t, i + l, LEX_NAME_LIST_COUNT_MEASURES) : 0;
	*len = l + m;
	return m && *v >= 2 && *v <= 10;
}

int name_counted_list(xt_name *nm, const xt_text *t, size_t from, size_t to)
{
	for (size_t i = from + 1; i <= to && i < t->n; i++) {
		long v = 0;
		size_t len = 0;
		if (!list_count_at(t, i, to, &v, &len) || cn_numeral_char(t->cp[i - 1]))
			continue;
		size_t l = len, m = 0;
		/* the subjects: this clause's words before the count, and the
		 * clauses before it that end with 、 */
		size_t start = from, items = listed_items(t, from, i);
		while (items < (size_t)v && start > 0 && t->cp[start - 1] == 0x3001) {
			size_t a = start - 1;
			while (a > 0 && !(t->cls[a - 1] & XT_CLAUSE))
				a--;
			size_t k = listed_items(t, a, start - 1);
			if (a == start - 1 || k == SIZE_MAX)
				break;
			items += k;
			start = a;
		}
		if (items != (size_t)v || start == from)
			return 0;
		int ignored;
		if (i == to && xt_is_han(xt_get(t, i + l))) {
			/* 新增艾奥瓦、雅拉古阿2个友好交流城市, 华星光电、诚威、普联3家企业,
			 * A、B、C 3个项目全部建成投产: the figure's own number counts the
			 * listed things, which are examples of what it counts, like the
			 * examples before 等 (name_clean): the name is the noun after
			 * the measure word (the caller's) and the verbs of making before
			 * the first item (新增, 开工建设: LEX_NAME_MAKING_VERBS,
			 * LEX_NAME_DONE_VERBS), without the items (the gold names all 12
			 * such figures of its 22 documents so). Not a Chinese-numeral
			 * count, whose figure is another (A、B两个片区完成投资: the
			 * list is that figure's subject, below), nor a count with no
			 * noun after it. */
			size_t p = start, k;
			while ((k = xt_at_any32(t, p, LEX_NAME_MAKING_VERBS)) > 0 ||
			       (k = xt_at_any32(t, p, LEX_NAME_DONE_VERBS)) > 0)
				p += k;
			name_set(nm, t, start, p < i ? p : start);
			name_clean(nm, &ignored); /* 推动, 完成: leading words as ever */
			return 1;
		}
		name_set(nm, t, start, i);
		if (i < to)
			name_append(nm, t, i + l + m, to);
		name_clean(nm, &ignored);
		return 1;
	}
	return 0;
}

/* 及 inside a word (普及率, 涉及, 以及, 危及) joins nothing. */
static int in_word_ji(const xt_name *nm, size_t i)
{
	static const char BEFORE[] = "普涉以危触波顾惠企遍";
	return i > 0 && xt_lit_has(BEFORE, nm->cp[i - 1]);
}

/* 1 when the name ends with one of the characters that end an indicator's
 * own name (人数, 收入, 人次, 增加值...: LEX_INDICATOR_ENDS) or with a shared
 * head. */
static int names_an_indicator(const xt_name *nm)
{
	if (nm->n == 0 || longest_suffix(nm, LEX_SHARED_HEADS) > 0)
		return 1;
	for (const char32_t *const *w = LEX_INDICATOR_ENDS; *w; w++)
		if (nm->cp[nm->n - 1] == (uint32_t)(*w)[0])
			return 1;
	return 0;
}

/* 制造业、战略性新兴产业贷款, 上海机场航空货邮和旅客吞吐量, 城镇居民、农村居民
 * 人均可支配收入: subjects of unequal length that name_split_list cannot line
 * up by counting; when the last one ends with the head of an indicator
 * (LEX_SHARED_HEADS) and an earlier one names no indicator of its own
 * (制造业, 航空货邮, 城镇居民 — not 接待游客人数 of 接待游客人数和旅游收入,
 * which ends with 数), that head is the earlier one's too. */
static void share_head(xt_name *parts, size_t n)
{
	const xt_name *last = &parts[n - 1];
	size_t h = longest_suffix(last, LEX_SHARED_HEADS);
	if (!h || h >= last->n)
		return;
	for (size_t i = 0; i + 1 < n; i++) {
		xt_name *p = &parts[i];
		if (names_an_indicator(p) || p->n + h > XT_NAME_MAX)
			continue;
		for (size_t q = last->n - h; q < last->n; q++)
			p->cp[p->n++] = last->cp[q];
	}
}

/* “八类”“两抢”“两盗”警情, “个转企”、“小升规”企业: listed titles in quotes before
 * a head that follows only the last one; each title is a kind of that head
 * (“八类”警情). Returns 1 when every part but the last is a title alone and
 * the last a title with words after it, which it then appends to the others. */
static int share_title_head(xt_name *parts, size_t n)
{
	const xt_name *last = &parts[n - 1];
	size_t close = 0;
	if (last->n < 3 || last->cp[0] != 0x201C)
		return 0;
	for (size_t q = 1; q < last->n && !close; q++)
		if (last->cp[q] == 0x201D)
			close = q + 1;
	if (!close || close >= last->n)
		return 0;
	for (size_t i = 0; i + 1 < n; i++)
		if (parts[i].n < 3 || parts[i].cp[0] != 0x201C ||
		    parts[i].cp[parts[i].n - 1] != 0x201D)
			return 0;
	for (size_t i = 0; i + 1 < n; i++)
		for (size_t q = close; q < last->n && parts[i].n < XT_NAME_MAX; q++)
			parts[i].cp[parts[i].n++] = last->cp[q];
	return 1;
}

/* Where the parts of a listed name start (cut) and the length of the
 * separator before each (sep): at every 和、与及, or at the 、 only
 * (comma_only). Returns the number of parts, at most 9. */
static size_t list_cuts(const xt_name *nm, int comma_only, size_t cut[9], size_t sep[9])
{
	size_t k = 0;
	sep[k] = 0;
	cut[k++] = 0;
	for (size_t i = 0; i < nm->n && k < 9; i++) {
		uint32_t c = nm->cp[i];
		if (c == 0x3001 /* 、 */ ||
		    (!comma_only && (c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ ||
		                     (c == 0x53CA /* 及 */ && !in_word_ji(nm, i))))) {
			sep[k] = 1;
			cut[k++] = i + 1;
		} else if (c == 0x201C && i > 0 && nm->cp[i - 1] == 0x201D) {
			/* “八类”“两抢”“两盗”警情: titles in quotes one after another
			 * are listed subjects with no separator between them */
			sep[k] = 0;
			cut[k++] = i;
		}
	}
	return k;
}

/* 一、二、三产业增加值, 第一、二、三产业, 二、三产业: industries listed by
 * their ordinals alone (一, 二, 三; 第 before the first), the last with 产业
 * and the head after it: each part is 第N产业 + the head (第一产业增加值).
 * Returns 1 and fills parts when the n parts are so. */
static int ordinal_industries(const xt_name *nm, size_t n, const size_t *cut, const size_t *sep,
                              xt_name *parts)
{
	static const char32_t INDUSTRY[] = U"产业";
	size_t last = cut[n - 1];
	if (last + 3 > nm->n || !cn_numeral_char(nm->cp[last]) ||
	    nm->cp[last + 1] != (uint32_t)INDUSTRY[0] || nm->cp[last + 2] != (uint32_t)INDUSTRY[1])
		return 0;
	for (size_t i = 0; i + 1 < n; i++) {
		size_t a = cut[i], b = cut[i + 1] - sep[i + 1];
		if (i == 0 && b - a == 2 && nm->cp[a] == 0x7B2C /* 第 */)
			a++;
		if (b - a != 1 || !cn_numeral_char(nm->cp[a]))
			return 0;
	}
	for (size_t i = 0; i < n; i++) {
		size_t a = i + 1 < n ? cut[i + 1] - sep[i + 1] - 1 : last;
		xt_name *p = &parts[i];
		p->n = 0;
		p->cp[p->n++] = 0x7B2C; /* 第 */
		p->cp[p->n++] = nm->cp[a];
		for (size_t q = last + 1; q < nm->n && p->n < XT_NAME_MAX; q++)
			p->cp[p->n++] = nm->cp[q];
	}
	return 1;
}

/* 一二三产增加值, 二三产业: the ordinals run together, with 产 or 产业 after
 * them; n of them (一, 二, 三 in order) give n parts 第N产业 + the head.
 * Returns 1 and fills parts when the name is so. */
static int ordinal_run(const xt_name *nm, size_t n, xt_name *parts)
{
	static const uint32_t ORD[] = {0x4E00, 0x4E8C, 0x4E09}; /* 一 二 三 */
	size_t a = nm->n > 0 && nm->cp[0] == 0x7B2C /* 第 */ ? 1 : 0;
	if (n < 2 || n > 3 || a + n + 1 > nm->n)
		return 0;
	size_t first = 3;
	for (size_t k = 0; k < 3; k++)
		if (nm->cp[a] == ORD[k])
			first = k;
	if (first + n > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (nm->cp[a + i] != ORD[first + i])
			return 0;
	size_t h = a + n;
	if (nm->cp[h] != 0x4EA7 /* 产 */)
		return 0;
	h += h + 1 < nm->n && nm->cp[h + 1] == 0x4E1A /* 业 */ ? 2 : 1;
	for (size_t i = 0; i < n; i++) {
		xt_name *p = &parts[i];
		p->n = 0;
		p->cp[p->n++] = 0x7B2C; /* 第 */
		p->cp[p->n++] = ORD[first + i];
		p->cp[p->n++] = 0x4EA7; /* 产 */
		p->cp[p->n++] = 0x4E1A; /* 业 */
		for (size_t q = h; q < nm->n && p->n < XT_NAME_MAX; q++)
			p->cp[p->n++] = nm->cp[q];
	}
	return 1;
}

int name_split_list(const xt_name *nm, size_t n, xt_name *parts)
{
	size_t cut[9], sep[9]; /* sep[i]: the separator's length before part i */
	size_t k = list_cuts(nm, 0, cut, sep);
	if (k == 1 && ordinal_run(nm, n, parts))
		return 1;
	/* 金融业、软件和信息服务业增加值分别增长…: with one 和 too many, the 和
	 * is inside a subject (an industry of two trades), and the 、 alone list
	 * the subjects */
	if (k > n)
		k = list_cuts(nm, 1, cut, sep);
	if (n < 2 || n > 8 || k != n)
		return 0;
	for (size_t i = 0; i < n; i++) /* 和 at an end lists nothing */
		if ((i + 1 < n ? cut[i + 1] - sep[i + 1] : nm->n) <= cut[i])
			return 0;
	if (ordinal_industries(nm, n, cut, sep, parts))
		return 1;
	/* part i is nm[cut[i], end_i). Parallel modifiers of a shared head are
	 * of one length L: the middle ones show it (改造老旧供热、燃气、排水管网:
	 * L = 2, and the first part is a shared prefix 改造老旧 + 供热); of two
	 * subjects only pairs of two characters are taken (城镇/农村, 进口/出口,
	 * 刑事/治安): longer ones differ in length from the last one's
	 * (对东盟、欧盟进出口; 制造业、普惠小微贷款余额), whose head then cannot
	 * be found by counting. */
	size_t len0 = cut[1] - sep[1] - cut[0], last_len = nm->n - cut[n - 1];
	size_t L = n == 2 ? 2 : cut[2] - sep[2] - cut[1];
	/* a shared prefix only when it is a verb of making (改造老旧[供热]):
	 * 高速公路、水利、电网投资 has none, 高速 is no verb */
	int prefixed = n > 2 && len0 > L && longest_prefix(nm, LEX_NAME_MAKING_VERBS) > 0 &&
	               longest_prefix(nm, LEX_NAME_MAKING_VERBS) <= len0 - L;
	int modifiers = L <= 3 && (len0 == L || prefixed) && last_len > L + 1 &&
	                xt_is_han(nm->cp[cut[n - 1] + L]);
	for (size_t i = 1; i + 1 < n && modifiers; i++)
		modifiers = cut[i + 1] - sep[i + 1] - cut[i] == L;
	/* 新能源、新材料、生物医药产业规模: of three subjects or more, a shared
	 * head the lexicon knows (LEX_SHARED_HEADS) one character after where
	 * counting L puts it shows a last modifier one longer than the others;
	 * counting would cut it (药产业规模). Words between a modifier of L and
	 * the known head (交通、能源、水利[完成]投资) are the head's own verb. Not
	 * of two subjects: 城镇、农村居民人均可支配收入 shares 居民 too. */
	size_t known = n > 2 ? longest_suffix(nm, LEX_SHARED_HEADS) : 0;
	if (modifiers && known && known < last_len && last_len - known == L + 1)
		modifiers = 0;
	/* 汽车、新能源汽车产量: a head holding the first modifier (源汽车产量)
	 * shows the last subject's modifier is longer */
	for (size_t q = cut[n - 1] + L; modifiers && q + L <= nm->n; q++) {
		size_t same = 0;
		while (same < L && nm->cp[q + same] == nm->cp[len0 - L + same])
			same++;
		if (same == L)
			modifiers = 0;
	}
	size_t prefix = modifiers ? len0 - L : 0;
	int rc = 1;
	if (modifiers) {
		/* 工业和服务业增加值: 业增加值 would start with a suffix */
		static const char SUFFIXES[] = "业员者类型性级化区";
		if (xt_lit_has(SUFFIXES, nm->cp[cut[n - 1] + L])) {
			modifiers = 0;
			prefix = 0;
			rc = -1;
		}
	}
	for (size_t i = 0; i < n; i++) {
		xt_name *p = &parts[i];
		size_t a = cut[i], b = i + 1 < n ? cut[i + 1] - sep[i + 1] : nm->n;
		p->n = 0;
		if (i > 0)
			for (size_t q = 0; q < prefix; q++)
				p->cp[p->n++] = nm->cp[q];
		for (size_t q = a; q < b && p->n < XT_NAME_MAX; q++)
			p->cp[p->n++] = nm->cp[q];
		if (modifiers && i + 1 < n)
			for (size_t q = cut[n - 1] + L; q < nm->n && p->n < XT_NAME_MAX; q++)
				p->cp[p->n++] = nm->cp[q];
	}
	if (!modifiers && !share_title_head(parts, n))
		share_head(parts, n);
	return rc;
}

void name_join_object(xt_name *nm, const xt_name *object)
{
	/* 对管委会115项行政审批事项进行了梳理, 对已经谋划的1400个重点项目: with
	 * the counted noun after the number, 对 before it opens the object of
	 * the verb after the figure, as object_preposition reads it when only
	 * the region stands before the number; the owner of the things (管委会)
	 * stays. Not 对口, 对外, 对接 (LEX_NAME_WORDS_OPENING_WITH_DUI), nor
	 * without an object (对东盟进出口: trade with a partner). */
	size_t p = object->n > 0 ? longest_prefix(nm, LEX_NAME_OBJECT_PREPOSITIONS) : 0;
	if (p && nm->n > p + 1 && !longest_prefix(nm, LEX_NAME_WORDS_OPENING_WITH_DUI))
		cut(nm, 0, p);
	/* 首批6个试点: the batch word name_clean kept because it was all the
	 * words before the number goes once the object names the figure */
	for (const char32_t *const *w = LEX_NAME_BATCH_WORDS; *w && object->n > 0; w++)
		if (nm->n > 0 && word_at(nm, 0, *w) == nm->n)
			nm->n = 0;
	if (object->n > 0 && nm->n > 0 && trailing_batch(nm) == nm->n)
		nm->n = 0; /* 第二批共3个室外应急避难场所 */
	for (const char32_t *const *v = LEX_NAME_INNER_VERBS; *v && object->n > 0; v++) {
		size_t l = xt_len32(*v);
		if (nm->n > l && word_at(nm, nm->n - l, *v)) {
			nm->n -= l;
			break;
		}
	}
	name_append_name(nm, object);
}

size_t name_quote_start(const xt_text *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (t->cp[i] == 0x201C)
			return from;
		if (t->cp[i] != 0x201D)
			continue;
		for (size_t q = from; q > 0 && from - q < 24; q--) {
			uint32_t c = t->cp[q - 1];
			if (c == 0x201C) {
				size_t a = q - 1;
				while (a > 0 && !(t->cls[a - 1] & XT_CLAUSE))
					a--;
				return a;
			}
			if (c == 0x201D || c == 0x3002 || c == 0xFF1B || c == '\n')
				break;
		}
		return from;
	}
	return from;
}

size_t name_ends_with_any(const xt_name *nm, const char32_t *const *lits)
{
	return longest_suffix(nm, lits);
}

int name_ends_with(const xt_name *nm, const xt_name *end)
{
	return end->n > 0 && end->n <= nm->n &&
	       memcmp(nm->cp + nm->n - end->n, end->cp, end->n * sizeof nm->cp[0]) == 0;
}

int name_holds(const xt_name *nm, const xt_name *part)
{
	for (size_t i = 0; part->n > 0 && i + part->n <= nm->n; i++)
		if (memcmp(nm->cp + i, part->cp, part->n * sizeof nm->cp[0]) == 0)
			return 1;
	return 0;
}

void name_drop_task_word(xt_name *nm, const char *unit)
{
	if (!unit || lex_contains_any(unit, LEX_NAME_TASK_MEASURES))
		return;
	size_t l = longest_suffix(nm, LEX_NAME_TASK_WORDS);
	if (l && nm->n >= l + 2)
		nm->n -= l;
}

int name_is_reach(const xt_name *nm)
{
	for (const char32_t *const *w = LEX_NAME_REACH_VERBS; *w; w++)
		if (nm->n > 0 && word_at(nm, 0, *w) == nm->n)
			return 1;
	return 0;
}

int name_is_bare_figure(const xt_name *nm)
{
	size_t i = 0;
	if (i < nm->n && (nm->cp[i] == 0x548C /* 和 */ || nm->cp[i] == 0x53CA /* 及 */ ||
	                  nm->cp[i] == 0x4E0E /* 与 */ || nm->cp[i] == 0x3001))
		i++;
	size_t d = i;
	while (i < nm->n && (xt_is_digit(nm->cp[i]) || nm->cp[i] == '.'))
		i++;
	return i > d && nm->n - i <= 3;
}

char *name_to_utf8(const xt_name *nm)
{
	sb b = SB_INIT;
	for (size_t i = 0; i < nm->n; i++)
		sb_put_utf8(&b, nm->cp[i]);
	return sb_take(&b);
}

void name_prepend_share_whole(xt_name *nm, const xt_name *prev)
{
	/* 获深圳科技创新奖73项，占全市的63%: the share is of the prizes, not of
	 * winning them; 国家级高新技术企业总量达1080家，占全市的38%: of the
	 * enterprises (总量 says the figure is a stock); 占全国总数的15%，占全市
	 * 总数的75%: a share after a share is of the same subject, not of the
	 * first share. The gold names them 深圳科技创新奖占全市比重, 国家级高新技术
	 * 企业占全市比重. Each cut only leaves two characters at least. */
	xt_name whole = *prev;
	for (size_t k = 2; k < whole.n; k++)
		if (whole.cp[k] == 0x5360 /* 占 */) {
			whole.n = k;
			break;
		}
	size_t l = longest_prefix(&whole, LEX_NAME_GAIN_VERBS);
	if (l && whole.n >= l + 2)
		cut(&whole, 0, l);
	l = longest_suffix(&whole, LEX_NAME_STOCK_WORDS);
	if (l && whole.n >= l + 2)
		whole.n -= l;
	name_prepend_name(nm, &whole);
}

void name_prepend_ranked(xt_name *nm, const xt_name *prev)
{
	/* 完成本地生产总值3842亿元，总量稳居全省第一; 争取专项资金3.1亿元，数额全省
	 * 第一; 新增家庭农场14家，总数达45家，全市第一: a ranking whose own words
	 * are only the word of the stock or size (LEX_NAME_RANK_STOCK_WORDS) ranks
	 * the indicator before it (gold: 本地生产总值全省排名, 专项资金全省排名,
	 * 家庭农场全市排名), and so does one that takes a total's name ending in
	 * 总数. Not 增幅 or 增速, which rank the growth, another indicator
	 * (实际利用外资增幅全市排名); not 总量 at the end of the indicator's own name
	 * (经济总量). */
	xt_name whole = *prev;
	if (nm->n > 0 && longest_prefix(nm, LEX_NAME_RANK_STOCK_WORDS) == nm->n)
		nm->n = 0;
	/* 普惠性幼儿园占比达86%，比例全市第一: a word of a share ranking a share says
	 * what its name's share word says: the ranking's own word stays, the
	 * other goes (普惠性幼儿园比例, not 占比比例) */
	size_t sw = longest_suffix(&whole, LEX_NAME_RANK_SHARE_WORDS);
	if (nm->n > 0 && longest_prefix(nm, LEX_NAME_RANK_SHARE_WORDS) == nm->n && sw &&
	    whole.n >= sw + 2)
		whole.n -= sw;
	if (nm->n == 0) {
		static const char32_t TOTAL[] = U"总数";
		if (whole.n >= 4 && word_at(&whole, whole.n - 2, TOTAL))
			whole.n -= 2;
	}
	/* 培育国家级制造业单项冠军5家，数量全市第一: the rank is of the champions,
	 * not of this year's work (LEX_NAME_RANKED_WORK_VERBS); kept when less than
	 * a noun would be left (新增数量) */
	size_t wv = longest_prefix(&whole, LEX_NAME_RANKED_WORK_VERBS);
	if (wv && whole.n >= wv + 3) {
		memmove(whole.cp, whole.cp + wv, (whole.n - wv) * sizeof whole.cp[0]);
		whole.n -= wv;
	}
	name_prepend_name(nm, &whole);
}

int name_spending_purpose(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after)
{
	/* 投入20亿元启动剩余984个台区改造, 投入7.6亿元建设“四道连通”慢行系统, 投入1.9亿元
	 * 扶持学前、民办教育发展: a sum whose clause before it holds only the verb of
	 * spending (LEX_NAME_SPENDING_VERBS) is named by what it was spent on, the
	 * words after its unit, then that verb (gold: 台区改造投入, “四道连通”慢行系统
	 * 投入, 扶持学前、民办教育发展投入; 安排…: …资金). The purpose loses its
	 * verb of doing or making when one of those opens it (启动, 建设, 完成:
	 * LEX_NAME_PURPOSE_VERBS), not a verb of support (扶持, 支持: they say what
	 * the money is for) nor a list of verbs (新建、改扩建学校: the verbs are the
	 * kinds of work); a count in it (984个) is another figure's, left out. It
	 * runs to the clause's end, over a 、 between words, and stops at a
	 * number after it (新建、改扩建学校[20所]). Returns 1 when it named nm. */
	xt_name before;
	int ignored;
	name_set(&before, t, from, to);
	name_clean(&before, &ignored);
	size_t sv = longest_prefix(&before, LEX_NAME_SPENDING_VERBS);
	if (!sv || sv != before.n || after >= t->n || !xt_is_han(t->cp[after]))
		return 0;
	size_t i = after;
	if (!xt_at_any32(t, i, LEX_NAME_PURPOSE_VERBS) &&
	    !xt_at_any32(t, i, LEX_NAME_MAKING_VERBS) &&
	    !xt_at_any32(t, i, LEX_NAME_VERBS_BEFORE_COUNT) &&
	    !xt_at_any32(t, i, LEX_LIST_ITEM_VERBS) && !xt_at_any32(t, i, LEX_NAME_DONE_VERBS))
		return 0; /* 安排10亿元专项资金支持…: a noun after the sum names it */
	size_t v = xt_at_any32(t, i, LEX_NAME_PURPOSE_VERBS);
	if (v && !xt_at(t, i + v, "、"))
		i += v;
	xt_name p;
	p.n = 0;
	int counted = 0;
	size_t seg = 0; /* where the present item of a 、 list starts in p */
	for (size_t e = i; e < t->n && e - after < 40;) {
		uint32_t c = t->cp[e];
		if (xt_is_digit(c)) {
			size_t d = e;
			while (d < t->n && (xt_is_digit(t->cp[d]) || t->cp[d] == '.'))
				d++;
			uint32_t b4 = e > 0 ? t->cp[e - 1] : 0;
			if (b4 == '[' || b4 == 0xFF3B || b4 == 0x3014) { /* [10]: a note */
				name_append(&p, t, e, d);
				e = d;
				continue;
			}
			/* 学校20所。: a count that closes the clause counts the purpose's
			 * things and ends it; 启动984个台区改造: one inside it is left out,
			 * its unit with it */
			unit_match um;
			size_t ul = units_match(t, d, &um) ? um.len : 0;
			if (!ul || d + ul >= t->n || !xt_is_han(t->cp[d + ul])) {
				/* 投资13.5亿元完成装机容量30.3万千瓦: after a verb of doing
				 * the words are a result with a figure of its own, no purpose */
				if (v)
					return 0;
				counted |= ul > 0; /* 项目1049个: a count closes the purpose */
				break;
			}
			e = d + ul;
			counted = 1;
			continue;
		}
		/* 扶持学前、民办教育发展, 新建、改扩建学校: a 、 between short words
		 * lists parts of one purpose; after a count or a longer item it lists
		 * other works (提升11条道路护栏、清洗…), which are not this sum's */
		if (c == 0x3001 && e + 1 < t->n && xt_is_han(t->cp[e + 1]) && !counted &&
		    p.n - seg <= 6) {
			name_append(&p, t, e, e + 1);
			seg = p.n;
			e++;
			continue;
		}
		if (xt_is_clause_delim(c) || c == '(' || c == 0xFF08)
			break;
		name_append(&p, t, e, e + 1);
		e++;
	}
	name_clean(&p, &ignored);
	/* 投入6.57亿元扶持产业转型升级项目1049个, 投入1.58亿元实施800个民生微实事项目: the
	 * projects counted are another figure's; the sum was spent on their work
	 * (gold: 扶持产业转型升级投入, 民生微实事投入), so the purpose loses its 项目
	 * (LEX_NAME_SPENT_ON_COUNTED) when a count of them stands in it or after it;
	 * not when only a verb would be left (扶持1220个项目: 扶持项目) */
	size_t pl = longest_suffix(&p, LEX_NAME_SPENT_ON_COUNTED);
	if (pl && p.n >= pl + 2 && counted) {
		xt_name rest = p;
		rest.n -= pl;
		if (longest_prefix(&rest, LEX_NAME_SUPPORT_VERBS) != rest.n)
			p = rest;
	}
	if (p.n < 2)
		return 0;
	*nm = p;
	if (longest_prefix(&before, LEX_NAME_FUNDING_VERBS) == before.n)
		name_append_word(nm, U"资金");
	else
		name_append_name(nm, &before);
	return 1;
}

void name_comparison_order(xt_name *nm)
{
	/* [增速]比 BASE 高|低|高出|低于…: the verb at the end, the base of two
	 * characters at least between */
	static const struct {
		const char32_t *end, *ordered;
	} VERBS[] = {{U"高出", U"高出"}, {U"低出", U"低出"}, {U"高", U"高于"}, {U"低", U"低于"}};
	size_t bi = (size_t)-1;
	/* not the 比 of a word: 占比, 对比, 相比, 比重, 比例, 比率 */
	static const char BEFORE[] = "占对相类", AFTER[] = "重例率值";
	for (size_t i = 0; i + 1 < nm->n && bi == (size_t)-1; i++) {
		if (nm->cp[i] != 0x6BD4 /* 比 */)
			continue;
		if ((i > 0 && xt_lit_has(BEFORE, nm->cp[i - 1])) ||
		    xt_lit_has(AFTER, nm->cp[i + 1]))
			return;
		bi = i;
	}
	if (bi == (size_t)-1)
		return;
	for (size_t v = 0; v < sizeof VERBS / sizeof VERBS[0]; v++) {
		size_t l = xt_len32(VERBS[v].end);
		if (nm->n < bi + 1 + 2 + l || !word_at(nm, nm->n - l, VERBS[v].end))
			continue;
		size_t ol = xt_len32(VERBS[v].ordered);
		if (nm->n - l + ol > XT_NAME_MAX)
			return;
		xt_name out = *nm;
		out.n = bi;
		for (size_t k = 0; k < ol; k++)
			out.cp[out.n++] = (uint32_t)VERBS[v].ordered[k];
		for (size_t k = bi + 1; k < nm->n - l; k++)
			out.cp[out.n++] = nm->cp[k];
		*nm = out;
		return;
	}
}

void name_drop_allocation_verb(xt_name *nm)
{
	size_t l = longest_prefix(nm, LEX_NAME_ALLOCATION_VERBS);
	if (l && nm->n >= l + 2)
		cut(nm, 0, l);
}

void name_time_used(xt_name *nm, const xt_text *t, size_t from, size_t to)
{
	/* the gold names such a figure by the work and 用时 (建成西田体育公园用时,
	 * 签约到投产用时, 土地整备用时): the number is the time the work took, not
	 * the work */
	static const char32_t USED[] = U"用时";
	if (!xt_before_any32(t, to, from, LEX_NAME_TIME_USED_WORDS) || nm->n < 2 ||
	    nm->n + 2 > XT_NAME_MAX)
		return;
	if (word_at(nm, nm->n - 2, USED) || lit_at(nm, nm->n - 2, "时间") ||
	    lit_at(nm, nm->n - 2, "耗时"))
		return;
	name_append_word(nm, USED);
}

int name_duration_work(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after,
                       size_t end)
{
	/* the words before the number: only openers of a time used (仅用, 最快) */
	size_t a = from;
	int fastest = 0;
	while (a < to && is_edge_punct(t->cp[a]))
		a++;
	/* 我们仅用7天…, 同时仅用…: the words that open any clause come first */
	for (size_t l = 1; a < to && l; a += l)
		l = xt_at_any32(t, a, LEX_NAME_LEADING);
	int opened = 0;
	for (size_t l = 1; a < to && l;) {
		l = xt_at_any32(t, a, LEX_NAME_DURATION_OPENERS);
		if (l && xt_at_any32(t, a, LEX_NAME_DURATION_FASTEST) == l)
			fastest = 1;
		opened |= l > 0;
		a += l;
	}
	if (a != to)
		return 0;
	/* 5天时间, 3个月的时间, 10天内: the time itself, then the work */
	size_t p = after;
	p += xt_at_any32(t, p, LEX_NAME_DURATION_FILLERS);
	/* 仅用36小时就完成…, 3天便建成…: 就 ties the work to its time, it is
	 * no part of the work */
	if (p < end && (xt_at(t, p, "就") || xt_at(t, p, "便")))
		p++;
	/* 仅用5天时间，实现…: the work may be the next clause of the sentence
	 * when nothing but the time ends this one */
	if (p < t->n && (t->cp[p] == 0xFF0C || t->cp[p] == ',') && p > after && p >= end) {
		p++;
		end = t->n;
	}
	size_t q = p; /* the work's words: ideographs, and Latin letters and
	               * digits of a name (移动PCR方舱实验室) */
	while (q < end && q < t->n && q - p < 24 &&
	       (xt_is_han(t->cp[q]) || xt_is_ascii_alpha(t->cp[q]) || xt_is_digit(t->cp[q])))
		q++;
	if (q < p + 2 || (q < end && q < t->n && !xt_clause_delim_at(t, q)))
		return 0;
	/* without an opener the work must start with a verb of doing (7天开建…,
	 * 50天完成…): 240小时过境免签政策 is a label (gold rule 75), not a time */
	if (!opened && !xt_at_any32(t, p, LEX_LIST_ITEM_VERBS) &&
	    !xt_at_any32(t, p, LEX_NAME_DONE_VERBS) && !xt_at_any32(t, p, LEX_NAME_DURATION_VERBS))
		return 0;
	/* the work in the text's words: its verb is part of what took the time
	 * (完成土地整备用时, 形成初步流调报告用时), which name_clean would cut */
	if (q - p + 6 > XT_NAME_MAX)
		return 0;
	name_set(nm, t, p, q);
	/* 完成了一轮全员检测, 建成了方舱实验室: the 了 after the work's verb
	 * says it is done, which the time says already */
	for (size_t i = 2; i <= 4 && i + 2 < nm->n; i += 2)
		if (nm->cp[i] == 0x4E86 /* 了 */) {
			cut(nm, i, 1);
			break;
		}
	name_append_word(nm, U"用时");
	if (fastest)
		name_append_word(nm, U"（最快）");
	return 1;
}

void name_add_share_word(xt_name *nm)
{
	/* the last 占 with a subject of two characters before it and a whole of
	 * two after it: 占全市, 占GDP, 占一般公共预算支出 */
	size_t at = 0;
	for (size_t i = 2; i + 2 <= nm->n; i++)
		if (nm->cp[i] == 0x5360 /* 占 */ && !lit_at(nm, i, "占地面积") &&
		    !lit_at(nm, i, "占用")) /* 项目占地面积, 占用耕地: no share */
			at = i;
	if (!at || nm->n + 2 > XT_NAME_MAX || longest_suffix(nm, LEX_NAME_SHARE_ENDS))
		return;
	/* 占北京市场: a share of a market is its 份额 */
	static const char32_t SHARE[] = U"比重", MARKET_SHARE[] = U"份额", HEAVY[] = U"重";
	const char32_t *w = lit_at(nm, nm->n - 2, "市场") ? MARKET_SHARE : SHARE;
	/* 占一般公共预算支出比从59.58%上升到…: the share's 比 is said, short for
	 * 比重; it gets its 重, not a second 比 */
	if (nm->cp[nm->n - 1] == 0x6BD4 /* 比 */)
		w = HEAVY;
	name_append_word(nm, w);
}

void name_after_partner(xt_name *nm)
{
	/* 84家医院与京津[128家医院]深度合作, 深化与[11家银行]伙伴关系, 与福田区[9所学校]开展
	 * 结对共建: 与 and at most four characters of a place or kind before a count
	 * make the things counted the partners; the subject and the verb before 与
	 * are the other party's, no part of the partners' name (京津医院). Not 参与,
	 * 给与, 授与, 赋与 (verbs that end with 与). */
	for (size_t i = nm->n; i-- > 0;) {
		if (nm->cp[i] != 0x4E0E /* 与 */)
			continue;
		if (nm->n - (i + 1) > 4 || i == 0)
			return;
		uint32_t b = nm->cp[i - 1];
		if (b == 0x53C2 /* 参 */ || b == 0x7ED9 /* 给 */ || b == 0x6388 /* 授 */ ||
		    b == 0x8D4B /* 赋 */)
			return;
		for (size_t k = i + 1; k < nm->n; k++)
			if (!xt_is_han(nm->cp[k]))
				return;
		cut(nm, 0, i + 1);
		return;
	}
}

int name_size_of_what_follows(xt_name *nm, const xt_text *t, size_t after, size_t end)
{
	/* 设立规模20亿元的科技创新政府引导基金, 设立总规模500亿元的…母基金: the sum is the
	 * size of the fund named after its 的 (gold: 科技创新政府引导基金规模); the
	 * verb before the size word says what was done with the fund. Only a size
	 * word that ends the words before the sum (LEX_NAME_SIZE_WORDS). */
	size_t l = longest_suffix(nm, LEX_NAME_SIZE_WORDS);
	if (!l || !xt_at(t, after, "的"))
		return 0;
	xt_name what;
	if (!name_after_phrase(&what, t, after + 1, end) || what.n < 2 || what.n + l > XT_NAME_MAX)
		return 0;
	for (size_t k = nm->n - l; k < nm->n; k++)
		what.cp[what.n++] = nm->cp[k];
	*nm = what;
	return 1;
}

int name_fund_set_up(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after,
                     size_t end)
{
	xt_name verb, fund;
	int ignored;
	name_set(&verb, t, from, to);
	name_clean(&verb, &ignored);
	if (!verb.n || longest_prefix(&verb, LEX_NAME_FUND_SETUP_VERBS) != verb.n)
		return 0;
	size_t at = after + (xt_at(t, after, "的") ? 1 : 0);
	if (!name_after_phrase(&fund, t, at, end) || !longest_suffix(&fund, LEX_NAME_FUND_HEADS) ||
	    fund.n + 2 > XT_NAME_MAX)
		return 0;
	*nm = fund;
	name_append_word(nm, U"规模");
	return 1;
}

size_t name_org_places(const char *org, xt_name out[ORG_PLACES_MAX])
{
	static const char32_t *const BODIES[] = {U"人民政府", U"管理委员会", U"管委会", U"政府",
	                                         NULL};
	xt_name all = {.n = 0};
	size_t n = 0;
	if (!org)
		return 0;
	for (const char *p = org; *p && all.n < XT_NAME_MAX;)
		all.cp[all.n++] = xt_lit_next(&p);
	size_t body = longest_suffix(&all, BODIES);
	if (body < all.n)
		all.n -= body;
	for (size_t i = 0; i < all.n && n < ORG_PLACES_MAX; i++) {
		if (i > 0 && all.cp[i - 1] != 0x7701 /* 省 */ && all.cp[i - 1] != 0x5E02 /* 市 */ &&
		    all.cp[i - 1] != 0x5DDE /* 州 */)
			continue;
		if (all.n - i < 3)
			break;
		out[n].n = all.n - i;
		memcpy(out[n].cp, all.cp + i, out[n].n * sizeof out[n].cp[0]);
		n++;
	}
	return n;
}

int name_cut_org_place(xt_name *nm, const xt_name *places, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t l = places[k].n;
		if (nm->n >= l + 2 && memcmp(nm->cp, places[k].cp, l * sizeof nm->cp[0]) == 0) {
			cut(nm, 0, l);
			return 1;
		}
	}
	return 0;
}

void name_subject(const xt_name *nm, int keep_share, xt_name *out)
{
	*out = *nm;
	for (size_t i = 2; i + 1 < nm->n; i++) {
		uint32_t c = nm->cp[i], d = nm->cp[i + 1];
		int cut = 0;
		if (c == 0x5360 /* 占 */)
			cut = !keep_share && d != 0x5730 /* 地 (占地面积) */ &&
			      d != 0x6BD4 /* 比 (占比) */;
		else if (word_at_any(nm, i, LEX_NAME_COMPARISON_VERBS))
			cut = 1;
		else if (c == 0x8F83 /* 较 */ || c == 0x6BD4 /* 比 */)
			cut = xt_is_digit(d) || d == 0x4E0A /* 上年 */ || d == 0x53BB /* 去年 */;
		else if (c == 0x5E74 /* 年 */ && i + 2 < nm->n &&
		         (cn_numeral_char(nm->cp[i - 1]) || xt_is_digit(nm->cp[i - 1])) &&
		         (word_at(nm, i + 1, U"增长") || word_at(nm, i + 1, U"增加"))) {
			/* 五年增长, 3年增长: back to the start of the count */
			size_t k = i;
			while (k > 0 &&
			       (cn_numeral_char(nm->cp[k - 1]) || xt_is_digit(nm->cp[k - 1])))
				k--;
			if (k >= 2) {
				out->n = k;
				return;
			}
		}
		if (cut) {
			out->n = i;
			return;
		}
	}
}

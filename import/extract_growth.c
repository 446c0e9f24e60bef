/* Figure extraction: growth binding — which figure a rate of change is the
 * yoy of, or whether it is a figure of its own.
 *
 * The predicates and list readers that xc_try_number (extract_number.c)
 * applies, in the order the top comment of extract.c gives, to each rate it
 * reads: the verb of change before the rate (xc_growth_before) and what the
 * change is against (a base year, another base, a span of years: step 1);
 * rates listed after one verb and the subjects or figures they go to in
 * order (xc_bind_respectively, growth_list: step 2); what may stand between
 * a figure and its growth (comparison words, the figure's stock, a standing
 * or a ranking clause: step 3); a growth stated before its amount
 * (xc_amount_after_growth, xc_growth_before_rank: step 4); a target quoted
 * in parentheses after a rate (step 6); one rate after 均 for listed subjects
 * (step 7). They read ctx.t (mostly through clause tokens, clause_tokens.h)
 * and the candidates before the rate; only growth_list and
 * xc_bind_respectively write: they set the yoy of figures already pushed
 * or push the rates as figures of their own.
 *
 * A file of its own because binding is the one part of extraction that
 * relates two numbers: every rule here looks back from a rate to the
 * figures before it in the same sentence, and none says what a number by
 * itself is (extract_number.c, extract_filters.c). */
#include "extract_ctx.h"

#include "cn_numeral.h"
#include "decimal.h"
#include "lexicon.h"
#include "sb.h"

#include <stdlib.h>
#include <string.h>

/* The last figure before pos that a growth rate at pos may refer to: in the
 * same sentence (no 。；between). NULL when none. */
cand *xc_figure_before(ctx *x, size_t pos)
{
	if (x->n == 0)
		return NULL;
	cand *p = &x->c[x->n - 1];
	if (p->fig_end > pos || p->fig_end < bind_start(&x->t, pos))
		return NULL;
	return p;
}

/* What may lie between a figure and the growth rate that belongs to it
 * (182.9亿元，同比增长6.1%; 收入48000元，比上年分别增长5%): a comparison with
 * the year before or a stated year, how it is computed, 分别 / 均, 了 / 也, a
 * year, 年均 (which xc_span_before reads), and only ， , 、 （ as punctuation. */
/* The longest exclusion read before a change (剔除一次性政策因素后): code points. */
#define EXCLUSION_MAX 24
/* How far before an amount its verb of cutting is looked for: code points. */
#define CUT_AMOUNT_REACH 16
#define CT_BETWEEN_FIGURE_AND_GROWTH                                                               \
	(CT_BIT(CT_BASE_PREV) | CT_BIT(CT_BASIS) | CT_BIT(CT_BASE_YEAR) | CT_BIT(CT_COMPARE) |     \
	 CT_BIT(CT_YEAR) | CT_BIT(CT_EACH) | CT_BIT(CT_ALL) | CT_BIT(CT_FILLER) | CT_BIT(CT_SPAN))

/* 1 for a punctuation token a figure and its growth may have between them. */
static int binding_punct(const xt_text *t, const ct_token *k)
{
	uint32_t c = t->cp[k->start];
	if (k->kind == CT_PUNCT)
		return c == 0xFF0C || c == ',';
	if (k->kind == CT_SEP)
		return c == 0x3001 && k->end == k->start + 1;
	return k->kind == CT_OPEN;
}

/* The longest aside in parentheses passed over between a figure and its
 * growth, in code points, marks included. */
#define BINDING_ASIDE_MAX 24

/* 地区生产总值2380亿元（不含光明、龙华新区，下同），增长11%; 658亿元，同比（下同）
 * 增长5.8%; 4.49万元（按新口径），增长8.5%: a closed aside in parentheses
 * with words only says what the figure covers or that its base holds for
 * the rates after it; the growth after it is still the figure's. The index
 * of the token after the aside opening at toks[i], or i when toks[i] opens
 * none: a number or year inside (（其中工业100亿元）, （2020年）) makes the
 * aside a figure or a time of its own, and an aside left open or longer than
 * BINDING_ASIDE_MAX (a sentence in brackets) is no note. */
static size_t binding_aside_end(const ct_token *toks, size_t n, size_t i)
{
	if (toks[i].kind != CT_OPEN)
		return i;
	for (size_t j = i + 1; j < n && toks[j].end - toks[i].start <= BINDING_ASIDE_MAX; j++) {
		enum ct_kind k = toks[j].kind;
		if (k == CT_CLOSE)
			return j + 1;
		if (k == CT_NUMBER || k == CT_YEAR || k == CT_UNIT || k == CT_RANGE ||
		    k == CT_OPEN || k == CT_GROWTH_UP || k == CT_GROWTH_DOWN)
			return i;
	}
	return i;
}

/* The end of a clause at k (before b) that passes a milestone written in
 * words: an adverb or none (历史性, 首次), a verb of passing (突破, 迈上), a
 * magnitude with no digit (千亿, 百亿元) and its mark (大关, 台阶), then the
 * clause's end; else k. */
static size_t milestone_in_words_end(const xt_text *t, size_t k, size_t b)
{
	static const char32_t *const HOW[] = {U"历史性", U"双双", U"成功", NULL};
	size_t p = k + xt_at_any32(t, k, HOW);
	p += xt_at_any32(t, p, LEX_FIRST_TIME_WORDS);
	size_t v = xt_at_any32(t, p, LEX_LEVEL_PASSED_VERBS);
	if (!v)
		return k;
	p += v;
	size_t words = p;
	while (p < b && p - words < 6 && xt_is_han(t->cp[p]) &&
	       !xt_at_any32(t, p, LEX_MILESTONE_MARKS))
		p++;
	size_t mark = xt_at_any32(t, p, LEX_MILESTONE_MARKS);
	if (!mark || p == words)
		return k;
	p += mark;
	return p < b && (t->cp[p] == 0xFF0C || t->cp[p] == ',') ? p : k;
}

/* Only punctuation and comparison words (同比, 比上年, 按可比口径, 2022年)
 * in [a, b), and asides in parentheses (binding_aside_end): the growth
 * stated there belongs to the figure before a. */
int xc_only_comparison_words(const xt_text *t, size_t a, size_t b)
{
	if (a >= b)
		return 1;
	/* 社会消费品零售总额722亿元，剔除一次性政策因素后增长10.5%: what the change
	 * leaves out (剔除, 扣除: LEX_EXCLUSION_OPENERS, up to …后 or …因素, no
	 * number) is the basis it is computed on, as 按可比口径 is */
	size_t k = a;
	while (k < b && (t->cp[k] == 0xFF0C || t->cp[k] == ','))
		k++;
	if (xt_at_any32(t, k, LEX_EXCLUSION_OPENERS)) {
		for (size_t e = k; e < b && e - k < EXCLUSION_MAX; e++) {
			if (xt_is_digit(t->cp[e]) || (t->cls[e] & XT_CLAUSE))
				break;
			size_t l = xt_at(t, e, "因素后") ? 3
			           : xt_at(t, e, "因素") ? 2
			           : xt_at(t, e, "后")   ? 1
			                                 : 0;
			if (l)
				return e + l <= b && xc_only_comparison_words(t, e + l, b);
		}
	}
	/* 地区生产总值1080亿元，历史性突破千亿大关，增长14.0%: a milestone
	 * passed, written in words (no figure: gold decision 709), between the
	 * figure and its growth restates the figure */
	size_t m = milestone_in_words_end(t, k, b);
	if (m > k)
		return xc_only_comparison_words(t, m, b);
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, a, b, &toks);
	int ok = 1;
	for (size_t i = 0; i < n && ok;) {
		size_t after = binding_aside_end(toks, n, i);
		if (after > i) {
			i = after;
			continue;
		}
		ok = binding_punct(t, &toks[i]) ||
		     (CT_BETWEEN_FIGURE_AND_GROWTH & CT_BIT(toks[i].kind));
		i++;
	}
	free(toks);
	return ok;
}

int xc_increment(ctx *x, const cand *inc, cand **total)
{
	const xt_text *t = &x->t;
	size_t ns = inc->num_start, v;
	int down;
	*total = NULL;
	if (inc->m.is_ranking || inc->is_growth || inc->is_start || !inc->m.base_unit ||
	    !xc_growth_before(t, ns, clause_start(t, ns), &v, &down))
		return 0;
	/* 增加到2500元, 提高至, 增长为: a level reached, no increment */
	uint32_t b = ns > 0 ? t->cp[ns - 1] : 0;
	if (b == 0x5230 /* 到 */ || b == 0x81F3 /* 至 */ || b == 0x4E3A /* 为 */ ||
	    b == 0x8FBE /* 达 */)
		return 0;
	for (size_t k = x->n; k-- > 0;) {
		cand *c = &x->c[k];
		if (c == inc || c->num_start >= ns)
			continue;
		if (c->fig_end < bind_start(t, ns) || c->m.is_ranking || c->is_growth ||
		    c->m.yoy_pct || !c->m.base_unit ||
		    strcmp(c->m.base_unit, inc->m.base_unit) != 0 ||
		    !xc_only_comparison_words(t, c->fig_end, v))
			break;
		*total = c;
		break;
	}
	return 1;
}

/* 承接京津转移项目43项，项目数量同比增长26.47%: between a figure and a growth,
 * the stock of that figure (a word of its name, then 数量 / 总数 / 总额…:
 * LEX_STOCK_WORDS) and comparison words: the growth is the figure's. Not a
 * stock of another indicator (企业43家，营业收入同比增长: no stock word), nor
 * a word that is not in the figure's name (项目43项，企业数量增长). */
int xc_stock_of_figure_before(const xt_text *t, const cand *prev, size_t a, size_t b)
{
	while (a < b && (t->cp[a] == 0xFF0C || t->cp[a] == ',' || t->cp[a] == 0x3001))
		a++;
	for (size_t w = a; w < b && w - a <= 8; w++) {
		size_t l = xt_at_any32(t, w, LEX_STOCK_WORDS);
		if (!l)
			continue;
		/* the words before the stock word are part of the figure's name */
		size_t n = w - a;
		int in_name = n == 0;
		for (size_t i = 0; !in_name && n <= prev->name.n && i + n <= prev->name.n; i++)
			in_name = memcmp(prev->name.cp + i, t->cp + a, n * sizeof t->cp[0]) == 0;
		return in_name && xc_only_comparison_words(t, w + l, b);
	}
	return 0;
}

/* The longest note in parentheses passed over between a verb of change and
 * its rate, in code points, marks included. */
#define GROWTH_NOTE_MAX 12

/* 同比增长（下同）13%, 增长（按可比价格计算）8%: a note in parentheses right
 * before the rate says how it is computed or that it holds for the rates
 * after it; it stands between the verb and its number without changing
 * what the verb binds. Returns where the note opens, or ns when none: no
 * note holds a digit (增长(2)13%: a footnote mark is read elsewhere, and a
 * figure in parentheses is a figure). */
static size_t skip_growth_note(const xt_text *t, size_t ns, size_t floor)
{
	if (ns <= floor || (t->cp[ns - 1] != 0xFF09 /* ） */ && t->cp[ns - 1] != ')'))
		return ns;
	for (size_t k = ns - 1; k > floor && ns - k < GROWTH_NOTE_MAX; k--) {
		uint32_t c = t->cp[k - 1];
		if (xt_is_digit(c))
			return ns;
		if (c == 0xFF08 /* （ */ || c == '(')
			return k - 1;
	}
	return ns;
}

int xc_growth_before(const xt_text *t, size_t ns, size_t floor, size_t *verb_start, int *down)
{
	size_t k = skip_growth_note(t, ns, floor);
	size_t link = xt_before_any32(t, k, floor, LEX_GROWTH_LINK), l = link;
	size_t up = xt_before_any32(t, k - l, floor, LEX_GROWTH_UP);
	size_t dn = xt_before_any32(t, k - l, floor, LEX_GROWTH_DOWN);
	if (!up && !dn && l) {
		l = 0;
		up = xt_before_any32(t, k, floor, LEX_GROWTH_UP);
		dn = xt_before_any32(t, k, floor, LEX_GROWTH_DOWN);
	}
	/* 新设企业大幅增长，达到161.4%: a verb of change ending its clause,
	 * then a clause of only a link (达到, 达, 为) before the rate: the
	 * rate is the verb's, as with the link right after it */
	size_t wide = bind_start(t, floor);
	if (!up && !dn && link && k - link == floor && floor > wide + 2 &&
	    (t->cp[floor - 1] == 0xFF0C || t->cp[floor - 1] == ',')) {
		up = xt_before_any32(t, floor - 1, wide, LEX_GROWTH_UP);
		dn = xt_before_any32(t, floor - 1, wide, LEX_GROWTH_DOWN);
		if (up || dn)
			l = link + 1;
	}
	/* GDP增速一季度-9.9%: the part of the year a rate is of, between the
	 * verb and its number, is said of the rate (LEX_YEAR_PART_NOTES) */
	if (!up && !dn && !l) {
		size_t q = xt_before_any32(t, k, floor, LEX_YEAR_PART_NOTES);
		if (q) {
			up = xt_before_any32(t, k - q, floor, LEX_GROWTH_UP);
			dn = xt_before_any32(t, k - q, floor, LEX_GROWTH_DOWN);
			if (up || dn)
				l = q;
		}
	}
	/* 能耗、水耗…降幅均达4%以上, 增加值增速均超过30%, 增速分别达到41.6%和
	 * 89.3%: 均 or 分别 between the verb and its link (or its number) says
	 * that the rate holds for each subject before the verb; the verb still
	 * binds it. Only right after the verb: 人均, 平均 end no verb of change. */
	for (int with_link = 1; !up && !dn && with_link >= 0; with_link--) {
		size_t ll = with_link ? link : 0;
		size_t e = xt_before_any32(t, k - ll, floor, LEX_GROWTH_EACH_AFTER);
		if (!e || (with_link && !ll))
			continue;
		up = xt_before_any32(t, k - ll - e, floor, LEX_GROWTH_UP);
		dn = xt_before_any32(t, k - ll - e, floor, LEX_GROWTH_DOWN);
		if (up || dn)
			l = ll + e;
	}
	if (!up && !dn)
		return 0;
	*down = dn > up;
	*verb_start = k - l - (dn > up ? dn : up);
	/* 新登记社会组织42家，年增长率达45.6%: 年 opening the clause before a
	 * rate of growth (增长率, 增速, 增幅) makes it the annual rate, year over
	 * year, with nothing of a name between; not 全年增速 or 年均增速 (年 after
	 * a word, and 年均 is a span) */
	size_t v = *verb_start;
	if (v > floor && t->cp[v - 1] == 0x5E74 /* 年 */ &&
	    (v - 1 == floor || (t->cls[v - 2] & XT_CLAUSE)) &&
	    (xt_at(t, v, "增长率") || xt_at(t, v, "增速") || xt_at(t, v, "增幅")))
		*verb_start = v - 1;
	return 1;
}

/* 比2012年（下同）增长: where an aside in brackets of ideographs only opens
 * when it ends right before `verb` (skip_growth_note reads the brackets), or
 * verb when none does. */
static size_t words_aside_before(const xt_text *t, size_t verb, size_t floor)
{
	size_t open = skip_growth_note(t, verb, floor);
	if (open == verb || open + 2 >= verb)
		return verb;
	for (size_t k = open + 1; k + 1 < verb; k++)
		if (!xt_is_han(t->cp[k]))
			return verb;
	return open;
}

/* 比2012年（下同）增长11.7%: whether the words right before `verb` are an
 * aside that carries the base before it to what follows (LEX_CARRY_ASIDES:
 * 下同). */
int xc_base_carried_on(const xt_text *t, size_t verb, size_t floor)
{
	size_t open = words_aside_before(t, verb, floor);
	return open < verb && xt_in_any32(t, open + 1, verb - 1, LEX_CARRY_ASIDES);
}

/* 比2010年, 较2010年末, 与2010年相比 ending at `verb` (a verb of change):
 * the base year, and where the phrase starts in *start; 0 when none. */
int xc_base_year_before(const xt_text *t, size_t verb, size_t floor, size_t *start)
{
	/* 比2012年（下同）增长11.7%: an aside in brackets between the base and
	 * its verb, words only, says the base holds for the sentences after */
	verb = words_aside_before(t, verb, floor);
	/* a base year ends with 年, 末, 底 or 相比 / 相较: most verbs have none of
	 * them before, and need no tokens */
	uint32_t last = verb > floor ? t->cp[verb - 1] : 0;
	if (last != 0x5E74 /* 年 */ && last != 0x672B /* 末 */ && last != 0x5E95 /* 底 */ &&
	    last != 0x6BD4 /* 比 */ && last != 0x8F83 /* 较 */)
		return 0;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, floor, verb, &toks);
	int year = 0;
	if (n > 0 && toks[n - 1].kind == CT_BASE_YEAR) {
		year = toks[n - 1].year;
		*start = toks[n - 1].start;
	}
	free(toks);
	return year;
}

/* 比承诺时限压缩62%, 较全省平均水平高: a change against a base that is no
 * time (a promise, an average) ending at `verb`; where its 比 / 较 starts,
 * or (size_t)-1. Not 比上年, 较去年同期 (CT_BASE_PREV: year over year), a
 * base year (xc_base_year_before), the 比 of a word (同比, 环比, 占比, 对比, 相比;
 * 比重, 比例: LEX_BI_WORDS), nor a base with a number in it. */
size_t xc_other_comparison_before(const xt_text *t, size_t verb, size_t floor)
{
	for (size_t k = verb; k > floor && verb - k < 16; k--) {
		size_t at = k - 1;
		uint32_t c = t->cp[at];
		if (xt_is_digit(c))
			return (size_t)-1;
		if (c != 0x6BD4 /* 比 */ && c != 0x8F83 /* 较 */)
			continue;
		if (at + 1 >= verb || xc_only_comparison_words(t, at, verb))
			return (size_t)-1;
		if (at > floor && xt_at_any32(t, at - 1, LEX_BI_WORDS))
			return (size_t)-1;
		if (xt_at_any32(t, at, LEX_BI_WORDS))
			return (size_t)-1;
		return at;
	}
	return (size_t)-1;
}

/* 与2009年新区成立时相比，地区生产总值增长108.3%、固定资产投资增长212.7%: a
 * clause of its own that states a base (与, 同, 和 or 跟 … 相比, 相较, 比较)
 * holds for the changes after it up to the end of the binding stretch (。；),
 * as a base inside the change's own clause would. Returns 1 when a clause of
 * [bind_start(cs), cs) is one whose base is not the year before, its year
 * (the first four-digit year it names) in *year, 0 when it names none (与新区
 * 成立时相比, a base that is no year). 与上年相比 and 同去年同期相比 say year
 * over year: 0. A clause that only holds such words among others (与企业
 * 相比较多的…) is none: it must open with the preposition and end with the
 * comparison. Linear: the clauses read lie within MAX_SCAN of cs. */
int xc_leading_base(const xt_text *t, size_t cs, int *year)
{
	size_t floor = bind_start(t, cs);
	size_t e = cs;
	while (e > floor && cs - e < MAX_SCAN) {
		e--; /* the delimiter ending the clause before */
		size_t s = e;
		while (s > floor && cs - s < MAX_SCAN && !(t->cls[s - 1] & XT_CLAUSE))
			s--;
		while (s < e && (t->cp[s] == ' ' || t->cp[s] == 0x3000))
			s++;
		size_t cl = xt_before_any32(t, e, s, LEX_BASE_CLOSERS);
		if (cl && xt_at_any32(t, s, LEX_BASE_OPENERS)) {
			if (xt_in_any32(t, s, e, LEX_BASE_PREVIOUS_YEAR))
				return 0;
			*year = 0;
			for (size_t k = s; k + 5 <= e; k++) {
				size_t d = 0;
				while (d < 5 && xt_is_digit(xt_get(t, k + d)))
					d++;
				if (d == 4 && (k == s || !xt_is_digit(t->cp[k - 1])) &&
				    xt_get(t, k + 4) == 0x5E74 /* 年 */) {
					*year =
					    (int)((t->cp[k] - '0') * 1000 +
					          (t->cp[k + 1] - '0') * 100 +
					          (t->cp[k + 2] - '0') * 10 + (t->cp[k + 3] - '0'));
					break;
				}
			}
			return 1;
		}
		e = s;
	}
	return 0;
}

/* Whether a change against base year `by` is year over year: the base is
 * the year before the one the figure is about, the review's (比2022年 in a
 * review of 2023) or the plan's (比2023年 in the plan of 2024). The years are
 * the report's sides as the last pass reads them (classify_side_years: from
 * its parts first, from its kind only when no part names a year), so a
 * 管委会's 工作报告 built like a 政府工作报告 (2013年工作回顾 in a report of
 * 2014) gets the same bases whatever kind it is given as. A base the review
 * year itself is no change in the review, so taking both years can mistake
 * none; any older year (比2010年) is a base of its own. */
int xc_is_yoy_base(const ctx *x, int by)
{
	return by > 0 && ((x->review_year > 0 && by == x->review_year - 1) ||
	                  (x->plan_year > 0 && by == x->plan_year - 1));
}

/* 分别增长, 分别同比增长, 分别比上年增长: where 分别 starts when it stands before
 * the verb of change at `verb` with at most comparison words (同比, 比上年)
 * between; (size_t)-1 when it does not. 同比分别增长 has it right before. */
size_t xc_respectively_before(const xt_text *t, size_t verb, size_t floor)
{
	/* two comparison words at most between: 分别 lies within a few code
	 * points, or the verb has none (the common case, read without tokens) */
	size_t each = (size_t)-1;
	for (size_t k = verb > floor + 16 ? verb - 16 : floor; k + 1 < verb && each == (size_t)-1;
	     k++)
		if (t->cp[k] == 0x5206 /* 分 */ && t->cp[k + 1] == 0x522B /* 别 */)
			each = k;
	if (each == (size_t)-1)
		return (size_t)-1;
	/* only the tokens from 分别 on are read */
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, each, verb, &toks), at = (size_t)-1;
	for (size_t i = n, words = 0; i > 0 && words <= 2; i--, words++) {
		const ct_token *k = &toks[i - 1];
		if (k->kind == CT_EACH) {
			at = k->start;
			break;
		}
		if (!(CT_BIT(k->kind) &
		      (CT_BIT(CT_BASE_PREV) | CT_BIT(CT_BASIS) | CT_BIT(CT_COMPARE) |
		       CT_BIT(CT_FILLER) | CT_BIT(CT_ALL) | CT_BIT(CT_SPAN))))
			break;
	}
	free(toks);
	return at;
}

/* The words before 分别 in its clause name nothing (研发费用…户数与金额，分别增长
 * 21.43%和42.68%): the subjects are the clause before, when it holds no
 * figure. Where that clause starts, and its end in *end; (size_t)-1 when the
 * clause of 分别 names something itself or the one before holds a figure. */
static size_t subjects_in_clause_before(const ctx *x, size_t resp)
{
	const xt_text *t = &x->t;
	size_t cs = clause_start(t, resp);
	if (cs != resp || cs < 2 || (t->cls[cs - 1] & XT_SENTENCE) || t->cp[cs - 1] == 0x3001)
		return (size_t)-1;
	size_t pcs = clause_start(t, cs - 1);
	if (x->n > 0 && x->c[x->n - 1].fig_end > pcs)
		return (size_t)-1;
	return pcs;
}

/* Where the clause of the verb at `verb` starts when its subjects may be
 * listed with 、, which otherwise ends a clause. */
static size_t listed_clause_start(const xt_text *t, size_t verb)
{
	size_t cs = verb;
	while (cs > 0 && verb - cs < MAX_SCAN &&
	       !(xt_clause_delim_at(t, cs - 1) && t->cp[cs - 1] != 0x3001))
		cs--;
	return cs;
}

/* Tokens between listed subjects and their verb of change: 分别, 均, 年均,
 * 同比, 比2020年, 按可比价计算, 了. */
#define CT_SUBJECT_MODIFIERS                                                                       \
	(CT_BIT(CT_EACH) | CT_BIT(CT_ALL) | CT_BIT(CT_SPAN) | CT_BIT(CT_BASE_PREV) |               \
	 CT_BIT(CT_BASIS) | CT_BIT(CT_BASE_YEAR) | CT_BIT(CT_FILLER))

/* Where the subjects listed before the verb at `verb` end, in the clause
 * from cs: before the words that modify the change (分别, 年均, 同比,
 * 比2020年: CT_SUBJECT_MODIFIERS) and before another base (分别比“十三五”时期,
 * 比承诺时限), in any order. [*span, *span_end) (span may be NULL) receive a
 * span word among them (年均增长), *span (size_t)-1 when there is none. */
static size_t subjects_end(const xt_text *t, size_t cs, size_t verb, size_t *span, size_t *span_end)
{
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, cs, verb, &toks), i = n;
	if (span)
		*span = (size_t)-1;
	for (;;) {
		while (i > 0 && (CT_SUBJECT_MODIFIERS & CT_BIT(toks[i - 1].kind))) {
			if (span && toks[i - 1].kind == CT_SPAN) {
				*span = toks[i - 1].start;
				*span_end = toks[i - 1].end;
			}
			i--;
		}
		size_t other = xc_other_comparison_before(t, i < n ? toks[i].start : verb, cs);
		if (other == (size_t)-1)
			break;
		while (i > 0 && toks[i - 1].start >= other)
			i--;
	}
	size_t end = i < n ? toks[i].start : verb;
	free(toks);
	return end;
}

/* The qualifier written at pos (左右, 以上, 以下: XC_SUFFIX_*), or with
 * `ending` the one that ends there, after floor, in *q; QUAL_NONE when none.
 * Approximations first, then lower and upper bounds. */
static enum metric_qualifier suffix_qualifier(const xt_text *t, size_t pos, size_t floor,
                                              int ending, const char **q)
{
	static const struct {
		const char *const *words;
		enum metric_qualifier kind;
	} KINDS[] = {{XC_SUFFIX_APPROX, QUAL_APPROX},
	             {XC_SUFFIX_LOWER, QUAL_LOWER_BOUND},
	             {XC_SUFFIX_UPPER, QUAL_UPPER_BOUND}};
	for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
		if (xt_at_any(t, pos, KINDS[i].words, q) ||
		    (ending && xt_before_any(t, pos, floor, KINDS[i].words, q)))
			return KINDS[i].kind;
	return QUAL_NONE;
}

/* Growth rates listed after 分别 with no figures before them: one figure per
 * rate (value = yoy_pct = the rate), named by the n-th of the subjects joined
 * by 和/、/及/与 before the verb, or by all of them when the counts differ.
 * Takes ownership of nothing: rates are copied. */
static void growth_list(ctx *x, size_t verb, const size_t *starts, const size_t *ends,
                        char *const *rates, size_t n, int over_years, size_t figures)
{
	const xt_text *t = &x->t;
	size_t cs = listed_clause_start(t, verb), span = (size_t)-1, span_end = 0;
	size_t subj_end = subjects_end(t, cs, verb, &span, &span_end);
	size_t before = subjects_in_clause_before(x, subj_end);
	if (before != (size_t)-1) {
		subj_end = cs - 1;
		cs = before;
	}
	xt_name all;
	int ignored;
	name_set(&all, t, cs, subj_end);
	name_clean(&all, &ignored);
	/* 城镇、农村居民人均可支配收入分别增长4.4%、5.6%: one subject each,
	 * parallel modifiers sharing the head (name_split_list); 工业和服务业增加
	 * 值 is split plainly */
	xt_name parts[8];
	int split = n <= 8 && name_split_list(&all, n, parts) != 0;
	/* 新建道路4767公里，改造管网1.8万公里，较“十三五”时期分别增长4.8%、50%: no
	 * subjects, as many figures before as rates: each rate is its figure's
	 * change against the base, named so (道路较“十三五”时期增长). */
	int by_figures = all.n == 0 && figures != (size_t)-1;
	if (by_figures) {
		ct_token *bt = NULL;
		size_t nb = xc_tokens_of(t, subj_end, verb + 4, &bt);
		for (size_t i = 0; i < n && i < 8; i++) {
			parts[i] = x->c[figures + i].name;
			for (size_t j = 0; j < nb && bt[j].start <= verb; j++)
				if (bt[j].kind != CT_EACH && bt[j].kind != CT_ALL)
					name_append(&parts[i], t, bt[j].start, bt[j].end);
		}
		free(bt);
		split = n <= 8;
	}
	for (size_t i = 0; i < n; i++) {
		cand *c = xc_push(x);
		c->num_start = starts[i];
		c->fig_end = ends[i];
		c->is_growth = 1;
		c->m.value = xstrdup(rates[i]);
		c->m.unit = xstrdup("%");
		c->m.base_value = xstrdup(rates[i]);
		c->m.base_unit = xstrdup("%");
		c->m.yoy_pct = over_years ? NULL : xstrdup(rates[i]);
		c->name = split ? parts[i] : all;
		if (over_years && span != (size_t)-1 && !by_figures) {
			/* 城乡居民人均收入年均增长5.3%、7.7%: named with the span and
			 * the verb, as a single rate over years is */
			ct_token *vt = NULL;
			size_t nv = xc_tokens_of(t, verb, verb + 4, &vt);
			name_append(&c->name, t, span, span_end);
			if (nv > 0)
				name_append(&c->name, t, vt[0].start, vt[0].end);
			free(vt);
		}
		c->m.name = name_to_utf8(&c->name);
		xc_place(x, c, cs);
	}
	/* 分别增长6%、7%左右: the qualifier after the last rate is every rate's
	 * (xc_spread_list_qualifier does the same for figures) */
	const char *q = NULL;
	enum metric_qualifier qk = suffix_qualifier(t, ends[n - 1], 0, 0, &q);
	for (size_t i = 0; qk != QUAL_NONE && i < n; i++)
		xc_set_qualifier(&x->c[x->n - n + i].m, qk, q);
	/* 分别增长3.0%左右和8.5%: a qualifier right after a rate before the last
	 * is that rate's alone; the first rate's end may already hold it (read
	 * with its unit), the others' not */
	for (size_t i = 0; qk == QUAL_NONE && i + 1 < n; i++) {
		enum metric_qualifier own = suffix_qualifier(t, ends[i], starts[i], 1, &q);
		if (own != QUAL_NONE)
			xc_set_qualifier(&x->c[x->n - n + i].m, own, q);
	}
}

/* The rates listed after a rate ending at pos (增长5%[、7%和9%], 下降39.41%
 * [、23.38%]): each a separator (、和及与, and ， when commas is set: after
 * 分别 a list may run on with commas, without it ，80% starts another clause)
 * and a number with %, read from the clause tokens. Their starts and ends go to at[] / end[] (at
 * most max); returns how many. */
size_t xc_rates_listed_after(const xt_text *t, size_t pos, int commas, size_t *at, size_t *end,
                             size_t max)
{
	size_t found = 0;
	/* one item at a time, each at most a bound, a separator, a number and
	 * its % (16 code points are plenty): a list is read as far as it goes */
	while (found < max) {
		/* 分别增长3.0%左右和8.5%: the first rate's own bound or approximation
		 * may stand between it and the separator (when not read with it) */
		const char *q0 = NULL;
		if (found == 0 && suffix_qualifier(t, pos, 0, 0, &q0) != QUAL_NONE)
			pos += xt_lit_len(q0);
		/* a list goes on with a separator right after the rate, or not */
		uint32_t c0 = xt_get(t, pos);
		if (found == 0 && !(c0 == 0x3001 || c0 == 0x548C /* 和 */ ||
		                    c0 == 0x53CA /* 及 */ || c0 == 0x4E0E /* 与 */ ||
		                    c0 == 0x4EE5 /* 以及 */ || c0 == 0xFF0C || c0 == ','))
			break;
		ct_token *toks = NULL;
		size_t n = xc_tokens_of(t, pos, pos + 16, &toks), i = 0;
		/* 增长3.5%左右、6%左右: a bound after a rate of the list */
		const char *q = NULL;
		if (found > 0 && n > 0 && toks[0].kind == CT_WORD &&
		    suffix_qualifier(t, toks[0].start, 0, 0, &q) != QUAL_NONE &&
		    xt_lit_len(q) == toks[0].end - toks[0].start)
			i++;
		int item = 0;
		if (i + 2 < n) {
			const ct_token *sep = &toks[i], *num = &toks[i + 1], *unit = &toks[i + 2];
			uint32_t c = t->cp[sep->start];
			item = (sep->kind == CT_SEP ||
			        (commas && sep->kind == CT_PUNCT && (c == 0xFF0C || c == ','))) &&
			       num->kind == CT_NUMBER && unit->kind == CT_UNIT &&
			       unit->end == unit->start + 1 &&
			       (t->cp[unit->start] == '%' || t->cp[unit->start] == 0xFF05);
			if (item) {
				at[found] = num->start;
				end[found++] = unit->end;
				pos = unit->end;
			}
		}
		free(toks);
		if (!item)
			break;
	}
	return found;
}

/* 收入48000元和20000元，分别增长5%和7%: the rates listed after 分别 go, in
 * order, to as many figures before them in the sentence. `first` is the
 * first rate (already read, signed); returns where scanning resumes, or 0
 * when the list does not fit (too few figures before it). */
size_t xc_bind_respectively(ctx *x, size_t verb, size_t first_start, size_t after_first,
                            const char *first, int down, int over_years, int respectively)
{
	const xt_text *t = &x->t;
	char *rates[8];
	size_t starts[8], ends[8];
	size_t n_rates = 0, end = after_first;
	starts[n_rates] = first_start;
	ends[n_rates] = after_first;
	rates[n_rates++] = xstrdup(first);
	size_t more_at[7], more_end[7];
	size_t more = xc_rates_listed_after(t, after_first, respectively, more_at, more_end, 7);
	for (size_t i = 0; i < more; i++) {
		char *v = NULL;
		xc_read_number(x, more_at[i], &v);
		starts[n_rates] = more_at[i];
		ends[n_rates] = more_end[i];
		rates[n_rates++] = down ? decimal_negate(v) : xstrdup(v);
		free(v);
		end = more_end[i];
	}
	size_t result = 0;
	size_t floor = bind_start(t, verb);
	size_t k = x->n;
	size_t found = 0;
	while (k > 0 && found < n_rates) {
		cand *c = &x->c[k - 1];
		if (c->fig_end < floor || c->m.is_ranking || c->is_growth || c->m.yoy_pct)
			break;
		found++;
		k--;
	}
	/* 减免税费1.06亿元，研发费用…户数与金额，分别增长21.43%和42.68%: a clause of
	 * subjects between the figures before and the rates takes them (growth_list),
	 * however many figures stand further back. */
	size_t resp = xc_respectively_before(t, verb, floor);
	int own_subjects = n_rates >= 2 && found < n_rates && resp != (size_t)-1 &&
	                   subjects_in_clause_before(x, resp) != (size_t)-1;
	/* 机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％: fewer
	 * figures than rates before, and the rates' clause names its own
	 * subjects: the rates are of those subjects (growth_list). */
	if (!own_subjects && n_rates >= 2 && found > 0 && found < n_rates) {
		size_t lcs = listed_clause_start(t, verb);
		xt_name subj;
		int ignored;
		name_set(&subj, t, lcs, subjects_end(t, lcs, verb, NULL, NULL));
		name_clean(&subj, &ignored);
		own_subjects = x->c[x->n - 1].fig_end <= lcs && subj.n >= 2;
		/* 16家上市工业企业、前50强高新技术企业产值分别增长28.8%、18.1%: the
		 * figure before is the count of the first subject's group (gold
		 * decision 116), inside the clause; the words after it to the
		 * verb still list one subject per rate. */
		xt_name after, parts[8];
		size_t fe = x->c[x->n - 1].fig_end;
		if (!own_subjects && found == 1 && fe > lcs && n_rates <= 8) {
			name_set(&after, t, fe, subjects_end(t, lcs, verb, NULL, NULL));
			name_clean(&after, &ignored);
			own_subjects = name_split_list(&after, n_rates, parts) != 0;
		}
	}
	/* 更新渔船952艘、减船转产990艘，…，事故起数、死亡人数分别下降9.5%、7.1%;
	 * 增加值率21.2%，提高1.8个百分点，水耗、电耗分别下降9.8%、5.2%: as many
	 * figures before as rates, but the rates' own clause lists as many
	 * subjects before the verb: the rates are those subjects' (a clause
	 * that names its subjects speaks of them, not of figures clauses back).
	 * Not a clause that names none (收入48000元和20000元，分别增长5%和7%), nor
	 * one whose subjects do not split into one per rate (总产值、增加值分别增长
	 * 5%、7%、9%: the figures before take them). */
	if (!own_subjects && n_rates >= 2 && found == n_rates) {
		size_t lcs = listed_clause_start(t, verb);
		xt_name subj, parts[8];
		int ignored;
		name_set(&subj, t, lcs, subjects_end(t, lcs, verb, NULL, NULL));
		name_clean(&subj, &ignored);
		own_subjects = x->c[x->n - 1].fig_end <= lcs && n_rates <= 8 &&
		               name_split_list(&subj, n_rates, parts) != 0;
	}
	/* 16条省级重点产业链、18个省级特色专业镇营业收入预计分别增长15.6%、14%: as
	 * many figures as rates, but inside the rates' own clause, and a noun
	 * (the last group's, then the indicator) between the last figure and the
	 * verb: the figures count the groups whose indicator grows (gold decision
	 * 116), the rates are the groups' own. Not figures followed by the verb
	 * (接待游客2.73亿人次、收入4140亿元分别增长), nor figures in a clause
	 * before the rates' (…4140亿元，分别增长: the figures' yoy). */
	if (!own_subjects && n_rates >= 2 && found == n_rates) {
		size_t lcs = listed_clause_start(t, verb);
		size_t fe = x->c[x->n - 1].fig_end;
		xt_name after;
		int ignored;
		if (x->c[k].num_start >= lcs && fe < verb) {
			name_set(&after, t, fe, subjects_end(t, lcs, verb, NULL, NULL));
			name_clean(&after, &ignored);
			own_subjects = after.n >= 2 && !xt_in_any32(t, fe, verb, LEX_CT_SEPARATORS);
		}
	}
	if (own_subjects)
		found = 0;
	if (over_years && n_rates >= 2) {
		/* A、B年均分别增长5%、7%, 比2020年分别下降: rates over several
		 * years or against an older base are no year-over-year change of
		 * the figures before; they are figures of their own, named by the
		 * subjects listed (or by the figures, as many, when no subjects are). */
		growth_list(x, verb, starts, ends, rates, n_rates, over_years,
		            found == n_rates ? k : (size_t)-1);
		result = end;
	} else if (n_rates >= 2 && found == n_rates) {
		for (size_t i = 0; i < n_rates; i++) {
			x->c[k + i].m.yoy_pct = rates[i];
			rates[i] = NULL;
		}
		result = end;
	} else if (n_rates >= 2 && found == 0) {
		/* 工业增加值和固定资产投资同比分别增长5.2%和3.1%: the rates are
		 * figures of their own, named in order by the subjects listed. */
		growth_list(x, verb, starts, ends, rates, n_rates, over_years, (size_t)-1);
		result = end;
	}
	for (size_t i = 0; i < n_rates; i++)
		free(rates[i]);
	return result;
}

/* After a figure at fe: the target it states (增长2.5%左右的目标, 10%以上的
 *预期目标) — 的 and at most a few words, then 目标 closing the clause.
 * Returns the end of 目标, or 0. */
size_t xc_target_after(const xt_text *t, size_t fe)
{
	size_t k = fe;
	if (xt_at(t, k, "的"))
		k++;
	for (size_t end = k + 6; k < end && k < t->n && xt_is_han(t->cp[k]); k++) {
		if (xt_at(t, k, "目标")) {
			size_t e = k + 2;
			if (e >= t->n || xt_clause_delim_at(t, e) || xt_at(t, e, "要求") ||
			    xt_at(t, e, "任务"))
				return e;
			return 0;
		}
	}
	return 0;
}

/* Only punctuation and words that link a growth rate to the amount it
 * reached in [a, b): 增长12%，[达到]100亿元, 增长8%，[总量达]56亿元. */
int xc_only_link_words(const xt_text *t, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		uint32_t c = t->cp[i];
		if (c == 0xFF0C || c == ',' || c == 0x3001) {
			i++;
			continue;
		}
		size_t l = xt_at_any32(t, i, LEX_GROWTH_AMOUNT_LINKS);
		if (!l || i + l > b)
			return 0;
		i += l;
	}
	return 1;
}

/* The candidates x->c[n-3], x->c[n-2] before the figure at ns (the last
 * one, n-1) are a growth rate and a ranking of one sentence, with between
 * the growth and lead (the figure's words) only the ranking, punctuation,
 * link words and comparison clauses (高于全国、全省平均水平: LEX_LEVEL_COMPARE
 * up to the next ，). */
int xc_growth_before_rank(const ctx *x, size_t ns, size_t lead)
{
	const xt_text *t = &x->t;
	const cand *g = &x->c[x->n - 3], *rank = &x->c[x->n - 2];
	if (!g->is_growth || !g->m.yoy_pct || g->m.is_ranking || strcmp(g->m.unit, "%") != 0 ||
	    g->fig_end < bind_start(t, ns) || rank->num_start < g->fig_end)
		return 0;
	for (size_t i = g->fig_end; i < lead;) {
		uint32_t c = t->cp[i];
		if (c == 0xFF0C || c == ',' || c == 0x3001) {
			i++;
		} else if (i <= rank->num_start && rank->num_start - i <= 4) {
			i = rank->fig_end; /* the ranking with its scope (全省第二) */
		} else if (xt_at_any32(t, i, LEX_LEVEL_COMPARE)) {
			while (i < lead && t->cp[i] != 0xFF0C && t->cp[i] != ',')
				i++;
		} else if (xc_only_link_words(t, i, lead)) {
			return 1;
		} else {
			return 0;
		}
	}
	return 1;
}

/* Words of a span of years before a verb of change (yearly_avg in
 * xc_try_number): LEX_CT_SPANS (年均, 年平均, 累计, and 平均 — an average change
 * over years or over a set of items, 价格平均降幅54%), and a count of years
 * that is not a year (3年, 五年, 近五年来, 三年间; 2025年增长 is the growth of
 * that year). */
#define SPAN_WORDS LEX_CT_SPANS

/* Where the span words ending at verb start (a 分别 or 均 between them and
 * the verb skipped: 年均分别增长7%、6.8%), or verb when there are none;
 * *end receives where the span words end. */
size_t xc_span_before(const xt_text *t, size_t verb, size_t floor, size_t *end)
{
	size_t k = verb, l;
	*end = verb;
	if ((l = xt_before_any32(t, k, floor, SPAN_WORDS)))
		return k - l;
	if ((l = xt_before(t, k, floor, "分别")) || (l = xt_before(t, k, floor, "均")))
		k -= l;
	*end = k;
	if ((l = xt_before_any32(t, k, floor, SPAN_WORDS)))
		return k - l;
	size_t y = k;
	if (xt_before(t, y, floor, "来") || xt_before(t, y, floor, "间"))
		y--;
	if (!xt_before(t, y, floor, "年"))
		return verb;
	size_t d = y - 1;
	while (d > floor && y - 1 - d < 3 &&
	       (xt_is_digit(t->cp[d - 1]) || cn_numeral_char(t->cp[d - 1])))
		d--;
	/* one or two digits or numerals: a count of years, not a year */
	if (d == y - 1 || y - 1 - d > 2 || (d > floor && xt_is_digit(t->cp[d - 1])))
		return verb;
	if (d > floor && xt_before(t, d, floor, "近"))
		d--;
	return d;
}

/* 增长6.5%(年度目标6%以上): the number at lead follows, inside parentheses
 * opened right after a rate (…%), words naming a target (年度目标: a
 * CT_TARGET among them, nothing else but words) — the year's target quoted
 * after the result. *open receives where the parenthesis is. */
int xc_target_in_parentheses(const ctx *x, size_t cs, size_t lead, size_t *open)
{
	size_t open_at = cs;
	while (open_at < lead && x->t.cp[open_at] != 0xFF08 && x->t.cp[open_at] != '(')
		open_at++;
	if (open_at == lead)
		return 0;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(&x->t, cs, lead, &toks), i = n;
	int target = 0, ok = 0;
	while (i > 0 && (toks[i - 1].kind == CT_WORD || toks[i - 1].kind == CT_TARGET)) {
		target |= toks[i - 1].kind == CT_TARGET;
		i--;
	}
	if (target && i >= 2 && toks[i - 1].kind == CT_OPEN && toks[i - 2].kind == CT_UNIT &&
	    (x->t.cp[toks[i - 2].start] == '%' || x->t.cp[toks[i - 2].start] == 0xFF05)) {
		*open = toks[i - 1].start;
		ok = 1;
	}
	free(toks);
	return ok;
}

/* The clause [cs, lead) before a number ends with 均 and the words of its
 * verb (均为, 均达到, 同比均增长, 均增长了) and the subjects before it are listed
 * with 、 (A、B、C均为100%): where the list starts, else (size_t)-1. */
size_t xc_all_of_listed_subjects(const xt_text *t, size_t cs, size_t lead)
{
	if (cs < 2 || t->cp[cs - 1] != 0x3001)
		return (size_t)-1;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, cs, lead, &toks), i = n;
	int all = 0;
	while (i > 0 && !all &&
	       ((CT_SUBJECT_MODIFIERS | CT_BIT(CT_GROWTH_UP) | CT_BIT(CT_GROWTH_DOWN) |
	         CT_BIT(CT_LINK) | CT_BIT(CT_TO)) &
	        CT_BIT(toks[i - 1].kind))) {
		all = toks[i - 1].kind == CT_ALL;
		i--;
	}
	/* the subject of the clause itself, before 均 */
	int named = i > 0 && toks[0].kind == CT_WORD;
	free(toks);
	if (!all || !named)
		return (size_t)-1;
	size_t from = listed_clause_start(t, cs - 1);
	for (size_t k = from; k < cs; k++)
		if (xt_is_digit(t->cp[k]))
			return (size_t)-1;
	return from;
}

/* 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: between a figure and
 * its growth, a clause of its standing with no number (a ranking verb,
 * LEX_RANK_VERBS, opening it: 稳居全国前十强, 位居前列; a record it set; a
 * level it passed, 总量首超三千亿元), then comparison words only: the growth
 * is the figure's, as with nothing between. */
int xc_standing_between(const xt_text *t, size_t a, size_t b)
{
	while (a < b && (t->cp[a] == 0x3001 || t->cp[a] == 0xFF0C || t->cp[a] == ','))
		a++;
	if (a >= b)
		return 0;
	size_t k = a;
	while (k < b && t->cp[k] != 0x3001 && t->cp[k] != 0xFF0C && t->cp[k] != ',')
		k++;
	if (k >= b)
		return 0;
	/* 固定资产投资184亿元，创27年新高，增长46.1%: a record the figure set
	 * (创…新高, LEX_RECORD_OPENS … LEX_RECORD_ENDS) is a standing too; its
	 * count of years is no figure. The clause may restate the figure
	 * (总量创近年来新高) and say it is the first time (总量首超三千亿元). */
	size_t v = a + xt_at_any32(t, a, LEX_RESTATED_SUBJECTS);
	v += xt_at_any32(t, v, LEX_FIRST_TIME_WORDS);
	size_t o = xt_at_any32(t, v, LEX_RECORD_OPENS);
	if (o && k - v <= o + 8 && xt_before_any32(t, k, v + o, LEX_RECORD_ENDS))
		return xc_only_comparison_words(t, k, b);
	/* 首次突破千亿元大关: a level passed, written without digits (a level in
	 * digits is a figure of its own, 突破1000亿元大关) */
	int passed = xt_at_any32(t, v, LEX_LEVEL_PASSED_VERBS) && k - v <= 12;
	if (!passed && !xt_at_any32(t, a, LEX_RANK_VERBS))
		return 0;
	for (size_t q = a; q < k; q++)
		if (xt_is_digit(t->cp[q]) || !xt_is_han(t->cp[q]))
			return 0;
	return xc_only_comparison_words(t, k, b);
}

/* 全年增长9.3%，完成本地生产总值3842亿元; 预计高新技术产业增长41%，实现产值
 * 875亿元: a growth ending its clause, then a clause that opens with a verb
 * of reaching an amount (实现, 完成; 全年 or 预计 before it) and names the
 * amount's indicator: the growth is the amount's (gold rule 1), when the
 * growth's clause named no subject of its own (its name came from the clause
 * before, GDP增速逐季攀升), or when the amount's name is only a measure
 * (产值, 增加值: LEX_BARE_MEASURES) of the growth's subject, a sector or
 * place that is no indicator by itself (not one ending in 额, 量, 值…:
 * 一达通业绩增长110%，交易额达38亿美元 stays two figures, gold rule 70).
 * Not a clause opening with another verb (带动, 投入), nor one with no verb
 * (一般公共预算收入增长2%，全社会固定资产投资78亿元: two indicators).
 * *measure_only: the amount's name is a measure, to be completed by the
 * growth's subject. */
int xc_amount_after_growth(const xt_text *t, const cand *g, const cand *c, size_t cs, size_t lead,
                           int *measure_only)
{
	*measure_only = 0;
	for (size_t i = g->fig_end; i < cs; i++)
		if (t->cp[i] != 0xFF0C && t->cp[i] != ',')
			return 0;
	size_t k = cs;
	k += xt_at_any32(t, k, LEX_AMOUNT_TIME_WORDS);
	size_t v = xt_at_any32(t, k, LEX_AMOUNT_VERBS);
	if (!v || k + v >= lead || c->name.n == 0)
		return 0;
	if (g->no_subject)
		return 1;
	int measure = 0;
	for (size_t w = 0; LEX_BARE_MEASURES[w] && !measure; w++) {
		size_t l = xt_len32(LEX_BARE_MEASURES[w]);
		measure = c->name.n == l &&
		          memcmp(c->name.cp, LEX_BARE_MEASURES[w], l * sizeof c->name.cp[0]) == 0;
	}
	if (!measure || g->name.n == 0)
		return 0;
	uint32_t last = g->name.cp[g->name.n - 1];
	for (size_t w = 0; LEX_INDICATOR_ENDS[w]; w++)
		if (LEX_INDICATOR_ENDS[w][0] == last && !LEX_INDICATOR_ENDS[w][1])
			return 0;
	*measure_only = 1;
	return 1;
}

/* 一般公共预算收入增长4.6%，总量首次突破1900亿元: between a growth and an
 * amount, a clause that restates the growth's subject (总量:
 * LEX_RESTATED_SUBJECTS), perhaps says it is the first time, and passes a
 * level or reaches the amount (LEX_LEVEL_PASSED_VERBS, LEX_AMOUNT_VERBS)
 * right before the number: the amount is the growth's total (gold rule 1). */
int xc_restated_total_between(const xt_text *t, size_t a, size_t b)
{
	while (a < b && (t->cp[a] == 0xFF0C || t->cp[a] == ','))
		a++;
	size_t r = xt_at_any32(t, a, LEX_RESTATED_SUBJECTS);
	if (!r)
		return 0;
	a += r;
	a += xt_at_any32(t, a, LEX_FIRST_TIME_WORDS);
	/* the verb may be read already as the figure's bound (突破, 超过: b is
	 * where the figure's words start) */
	size_t v = xt_at_any32(t, a, LEX_LEVEL_PASSED_VERBS);
	if (!v)
		v = xt_at_any32(t, a, LEX_AMOUNT_VERBS);
	return a == b || (v && a + v == b);
}

/* 社会消费品零售总额924亿元，居全市第二，增长10.7%: a ranking clause of its
 * own between a figure and its growth (a ranking verb opening it, LEX_RANK_
 * VERBS, and only its scope before the ranking) is the figure's standing,
 * as a standing without a number is (xc_standing_between): the growth is the
 * figure's (gold rule 67), the ranking stays a figure. The figure before the
 * ranking `rank`, or NULL: none in the binding stretch, a rate, a growth, or
 * a figure that has its growth already (the comparable-basis growth after it,
 * （按可比口径增长15.5%）, is its own). */
cand *xc_figure_before_ranking(ctx *x, const cand *rank, size_t verb)
{
	const xt_text *t = &x->t;
	if (!rank || !rank->m.is_ranking || x->n < 2)
		return NULL;
	cand *f = &x->c[x->n - 2];
	if (f->fig_end < bind_start(t, verb) || f->m.is_ranking || f->is_growth || f->m.yoy_pct ||
	    !f->m.unit || strcmp(f->m.unit, "%") == 0)
		return NULL;
	size_t a = f->fig_end;
	if (a + 1 >= rank->num_start ||
	    (t->cp[a] != 0xFF0C && t->cp[a] != ',' && t->cp[a] != 0x3001 /* 、 */))
		return NULL;
	/* 地区生产总值4496.45亿元、全市第三，下降7.6%: after 、 the ranking needs
	 * no verb, its scope only (a few ideographs): 、 joins the standing to
	 * the figure as 居 does. After ， a verb is needed: 新增企业200家，全市
	 * 第一，增长12% may rank the growth. */
	/* 规上工业总产值突破450亿元，总量全市第二，增长48.6%: the subject said
	 * again (总量, LEX_RESTATED_SUBJECTS) makes the standing the figure's
	 * as a verb does, with only its scope after it */
	size_t restated = t->cp[a] == 0x3001 ? 0 : xt_at_any32(t, a + 1, LEX_RESTATED_SUBJECTS);
	if (restated             ? rank->num_start - (a + 1 + restated) > 6
	    : t->cp[a] == 0x3001 ? rank->num_start - (a + 1) > 6
	                         : !xt_at_any32(t, a + 1, LEX_RANK_VERBS))
		return NULL;
	for (size_t k = a + 1; k < rank->num_start; k++)
		if (!xt_is_han(t->cp[k]))
			return NULL;
	if (rank->fig_end >= verb ||
	    (t->cp[rank->fig_end] != 0xFF0C && t->cp[rank->fig_end] != ','))
		return NULL;
	return xc_only_comparison_words(t, rank->fig_end, verb) ? f : NULL;
}

/* 实现15%的高增长, 确定4.5%左右的增长目标: a rate in % before 的, at most
 * three ideographs that qualify (高, 刚性, 预期), and a noun of change ending
 * the clause or before 目标 is a growth rate, as 增长15% is (gold rule 2);
 * *down for a fall (10%的降幅). Not a noun that goes on into another word
 * (增长点, 增长极), nor a share of a growth (贡献了30%的增长来自…: the noun
 * does not end the clause). A span before (年均实现7%的增长) is the
 * caller's to rule out. */
/* The longest object between a cut verb and its rate, in code points
 * (压减[办理时间], 减[跑动次数]). */
#define CUT_OBJECT_MAX 8
/* The most objects listed after one cut verb (减时间83%、材料54%、跑动70%). */
#define CUT_LIST_MAX 8

/* 减时间83%、[材料]54%: when the object at i follows the rate of an object
 * before it (N%、), where that rate's number starts, the lead of the object
 * before; (size_t)-1 when i follows no such rate (floor: the clause's
 * start). */
static size_t rate_listed_before(const xt_text *t, size_t floor, size_t i)
{
	if (i < floor + 3 || t->cp[i - 1] != 0x3001 /* 、 */ || t->cp[i - 2] != '%')
		return (size_t)-1;
	size_t d = i - 2;
	while (d > floor && (xt_is_digit(t->cp[d - 1]) || t->cp[d - 1] == '.'))
		d--;
	return d == i - 2 ? (size_t)-1 : d;
}

int xc_cut_of_object_before(const xt_text *t, size_t floor, size_t lead)
{
	for (int item = 0; item < CUT_LIST_MAX; item++) {
		size_t m = xt_before_any32(t, lead, floor, LEX_REFORM_MEASURES);
		if (!m)
			return 0;
		size_t i = lead - m;
		for (;; i--) {
			if (xt_before_any32(t, i, floor, LEX_CUT_VERBS))
				return 1;
			if (i <= floor || lead - m - i >= CUT_OBJECT_MAX ||
			    !xt_is_han(t->cp[i - 1]))
				break;
		}
		/* 、申请材料52%: an object listed after the rate of one before it
		 * shares that one's verb */
		if ((lead = rate_listed_before(t, floor, i)) == (size_t)-1)
			return 0;
	}
	return 0;
}

/* The longest object of a cut verb before a rate (压缩[全区性会议]16.2%): an
 * object's own name, a modifier and a noun, and no longer, so that a
 * clause's other words (精简…后办理时限缩短…) are not read as one. */
#define CUT_SHORT_OBJECT_MAX 6 /* 压缩[一般工作经费]10% */

/* 压减“三公”经费438万元，降幅达11.9%: a figure that is the amount cut (a verb
 * of cutting, LEX_CUT_VERBS, in its clause before its number) does not fall
 * by the rate after it: the rate is the fall of what was cut from, a figure
 * of its own (gold rule 4). */
int xc_cut_amount(const xt_text *t, const cand *c)
{
	size_t cs = clause_start(t, c->num_start), ns = c->num_start;
	/* the verb stands near its object: a long clause costs no more */
	return xt_in_any32(t, ns > cs + CUT_AMOUNT_REACH ? ns - CUT_AMOUNT_REACH : cs, ns,
	                   LEX_CUT_VERBS);
}

int xc_cut_verb_before(const xt_text *t, size_t floor, size_t lead)
{
	static const char32_t *const CUTS[] = {U"精简", U"减少", U"削减", U"压减", U"压缩", NULL};
	for (int item = 0; item < CUT_LIST_MAX; item++) {
		size_t i = lead;
		while (i > floor && lead - i < CUT_SHORT_OBJECT_MAX && xt_is_han(t->cp[i - 1]) &&
		       !xt_before_any32(t, i, floor, CUTS))
			i--;
		size_t v = xt_before_any32(t, i, floor, CUTS);
		if (v && i < lead)
			return 1;
		/* 减少会议25.6%、[文件]26.6%: likewise */
		if ((lead = rate_listed_before(t, floor, i)) == (size_t)-1)
			return 0;
	}
	return 0;
}

int xc_growth_noun_after(const xt_text *t, size_t fe, size_t ce, int *down)
{
	/* 保持20%以上增长, 实现10%左右的增长: a bound or an approximation between
	 * the rate and its growth noun, with or without 的 */
	static const char32_t *const QUALIFIERS[] = {U"以上", U"以下", U"左右", NULL};
	size_t q = xt_at_any32(t, fe, QUALIFIERS);
	int qualified = q || xt_before_any32(t, fe, 0, QUALIFIERS);
	fe += q;
	if (!xt_at(t, fe, "的") && !qualified)
		return 0;
	size_t from = xt_at(t, fe, "的") ? fe + 1 : fe;
	for (size_t k = from; k < ce && k <= from + 3; k++) {
		size_t up = xt_at_any32(t, k, LEX_GROWTH_NOUNS_UP),
		       dn = up ? 0 : xt_at_any32(t, k, LEX_GROWTH_NOUNS_DOWN);
		size_t l = up ? up : dn;
		if (l && (k + l == ce || xt_at(t, k + l, "目标"))) {
			*down = dn > 0;
			return 1;
		}
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

/* Figure extraction: numbers — a run of ASCII digits and its unit into a
 * figure.
 *
 * xc_try_number is called by the main loop (extract_metrics) at the first
 * digit of each run. It reads the number (xc_read_number), its unit (units.c,
 * complete_bare_unit for a bare 万 / 亿), the qualifiers before and after it
 * (PREFIX_* and XC_SUFFIX_* below: 超过, 约, 以上, 左右), a range (5至10家:
 * range_upper, range_bounds) or a ratio of industries (try_industry_ratio);
 * drops what the filters (extract_filters.c) say is no figure; binds a rate
 * of change to the figure it belongs to (extract_growth.c); names the figure
 * (xc_make_name, extract.c; name_project_investment for a bare 总投资) and
 * records its place and cues (xc_place). It reads ctx.t and ctx.flag and
 * pushes or changes candidates; it returns where scanning resumes.
 *
 * A file of its own because this is the main pass: the others either run
 * before it (extract_regions.c) or after it over whole sentences
 * (extract_lists.c), or answer its questions (the filters, growth binding,
 * naming). */
#include "extract_ctx.h"

#include "decimal.h"
#include "lexicon.h"
#include "sb.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------- word lists */

/* Before the number. */
/* 迈上, 跨上, 跃上, 连上 (连上300亿、400亿两个大台阶), 跨过 (地区生产总值跨过3万亿元) before a
 * milestone (迈上1000亿斤新台阶): passed, like 突破. 不少于 and 不低于 are 至少 (gold rules 22, 45,
 * 48: 新开通公交线路不少于5条, 规模不低于10亿元); only right before the number, so
 * 不低于全国平均水平 (a comparison without a number) is not caught. */
static const char *const PREFIX_LOWER[] = {"超过",   "超",     "突破", "逾",   "至少",
                                           "不少于", "不低于", "迈上", "跨上", "跃上",
                                           "站上",   "跨越",   "跨过", "连上", NULL};
static const char *const PREFIX_APPROX[] = {"约", "大约", "近", "将近", "接近", NULL};
/* 低于 right before the number bounds it (PM2.5浓度低于28微克/立方米, gold
 * rule 57), unless it ends 不低于 (a lower bound, above). */
static const char *const PREFIX_UPPER[] = {"不到", "不足", "不超过", "低于", NULL};
/* After the unit. */
const char *const XC_SUFFIX_LOWER[] = {"以上", "及以上", NULL};
const char *const XC_SUFFIX_UPPER[] = {"以内", "以下", "及以下", NULL};
const char *const XC_SUFFIX_APPROX[] = {"左右", "上下", NULL};
/* A round number as a milestone passed (迈上3000亿元新台阶, 突破千亿大关): the
 * figure itself usually follows it (达到3086.4亿元), and the milestone is
 * not a measurement. */
/* Verbs that end the subject at the head of a sentence (地区生产总值[迈上]…). */
static const char *const SUBJECT_ENDING_VERBS[] = {"迈上", "突破", "跨越",   "跨过", "达到", "实现",
                                                   "完成", "保持", "稳定在", "超过", NULL};

/* Capacities in project names: 年产10万吨…项目. */
static const char32_t *const CAPACITY_WORDS[] = {
    U"年产", U"年产能", U"年处理", U"年加工", U"日产", U"年生产", U"年设计产能", U"年吞吐", NULL};
static const char32_t *const PROJECT_WORDS[] = {U"项目", U"生产线", U"工程", U"工厂", NULL};

/* A verb right after 以上/以内 makes it a bound of the figure, not a
 * threshold of a noun: 支出的75%以上用于民生. */
static const char32_t *const VERBS_AFTER_BOUND[] = {U"用于", U"来自", U"投向", U"投入",
                                                    U"集中", U"得到", U"实现", NULL};

/* A ranking verb followed shortly by 第 in [from, to). */
static int ranking_ahead(const ctx *x, size_t from, size_t to)
{
	const xt_text *t = &x->t;
	for (size_t k = from; k < to && k < t->n; k++) {
		/* 排名倒26名: a ranking from the bottom, 倒 right after its verb */
		if (t->cp[k] == 0x5012 /* 倒 */ && xt_is_digit(xt_get(t, k + 1)) &&
		    xt_before_any32(t, k, from, LEX_RANK_VERBS))
			return 1;
		if (!(x->flag[k] & F_DI))
			continue;
		size_t lo = k > from + 12 ? k - 12 : from;
		if (xt_in_any32(t, lo, k, LEX_RANK_VERBS))
			return 1;
	}
	return 0;
}

/* How far before a figure its 从 / 由 may stand, and after it the number
 * its level reached, in code points (由2015年底的 is 8). */
#define FROM_TO_REACH 10

/* 1 when [a, b) holds only a time: years (CT_YEAR tokens) and 的, 底, 末. */
static int only_time_between(const xt_text *t, const ct_token *toks, size_t n, size_t a, size_t b)
{
	size_t i = 0;
	while (i < n && toks[i].end <= a)
		i++;
	for (size_t p = a; p < b;) {
		while (i < n && toks[i].end <= p)
			i++;
		if (i < n && toks[i].kind == CT_YEAR && toks[i].start == p) {
			p = toks[i].end;
			continue;
		}
		uint32_t c = t->cp[p];
		if (c != 0x7684 /* 的 */ && c != 0x5E95 /* 底 */ && c != 0x672B /* 末 */)
			return 0;
		p++;
	}
	return 1;
}

/* The figure at [lead, fe) is where a change starts, read from the clause
 * tokens (clause_tokens.h) rather than from literals: a CT_FROM before it
 * with only a time between (从380元, 由2010年的162.4亿元, 从2015年底的45%), a
 * CT_TO right after it (提高至, 增加到) and then, within 8 code points after a
 * time or words (2015年的, 每月), a CT_NUMBER: 由2010年的162.4亿元增加到2015年的
 * 287.9亿元. Not 从 /
 * 由 before other words (由于, 从严: no CT_FROM), nor a level reached that is
 * no number (提高至全省平均水平). Most figures have no 从 / 由 within reach and
 * are answered without tokens. */
static int change_start(const xt_text *t, size_t lead, size_t fe, size_t floor)
{
	size_t a = lead > floor + FROM_TO_REACH ? lead - FROM_TO_REACH : floor;
	int any = 0;
	for (size_t k = a; k < lead && !any; k++)
		any = t->cp[k] == 0x4ECE /* 从 */ || t->cp[k] == 0x7531 /* 由 */;
	if (!any)
		return 0;
	size_t ce = clause_end(t, fe);
	size_t b = fe + 3 + FROM_TO_REACH < ce ? fe + 3 + FROM_TO_REACH : ce;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, a, b, &toks);
	int ok = 0;
	size_t from = (size_t)-1, to = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		if (toks[i].kind == CT_FROM && toks[i].end <= lead)
			from = i;
		if (toks[i].kind == CT_TO && toks[i].start == fe)
			to = i;
	}
	if (from == (size_t)-1 || to == (size_t)-1 ||
	    !only_time_between(t, toks, n, toks[from].end, lead))
		goto out;
	/* the level reached: a number within reach, after a time or words
	 * (增加到2015年的287.9亿元, 提高至每月1000元) */
	for (size_t i = to + 1; i < n && !ok; i++) {
		if (toks[i].start >= toks[to].end + 8)
			break;
		if (toks[i].kind == CT_NUMBER)
			ok = 1;
		else if (toks[i].kind != CT_YEAR && toks[i].kind != CT_WORD)
			break;
	}
out:
	free(toks);
	return ok;
}

/* -------------------------------------------------------------- numbers */

/* Reads digits with optional thousands commas and a decimal part at pos.
 * Returns the end; the value without commas goes to *value (caller frees). */
size_t xc_read_number(const ctx *x, size_t pos, char **value)
{
	const xt_text *t = &x->t;
	size_t end = xt_number_end(t, pos, t->n);
	sb b = SB_INIT;
	for (size_t i = pos; i < end; i++)
		if (t->cp[i] != ',')
			sb_putc(&b, (char)t->cp[i]);
	*value = sb_take(&b);
	return end;
}

/* Frees the strings of a candidate that will not reach the report. */
static void cand_drop(cand *c)
{
	rp_metric_free_strings(&c->m);
	memset(c, 0, sizeof *c);
}

/* Dashes between the bounds of a range: - － ~ ～ — ― – 至 到. */

/* The upper end of a range after the number [ns, ne): 3-5个, 6%-7%, 3至5家,
 * 3—5个. Returns where the unit of the range starts (after the upper number),
 * or 0 when no range follows; *upper_at receives where the upper number
 * starts. */
static size_t range_upper(const ctx *x, size_t ns, size_t ne, size_t *upper_at)
{
	const xt_text *t = &x->t;
	if (ns > 0 && (t->cp[ns - 1] == '-' || t->cp[ns - 1] == 0xFF0D))
		return 0;
	size_t p = ne;
	int pct = xt_at(t, p, "%") || xt_at(t, p, "％");
	if (pct)
		p++;
	if (!xt_is_range_dash(xt_get(t, p)) || !xt_is_digit(xt_get(t, p + 1)))
		return 0;
	*upper_at = p + 1;
	char *upper = NULL;
	size_t q = xc_read_number(x, p + 1, &upper);
	free(upper);
	if (pct && !(xt_at(t, q, "%") || xt_at(t, q, "％")))
		return 0;
	if (xt_get(t, q) == '-' || xt_is_ascii_alpha(xt_get(t, q)))
		return 0;
	return q;
}

/* Names of an investment that belong to a project. */
static const char *const INVESTMENT_WORDS[] = {"总投资", "计划总投资", "投资总额", NULL};

/* The project words ending with 项目 in [a, b), cleaned, into *out; 0 when
 * none. */
static int project_phrase(const xt_text *t, size_t a, size_t b, xt_name *out)
{
	size_t at = (size_t)-1;
	for (size_t k = a; k + 2 <= b; k++)
		if (xt_at(t, k, "项目"))
			at = k;
	if (at == (size_t)-1)
		return 0;
	int ignored;
	name_set(out, t, a, at + 2);
	name_clean(out, &ignored);
	return out->n > 2; /* more than 项目 itself */
}

/* 人均GDP达30.87万元，…，是全市平均水平的2.1倍: a multiple whose clause opens
 * with a copula (LEX_MULTIPLE_COPULAS) and says only what it is a multiple of
 * (…的) is of the subject of the nearest figure before it in its stretch (up
 * to 。；) that is no growth or ranking:
 * named 人均GDP为全市平均水平的倍数. Not a multiple with a subject of its own
 * (利润总额为“十三五”时期的2.2倍: the clause opens with the subject), nor a
 * growth (增长1.5倍), nor one with no figure before it in the stretch.
 * Returns 1 when it named c. */
#define MULTIPLE_SUBJECT_REACH 8
static int name_multiple_of(ctx *x, cand *c, size_t cs, size_t lead)
{
	const xt_text *t = &x->t;
	size_t a = cs;
	while (a < lead && (t->cp[a] == ' ' || t->cp[a] == 0x3000))
		a++;
	size_t cl = xt_at_any32(t, a, LEX_MULTIPLE_COPULAS);
	if (!cl || lead < a + cl + 2 || t->cp[lead - 1] != 0x7684 /* 的 */)
		return 0;
	size_t from = bind_start(t, cs);
	const cand *subject = NULL;
	/* the nearest few figures only: a stretch of many costs no more */
	for (size_t k = x->n - 1; k > 0 && x->n - k <= MULTIPLE_SUBJECT_REACH &&
	                          x->c[k - 1].num_start >= from && !subject;
	     k--) {
		const cand *p = &x->c[k - 1];
		cand *ignored;
		/* 比上年增加2.11万元: an increment is the figure's change, no subject */
		if (!p->is_growth && !p->m.is_ranking && p->name.n > 0 &&
		    !xc_increment(x, p, &ignored))
			subject = p;
	}
	if (!subject)
		return 0;
	c->name = subject->name;
	name_append_word(&c->name, U"为");
	name_append(&c->name, t, a + cl, lead - 1);
	name_append_word(&c->name, U"的倍数");
	return 1;
}

/* 推进国网信通大数据项目建设，总投资10亿元 / 总投资40亿元的富联科技…项目: a bare
 * 总投资 is the investment of the one project the sentence names — after
 * the figure (的 + …项目) or in the clause before it — and is named so
 * (国网信通大数据项目总投资). Without a project it stays 总投资. Called while
 * c is the last candidate. */
static void name_project_investment(ctx *x, cand *c, size_t cs, size_t fe, size_t ce)
{
	const xt_text *t = &x->t;
	int is_investment = 0;
	for (const char *const *w = INVESTMENT_WORDS; *w && !is_investment; w++)
		is_investment = name_is(&c->name, *w);
	if (!is_investment)
		return;
	xt_name project;
	int found = xt_at(t, fe, "的") && project_phrase(t, fe + 1, ce, &project);
	/* The clause before: only when it holds no figure, which would be a
	 * count of several projects (签约亿元以上项目47个，总投资318.5亿元: their
	 * total, named by the figure before as any clause without a subject). */
	if (!found && cs > 0 && cs > bind_start(t, cs - 1) + 1) {
		size_t prev_end = cs - 1, prev_start = clause_start(t, prev_end);
		const cand *last = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (!last || last->fig_end < prev_start)
			found = project_phrase(t, prev_start, prev_end, &project);
	}
	if (found)
		name_prepend_name(&c->name, &project);
}

/* The words after a range's name that finish its phrase, into tail (empty
 * when none). A bound's name ends in （下限）/（上限）, so the name is read
 * as a whole, up to that mark, and the phrase must not stop short: a
 * growth range keeps its verb (地区生产总值增长6.5-7% → 地区生产总值增长,
 * as a growth named by its rate noun keeps the noun: 年均增速), and a
 * counted object keeps the verb that ends its clause (推动2-3家企业挂牌
 * 上市 → 企业挂牌上市, 5-8个重点产业项目遴选 → 重点产业项目遴选): the
 * count is of objects that come about. Only words right after the object
 * as the name has it, up to the clause's end, with no list sign or number
 * among them (3-5家企业、2家机构 is a list, each named on its own). */
#define RANGE_TAIL_MAX 12 /* code points: 在境内外资本市场上市 */

static void range_name_tail(const ctx *x, const cand *c, size_t verb, int down, size_t fe,
                            size_t ce, xt_name *tail)
{
	const xt_text *t = &x->t;
	tail->n = 0;
	if (c->is_growth) {
		if (name_ends_with_any(&c->name, LEX_GROWTH_NOUNS))
			return;
		size_t vl =
		    verb < t->n ? xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP) : 0;
		name_append(tail, t, verb, verb + vl);
		return;
	}
	size_t n = c->name.n, p;
	if (n == 0 || fe + n >= ce)
		return;
	for (size_t i = 0; i < n; i++)
		if (t->cp[fe + i] != c->name.cp[i])
			return;
	p = fe + n;
	if (ce - p > RANGE_TAIL_MAX)
		return;
	for (size_t q = p; q < ce; q++)
		if (!xt_is_han(t->cp[q]) || xt_at_any32(t, q, LEX_CT_SEPARATORS))
			return;
	name_append(tail, t, p, ce);
}

/* The figure at index k, made of a range (打造5至10家数字工厂), becomes its
 * lower bound and a figure of the upper bound (at upper_at) follows it:
 * both carry the name, the unit, the place and the qualifiers around the
 * range, with （下限） / （上限） after the name. A growth range (增长6%-7%)
 * gives both bounds as growth; down: the range is of a decrease (its
 * values negative); exp10 scales the upper value to its base value; tail
 * (range_name_tail) goes between the name and the mark. */
static void range_bounds(ctx *x, size_t k, size_t upper_at, int exp10, int down,
                         const xt_name *tail)
{
	char *upper = NULL;
	xc_read_number(x, upper_at, &upper);
	if (down) {
		char *neg = decimal_negate(upper);
		free(upper);
		upper = neg;
	}
	cand *hi = xc_push(x);
	cand *lo = &x->c[k]; /* push may have moved the array */
	*hi = *lo;
	hi->num_start = upper_at;
	hi->cues.pos = upper_at;
	rp_metric *m = &hi->m;
	m->name = NULL;
	m->value = upper;
	m->base_value = decimal_scale(upper, exp10);
	m->unit = xstrdup(lo->m.unit);
	m->base_unit = xstrdup(lo->m.base_unit);
	m->qualifier_text = lo->m.qualifier_text ? xstrdup(lo->m.qualifier_text) : NULL;
	m->yoy_pct = lo->m.yoy_pct ? xstrdup(upper) : NULL;
	m->yoy_points = NULL;
	m->quote = xstrdup(lo->m.quote);
	static const char32_t LOWER[] = U"（下限）", UPPER[] = U"（上限）";
	for (int i = 0; i < 2; i++) {
		cand *c = i == 0 ? lo : hi;
		xt_name shown = c->name;
		name_append_name(&shown, tail);
		for (const char32_t *w = i == 0 ? LOWER : UPPER; *w && shown.n < XT_NAME_MAX; w++)
			shown.cp[shown.n++] = (uint32_t)*w;
		free(c->m.name);
		c->m.name = name_to_utf8(&shown);
	}
}

/* unit + "（" + alt + "）" into unit (UNIT_TEXT_MAX bytes) when it fits
 * (the caller checks; else unit is left as it is). */
static void unit_with_alternative(char *unit, const char *alt)
{
	static const char OPEN[] = "（", CLOSE[] = "）";
	size_t ul = strlen(unit), al = strlen(alt), ol = sizeof OPEN - 1, cl = sizeof CLOSE - 1;
	if (ul + ol + al + cl >= UNIT_TEXT_MAX)
		return;
	memcpy(unit + ul, OPEN, ol);
	memcpy(unit + ul + ol, alt, al);
	memcpy(unit + ul + ol + al, CLOSE, cl + 1);
}

/* The ordinal (1..3) of the industry the ideograph c names (一, 二, 三), or
 * 0. */
static int industry_ordinal(uint32_t c)
{
	return c == 0x4E00 ? 1 : c == 0x4E8C ? 2 : c == 0x4E09 ? 3 : 0;
}

/* The length of the sign joining two parts of a ratio at p: a colon (:, the
 * full-width ：, or the ratio sign ∶ U+2236 of typeset reports), with a space
 * on either side as a converted PDF leaves it (53.5 :46.5), and a digit
 * after it; 0 when none is there. */
static size_t ratio_sign_at(const xt_text *t, size_t p)
{
	size_t q = p;
	if (xt_get(t, q) == ' ')
		q++;
	uint32_t c = xt_get(t, q);
	if (c != ':' && c != 0xFF1A && c != 0x2236)
		return 0;
	q++;
	if (xt_get(t, q) == ' ')
		q++;
	return xt_is_digit(xt_get(t, q)) ? q - p : 0;
}

/* The parts of a ratio written from ns (numbers joined by ratio_sign_at, at
 * most 4) into at/end; returns how many (0 when fewer than 2). */
static size_t ratio_parts(const xt_text *t, size_t ns, size_t at[4], size_t end[4])
{
	size_t n = 0;
	for (size_t p = ns;;) {
		if (n == 4 || !xt_is_digit(xt_get(t, p)))
			return 0;
		at[n] = p;
		end[n] = xt_number_end(t, p, t->n);
		p = end[n++];
		size_t l = ratio_sign_at(t, p);
		if (!l)
			break;
		p += l;
	}
	return n >= 2 ? n : 0;
}

/* The year of the last base the words [from, pos) compare with (较2010年,
 * 比2010年, 与2010年相比: the clause tokenizer's CT_BASE_YEAR), or 0. */
static int base_year_before(const xt_text *t, size_t from, size_t pos)
{
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, from, pos, &toks);
	int year = 0;
	for (size_t i = n; i-- > 0 && !year;)
		if (toks[i].kind == CT_BASE_YEAR)
			year = toks[i].year;
	free(toks);
	return year;
}

/* Pushes the n parts of one ratio as figures named 第N产业比例 (+ note), the
 * quote [qa, end[n-1]). */
static void push_ratio(ctx *x, const size_t *at, const size_t *end, size_t n, const int *ord,
                       size_t place, size_t qa, int year)
{
	const xt_text *t = &x->t;
	for (size_t i = 0; i < n; i++) {
		cand *c = xc_push(x);
		c->num_start = at[i];
		c->fig_end = end[i];
		sb v = SB_INIT;
		for (size_t d = at[i]; d < end[i]; d++)
			if (t->cp[d] != ',')
				sb_putc(&v, (char)t->cp[d]);
		c->m.value = sb_take(&v);
		c->m.base_value = xstrdup(c->m.value);
		c->m.unit = xstrdup("%");
		c->m.base_unit = xstrdup("%");
		static const uint32_t ORD[] = {0x4E00, 0x4E8C, 0x4E09};
		const uint32_t name[] = {0x7B2C /* 第 */, ORD[ord[i] - 1], 0x4EA7 /* 产 */,
		                         0x4E1A /* 业 */, 0x6BD4 /* 比 */, 0x4F8B /* 例 */};
		memcpy(c->name.cp, name, sizeof name);
		c->name.n = sizeof name / sizeof name[0];
		if (year) { /* （2010年）: the from ratio is the base year's (gold rule 17) */
			char note[16];
			snprintf(note, sizeof note, "%d", year);
			c->name.cp[c->name.n++] = 0xFF08; /* （ */
			for (const char *d = note; *d; d++)
				c->name.cp[c->name.n++] = (uint32_t)*d;
			c->name.cp[c->name.n++] = 0x5E74; /* 年 */
			c->name.cp[c->name.n++] = 0xFF09; /* ） */
		}
		c->m.name = name_to_utf8(&c->name);
		xc_place(x, c, place);
		xc_set_quote(t, &c->m, at[i], qa, end[n - 1]); /* the whole ratio */
	}
}

/* 二、三产业比例为58.5:41.5, 三次产业结构为0.18：65.82：34, 三产比例为0.00：17.01：
 * 82.99: a ratio of the shares of the industries gives one figure per part,
 * unit %, named 第N产业比例 (gold rules 60, 93). The parts are read from the
 * words before 比例 / 结构: 三次产业 or 三产 alone (three parts), or industries
 * listed by their ordinals (二、三产, 一、二、三产业), as many as the numbers.
 * A change of the ratio, 三产结构由0.46:77.60:21.94优化为0.1:68.06:31.84 (gold
 * decision 304), gives the parts of both, the first named by the base year
 * the sentence compares with when it names one. Not a time (8:30), nor a
 * ratio of other parts. Returns where scanning resumes, or 0 when ns starts
 * no such ratio. */
static size_t try_industry_ratio(ctx *x, size_t ns)
{
	static const char32_t *const TO[] = {U"优化为", U"调整为", U"变为",   U"转变为", U"优化到",
	                                     U"调整到", U"演进为", U"升级为", NULL};
	const xt_text *t = &x->t;
	if (x->flag[ns] & (F_QUOTE | F_GLOSSARY))
		return 0;
	size_t cs = clause_start(t, ns);
	size_t fl = xt_before_any32(t, ns, cs, LEX_CHANGE_FROM);
	size_t k = fl ? ns - fl : ns - xt_before_any32(t, ns, cs, LEX_RATIO_LINKS);
	size_t w = xt_before_any32(t, k, cs, LEX_RATIO_WHOLES);
	if (!w || (!fl && (xt_find(t, cs, ns, "由") != (size_t)-1 ||
	                   xt_find(t, cs, ns, "从") != (size_t)-1)))
		return 0;
	size_t se = k - w; /* the end of the parts' words */
	size_t at[4], end[4], at2[4], end2[4];
	size_t n = ratio_parts(t, ns, at, end), n2 = 0, to_at = 0;
	if (!n)
		return 0;
	if (fl) { /* from…to: the second ratio, of as many parts, or nothing */
		size_t l = xt_at_any32(t, end[n - 1], TO);
		if (!l || (n2 = ratio_parts(t, end[n - 1] + l, at2, end2)) != n)
			return 0;
		to_at = end[n - 1];
	}
	int ord[4];
	size_t from;
	if (n == 3 && ((se >= cs + 4 && xt_at(t, se - 4, "三次产业")) ||
	               /* 三产比例: the three industries, not the third (no 、 list) */
	               (se >= cs + 2 && xt_at(t, se - 2, "三产") &&
	                (se == cs + 2 || t->cp[se - 3] != 0x3001)))) {
		for (size_t i = 0; i < 3; i++)
			ord[i] = (int)i + 1;
		from = xt_at(t, se - 2, "三产") && !(se >= cs + 4 && xt_at(t, se - 4, "三次产业"))
		           ? se - 2
		           : se - 4;
	} else {
		size_t q = se;
		if (q >= cs + 2 && xt_at(t, q - 2, "产业"))
			q -= 2;
		else if (q >= cs + 1 && xt_at(t, q - 1, "产"))
			q -= 1;
		else
			return 0;
		/* 、 ends a clause: the list is read back to the sentence's start */
		size_t floor = bind_start(t, ns), m = 0;
		int rev[4];
		while (q > floor && m < 4 && industry_ordinal(t->cp[q - 1])) {
			rev[m++] = industry_ordinal(t->cp[q - 1]);
			q--;
			if (q > floor + 1 && t->cp[q - 1] == 0x3001 /* 、 */ &&
			    industry_ordinal(t->cp[q - 2]))
				q--;
			else
				break;
		}
		if (m != n)
			return 0;
		for (size_t i = 0; i < m; i++)
			ord[i] = rev[m - 1 - i];
		from = q;
	}
	push_ratio(x, at, end, n, ord, from, from,
	           fl ? base_year_before(t, bind_start(t, ns), from) : 0);
	if (!fl)
		return end[n - 1];
	push_ratio(x, at2, end2, n2, ord, from, to_at, 0);
	return end2[n2 - 1];
}

/* 京津来保就医人次从疫情前的0.2万增至173.1万, 养老保险参保人数增长1.07万,
 * 本区生产总值突破2000亿大关: a magnitude without its unit (u, a bare 万 or
 * 亿) takes the unit of the indicator the sentence names before it (gold
 * rule 14): 人次 counts 人次, 人数 counts 人, an amount of money (生产总值,
 * 投资, 收入, 资金, 总额) is in 元; the nearest such word before the number
 * at ns, back to from, decides. Left bare when none is named. */
static void complete_bare_unit(const xt_text *t, size_t from, size_t ns, unit_match *u)
{
	static const struct {
		const char32_t *word;
		const char *unit;
		enum unit_kind kind;
	} BY[] = {{U"人次", "人次", UNIT_COUNT},
	          {U"人数", "人", UNIT_COUNT},
	          {U"生产总值", "元", UNIT_MONEY},
	          {U"GDP", "元", UNIT_MONEY},
	          {U"投资", "元", UNIT_MONEY},
	          {U"收入", "元", UNIT_MONEY},
	          {U"资金", "元", UNIT_MONEY},
	          {U"总额", "元", UNIT_MONEY},
	          {U"产值", "元", UNIT_MONEY},
	          {U"增加值", "元", UNIT_MONEY},
	          /* 经济总量连上300亿: the economy's size is the GDP's, in 元 */
	          {U"经济总量", "元", UNIT_MONEY},
	          /* 用户超1亿, 注册义工达到31万: people counted (gold rule 14,
	           * decision 123: 万人) */
	          {U"用户", "人", UNIT_COUNT},
	          {U"义工", "人", UNIT_COUNT},
	          {U"志愿者", "人", UNIT_COUNT},
	          /* 搬离人员2.8万, 常住人口达到56万, 受益群众12万: likewise (not 游客,
	           * counted in 人次 as often as in 人) */
	          {U"人员", "人", UNIT_COUNT},
	          {U"人口", "人", UNIT_COUNT},
	          {U"群众", "人", UNIT_COUNT},
	          {U"居民", "人", UNIT_COUNT},
	          /* 全区技能人才达43万, 会员超过2万 */
	          {U"人才", "人", UNIT_COUNT},
	          {U"会员", "人", UNIT_COUNT},
	          /* 财政安排4.9亿, 经费、预算、支出、税收: money */
	          {U"安排", "元", UNIT_MONEY},
	          {U"经费", "元", UNIT_MONEY},
	          {U"预算", "元", UNIT_MONEY},
	          {U"支出", "元", UNIT_MONEY},
	          {U"营收", "元", UNIT_MONEY},
	          {U"税收", "元", UNIT_MONEY},
	          {U"融资", "元", UNIT_MONEY},
	          {U"补贴", "元", UNIT_MONEY},
	          {U"金额", "元", UNIT_MONEY},
	          {U"销售额", "元", UNIT_MONEY}};
	for (size_t k = ns; k > from; k--)
		for (size_t i = 0; i < sizeof BY / sizeof BY[0]; i++) {
			size_t l = xt_len32(BY[i].word);
			if (k - from < l || !xt_at32(t, k - l, BY[i].word))
				continue;
			char unit[UNIT_TEXT_MAX];
			snprintf(unit, sizeof unit, "%s%s", u->unit, BY[i].unit);
			snprintf(u->unit, sizeof u->unit, "%s", unit);
			snprintf(u->base, sizeof u->base, "%s", BY[i].unit);
			u->kind = BY[i].kind;
			return;
		}
}

/* 斩获4金5银6铜, 在第十四届全运会上获7金5银: a medal of a tally (units.c)
 * is named by the event it was won at and the medal (第十四届全运会金牌,
 * gold decision 123), not by the verb of winning (LEX_NAME_GAIN_VERBS) or
 * the frame 在…上 around the event. Other names are left alone. */
static void name_medal(xt_name *nm, const char *base)
{
	static const char *const MEDALS[] = {"金", "银", "铜"};
	static const uint32_t MEDAL_CP[] = {0x91D1, 0x94F6, 0x94DC};
	int m = -1;
	for (int i = 0; i < 3; i++)
		if (strcmp(base, MEDALS[i]) == 0)
			m = i;
	if (m < 0)
		return;
	/* the later medals of a tally take the name of the one before: its
	 * medal goes */
	while (nm->n >= 2 && nm->cp[nm->n - 1] == 0x724C /* 牌 */ &&
	       (nm->cp[nm->n - 2] == MEDAL_CP[0] || nm->cp[nm->n - 2] == MEDAL_CP[1] ||
	        nm->cp[nm->n - 2] == MEDAL_CP[2]))
		nm->n -= 2;
	size_t verb = 0; /* the longest verb of winning ending the name */
	for (const char32_t *const *w = LEX_NAME_GAIN_VERBS; *w; w++) {
		size_t l = xt_len32(*w), k = 0;
		while (l <= nm->n && k < l && nm->cp[nm->n - l + k] == (uint32_t)(*w)[k])
			k++;
		if (l <= nm->n && k == l && l > verb)
			verb = l;
	}
	nm->n -= verb;
	/* 在…会上: the event alone */
	size_t open = (size_t)-1;
	for (size_t k = 0; k < nm->n; k++)
		if (nm->cp[k] == 0x5728 /* 在 */)
			open = k;
	if (open != (size_t)-1 && nm->n > open + 2 && nm->cp[nm->n - 1] == 0x4E0A /* 上 */) {
		memmove(nm->cp, nm->cp + open + 1, (nm->n - open - 2) * sizeof nm->cp[0]);
		nm->n -= open + 2;
	}
	if (nm->n + 2 <= XT_NAME_MAX) {
		nm->cp[nm->n++] = MEDAL_CP[m];
		nm->cp[nm->n++] = 0x724C; /* 牌 */
	}
}

/* 产业规模分别达1.28万亿、1.18万亿、8200亿元: bare magnitudes listed before
 * an amount with its unit take that amount's unit (gold rule 14), when
 * complete_bare_unit found no indicator to say it. Reads the list from fe,
 * the end of the bare magnitude, to its first written unit. */
static void complete_bare_from_list(const ctx *x, size_t fe, unit_match *u)
{
	const xt_text *t = &x->t;
	for (size_t k = fe; k < t->n && xt_get(t, k) == 0x3001 /* 、 */;) {
		if (!xt_is_digit(xt_get(t, k + 1)))
			return;
		char *v = NULL;
		size_t e = xc_read_number(x, k + 1, &v);
		free(v);
		unit_match m;
		if (!units_match(t, e, &m) || m.exp10 < 4)
			return;
		if (m.kind != UNIT_NUMBER) {
			size_t a = strlen(u->unit), b = strlen(m.base);
			if (!b || m.mid_qualifier || a + b >= UNIT_TEXT_MAX)
				return;
			memcpy(u->unit + a, m.base, b + 1);
			memcpy(u->base, m.base, b + 1);
			u->kind = m.kind;
			return;
		}
		k = e + m.len;
	}
}

/* 审批时限分别压缩65、45个工作日, 地均GDP和税收分别达51.1和21.5亿元/平方公里:
 * numbers listed with 、 or 和 share the unit written after the last one
 * (gold decisions 504, 791), which goes to the number at ne with no length
 * of its own (the figure ends at the number; the unit is read where it
 * stands, by the last number). Not years (2021、2022年), nor ordinals (第1、
 * 2名), nor a unit that is no measure of its own (a bare number, a date). */
#define LISTED_NUMBERS_MAX 8 /* numbers of one list read for its unit */

static int unit_of_listed_numbers(const ctx *x, size_t ns, size_t ne, unit_match *u)
{
	const xt_text *t = &x->t;
	if (ns > 0 && t->cp[ns - 1] == 0x7B2C /* 第 */)
		return 0;
	size_t p = ne;
	for (int items = 0; items < LISTED_NUMBERS_MAX; items++) {
		uint32_t sep = xt_get(t, p);
		if (sep != 0x3001 /* 、 */ && sep != 0x548C /* 和 */ && sep != 0x4E0E /* 与 */ &&
		    sep != 0x53CA /* 及 */)
			return 0;
		if (!xt_is_digit(xt_get(t, p + 1)))
			return 0;
		char *v = NULL;
		size_t q = xc_read_number(x, p + 1, &v);
		free(v);
		if (units_match(t, q, u)) {
			if (u->kind == UNIT_NUMBER || strcmp(u->base, "年") == 0 ||
			    strcmp(u->base, "月") == 0 || strcmp(u->base, "日") == 0)
				return 0;
			/* the list ends its clause (with a bound at most): before
			 * a noun it sorts or names things (1、3、5分钟快速接处警机制,
			 * 1、2亿元以上项目), which the last number's own filters
			 * would see and these numbers would not */
			size_t e = q + u->len;
			e += xt_at_any(t, e, XC_SUFFIX_LOWER, NULL) +
			     xt_at_any(t, e, XC_SUFFIX_UPPER, NULL) +
			     xt_at_any(t, e, XC_SUFFIX_APPROX, NULL);
			if (e < t->n && !xt_clause_delim_at(t, e))
				return 0;
			u->len = 0;
			return 1;
		}
		p = q;
	}
	return 0;
}

/* 研发投入强度达2.6以上: an R&D intensity (LEX_INTENSITY_WORDS) is a share
 * of GDP in %, also when the text leaves the % out (gold rule 14); only at
 * the clause end or before a bound, a reach verb or none between. */
static int intensity_value(const xt_text *t, size_t ns, size_t ne, unit_match *u)
{
	size_t k = ns, l;
	if ((l = xt_before_any32(t, k, 0, LEX_REACH_VERBS)) || (l = xt_before(t, k, 0, "为")))
		k -= l;
	if (!xt_before_any32(t, k, 0, LEX_INTENSITY_WORDS))
		return 0;
	size_t e =
	    ne + xt_at_any(t, ne, XC_SUFFIX_LOWER, NULL) + xt_at_any(t, ne, XC_SUFFIX_APPROX, NULL);
	if (!(e >= t->n || xt_clause_delim_at(t, e)))
		return 0;
	memset(u, 0, sizeof *u);
	snprintf(u->unit, sizeof u->unit, "%%");
	snprintf(u->base, sizeof u->base, "%%");
	u->kind = UNIT_PERCENT;
	return 1;
}

/* People, or what people do, at pos or after at most eight ideographs of a
 * modifier (区级名教师, 中高层次领军人才): what a count of people bounded
 * before it counts (LEX_COUNTED_PEOPLE, LEX_PEOPLE_DOING). */
static int people_counted_after(const xt_text *t, size_t pos)
{
	return xt_at_any32(t, pos, LEX_PEOPLE_DOING) ||
	       xt_word_in_han_run(t, pos, t->n, 8, LEX_COUNTED_PEOPLE);
}

/* The amount a share `prev` is of, when prev's clause opens with 占 right
 * after that amount (…118.7亿元，占财政总支出的85.4%) in the stretch of ns:
 * the candidate before prev, an amount with no growth of its own, else NULL. */
static cand *share_of_figure_before(ctx *x, cand *prev, size_t ns)
{
	const xt_text *t = &x->t;
	if (!prev || prev == x->c || prev->m.is_ranking || prev->is_growth || prev->m.yoy_pct ||
	    !prev->m.unit || strcmp(prev->m.unit, "%") != 0)
		return NULL;
	cand *a = prev - 1;
	size_t cl = clause_start(t, prev->num_start);
	if (a->fig_end < bind_start(t, ns) || a->is_growth || a->m.yoy_pct || a->m.is_ranking ||
	    !a->m.unit || strcmp(a->m.unit, "%") == 0 || !xt_at(t, cl, "占"))
		return NULL;
	for (size_t k = a->fig_end; k < cl; k++)
		if (t->cp[k] != 0xFF0C && t->cp[k] != ',')
			return NULL;
	return a;
}

/* 进入ESI前1%: 前 right before the number opens a tier; not 五年前 or 提前
 * (a time before, LEX_BEFORE_TIME_ENDS before 前). */
static int tier_before(const xt_text *t, size_t cs, size_t lead)
{
	if (!xt_before(t, lead, cs, "前"))
		return 0;
	return !(lead >= cs + 2 && xt_before_any32(t, lead - 1, cs, LEX_BEFORE_TIME_ENDS));
}

/* A head of one named work or zone (LEX_NAMED_WORK_HEADS) ends the words
 * that follow a length or an area at fe, within NAMED_WORK_MAX ideographs of
 * its clause (ce). */
#define NAMED_WORK_MAX 14
static int named_work_after(const xt_text *t, size_t fe, size_t ce)
{
	for (size_t k = fe; k < ce && k - fe < NAMED_WORK_MAX; k++) {
		if (xt_at_any32(t, k, LEX_NAMED_WORK_HEADS))
			return 1;
		if (!xt_is_han(t->cp[k]) && !xt_is_open_quote(t->cp[k]) &&
		    !xt_is_close_quote(t->cp[k]))
			return 0;
	}
	return 0;
}

/* The parts of a plan's layout (LEX_PLAN_LAYOUT_PARTS: 主要指标, 约束性指标,
 * 方面的重点任务) right after a count's unit at fe, a modifier of at most
 * four ideographs before them, in the clause (ce). */
/* How far back in its sentence a plan layout's verb is looked for (提出了28个
 * 主要指标，其中20个…、8个…): code points, so that a long one costs no more. */
#define LAYOUT_VERB_REACH 64
static int plan_part_after(const xt_text *t, size_t fe, size_t ce)
{
	return xt_word_in_han_run(t, fe, ce, 4, LEX_PLAN_LAYOUT_PARTS);
}

/* Handles the number at [ns, ne); returns where scanning resumes. */
size_t xc_try_number(ctx *x, size_t ns)
{
	const xt_text *t = &x->t;
	char *value = NULL, *signed_value = NULL;
	size_t ne = xc_read_number(x, ns, &value);
	size_t resume = ne;
	uint32_t before = ns > 0 ? t->cp[ns - 1] : 0;
	/* 3-5个, 6%-7%, 3至5家: a range gives two figures, its bounds, named
	 * （下限） and （上限） (range_bounds, at the end). */
	size_t upper_at = 0;
	size_t range_end = range_upper(x, ns, ne, &upper_at);
	if (range_end)
		ne = range_end;
	uint32_t after = xt_get(t, ne);
	if (ratio_sign_at(t, ne) && !range_end) {
		size_t r = try_industry_ratio(x, ns);
		if (r) {
			free(value);
			return r;
		}
	}
	/* 增长-3.2%: a minus sign right after a verb of change is the sign of
	 * the number, not a dash of a code or a range (3-5个, 2021-2023年 have
	 * a number before the dash). */
	/* GDP增速一季度-9.9%，上半年-6.2%: so is a minus sign after words (a
	 * period, the clause's start) before a percentage, which no range or
	 * code has. */
	uint32_t after_num = xt_get(t, ne);
	int signed_rate = ns >= 2 && (after_num == '%' || after_num == 0xFF05) &&
	                  (xt_is_han(t->cp[ns - 2]) || xt_clause_delim_at(t, ns - 2));
	if ((before == '-' || before == 0xFF0D) && ns >= 2 && !range_end &&
	    (signed_rate || xt_before_any32(t, ns - 1, clause_start(t, ns - 1), LEX_GROWTH_UP) ||
	     xt_before_any32(t, ns - 1, clause_start(t, ns - 1), LEX_GROWTH_DOWN))) {
		char *neg = decimal_negate(value);
		free(value);
		value = neg;
		ns--;
		before = ns > 0 ? t->cp[ns - 1] : 0;
	}

	/* Part of a name, code or formula: 5G, “6+3”, 1/3, 第13轮; a set of
	 * units (2×66万千瓦 is two machines of 66万千瓦: a capacity label). Not
	 * an abbreviation of an indicator written against its number (产出
	 * GDP19亿元, 接入AP4264个: xc_abbreviation_before). */
	if ((x->flag[ns] & (F_QUOTE | F_GLOSSARY)) ||
	    (xt_is_ascii_alpha(before) && !xc_abbreviation_before(t, ns)) ||
	    (xt_is_ascii_alpha(after) && !units_latin_at(t, ne)) || before == '+' || after == '+' ||
	    before == '/' || after == '/' || before == '.' || before == 0x7B2C /* 第 */ ||
	    before == '-' || after == '-' || before == 0xD7 /* × */ || after == 0xD7 ||
	    before == '*' || after == '*')
		goto out;

	size_t p = ne;
	const char *mid = NULL;
	if (xt_at(t, p, "余"))
		mid = "余";
	else if (xt_at(t, p, "多"))
		mid = "多";
	if (mid)
		p++;
	unit_match u;
	int index = 0; /* an index's value has no unit: none is completed */
	if (!units_match(t, p, &u) && (mid || !intensity_value(t, ns, p, &u)) &&
	    (mid || !(index = xc_index_value(t, ns, p, &u))) &&
	    (mid || !unit_of_listed_numbers(x, ns, p, &u)))
		goto out;
	if (u.mid_qualifier)
		mid = u.mid_qualifier;
	if (u.kind == UNIT_NUMBER && !index)
		complete_bare_unit(t, bind_start(t, ns), ns, &u);
	if (u.kind == UNIT_NUMBER && !index)
		complete_bare_from_list(x, p + u.len, &u);
	/* 13.5亿的…: a bare magnitude before 的 that no indicator completed
	 * names no amount */
	if (u.kind == UNIT_NUMBER && !index && u.exp10 > 0 && xt_at(t, p + u.len, "的"))
		goto out;
	size_t fe = p + u.len;
	/* 747套（间）: a unit with an alternative unit in parentheses is kept
	 * whole (gold rule 34), not cut before （间） */
	unit_match alt;
	if (xt_get(t, fe) == 0xFF08 && units_match(t, fe + 1, &alt) && alt.len == 1 &&
	    alt.exp10 == 0 && alt.kind == u.kind && xt_get(t, fe + 2) == 0xFF09 &&
	    strlen(u.unit) + strlen(alt.unit) + 6 < UNIT_TEXT_MAX &&
	    strlen(u.base) + strlen(alt.unit) + 6 < UNIT_TEXT_MAX) {
		unit_with_alternative(u.unit, alt.unit);
		unit_with_alternative(u.base, alt.unit);
		u.len += 3;
		fe += 3;
	}

	/* After the unit: a qualifier at the clause end, or a threshold
	 * (亿元以上项目, 万元以上的) or a class (千亿级) in front of a noun. */
	const char *suffix = NULL;
	enum metric_qualifier sq = QUAL_NONE;
	size_t sl;
	if ((sl = xt_at_any(t, fe, XC_SUFFIX_LOWER, &suffix)))
		sq = QUAL_LOWER_BOUND;
	else if ((sl = xt_at_any(t, fe, XC_SUFFIX_UPPER, &suffix)))
		sq = QUAL_UPPER_BOUND;
	else if ((sl = xt_at_any(t, fe, XC_SUFFIX_APPROX, &suffix)))
		sq = QUAL_APPROX;
	if (sq == QUAL_LOWER_BOUND || sq == QUAL_UPPER_BOUND) {
		/* 10%以上的目标 bounds a target; 亿元以上项目 classifies projects. */
		uint32_t next = xt_get(t, fe + sl);
		/* 建设100个以上政府投资类项目, 2条以上“共享生产线”: a measure word
		 * of things counts the noun after it, which a count cannot
		 * classify; 100人以上企业, 10万人次以上景区 size it (LEX_SIZE_COUNTS). */
		int counts_the_noun = u.kind == UNIT_COUNT && sq == QUAL_LOWER_BOUND &&
		                      !xt_at_any32(t, p, LEX_SIZE_COUNTS);
		/* 扶持2000人以上创业, 培养2名以上区级名教师: a count of people
		 * before people (within a few words) or before what they do counts
		 * them; 1000人以上企业 sizes firms */
		if (!counts_the_noun && u.kind == UNIT_COUNT && sq == QUAL_LOWER_BOUND &&
		    people_counted_after(t, fe + sl))
			counts_the_noun = 1;
		/* 完成80万平方米以上既有建筑节能改造, 释放10平方公里以上产业用地空间:
		 * a measure (no money, no count) right after a verb of work done is
		 * the amount done and the noun after it the work, when nothing
		 * after it in the clause is counted; 梳理1万平方米以上地块 and
		 * 5万平方米以上商业综合体3个 sort the things counted. */
		/* 95%以上的信访问题稳控化解在区一级, 80%以上的省科技攻坚项目由企业牵头,
		 * 覆盖50%以上社区, 推动90%以上行政审批事项网上办理, 保持20%以上增长:
		 * a share bounded before the things it is of (with 的 or without)
		 * is a figure (the share, as 60%的乡镇 is), no threshold: a rate
		 * sorts nothing (all six such shares of the tuning gold are
		 * figures) */
		if (u.kind == UNIT_PERCENT)
			counts_the_noun = 1;
		if (!counts_the_noun && sq == QUAL_LOWER_BOUND && u.kind != UNIT_MONEY &&
		    u.kind != UNIT_COUNT && !unit_is_rate(u.kind) && !xt_at(t, fe + sl, "的") &&
		    ns > 0 && xt_before_any32(t, ns, clause_start(t, ns), LEX_AMOUNT_DONE_VERBS) &&
		    !xc_count_in(t, fe + sl, clause_end(t, fe + sl)))
			counts_the_noun = 1;
		if ((xt_is_han(next) || xt_is_open_quote(next)) && !xc_target_after(t, fe + sl) &&
		    !xt_at_any32(t, fe + sl, VERBS_AFTER_BOUND) && !counts_the_noun)
			goto out; /* threshold */
	}
	/* 产值过50亿元的园区: 过 (passing, not 超过/通过/经过) a level before 的 and
	 * a noun classifies that noun (gold rule 10), like 亿元以上项目. */
	if (sl == 0 && xt_before(t, ns, 0, "过") &&
	    (ns < 2 || !xt_at_any32(t, ns - 2, LEX_NOT_PASSING)) && xt_at(t, fe, "的"))
		goto out;
	/* 设立24小时家庭医生热线电话, 公园24小时开放, 24小时不打烊站点: round-the-
	 * clock service is a mode, a label (gold rule 75), no duration measured;
	 * 用时24小时 is one (the verb before, nothing after). */
	if (u.kind == UNIT_DURATION && sl == 0 && strcmp(value, "24") == 0 &&
	    strcmp(u.unit, "小时") == 0 && xt_is_han(xt_get(t, fe)))
		goto out;
	/* 附件2：南山区2013年90件民生实事落实情况汇总表.doc: a line naming an
	 * attached file is a title (gold rule 65); the count it repeats is taken
	 * where the text states it. */
	if (xc_names_attached_file(t, fe))
		goto out;
	/* 重点做好以下10个方面的工作, 做好以下9项工作; 明确了8条执行要点。这8条要点:
	 * the count of the report's own parts (gold rule 44) and a count said
	 * again after 这 (gold rule 73) are no figures. */
	if (u.kind == UNIT_COUNT && ns > 0 &&
	    (xt_before(t, ns, 0, "以下") || xt_before(t, ns, 0, "如下") ||
	     (t->cp[ns - 1] == 0x8FD9 /* 这 */ && !xt_before(t, ns, 0, "在这"))))
		goto out;
	/* 8平方公里的光明中心区、11平方公里的华侨城光明小镇: the size of a named
	 * area, said only to describe it, is no figure (gold rule 72); land an
	 * action settles is (1.8平方公里的土地整备: no place). */
	if (u.kind == UNIT_AREA && sl == 0 && xc_size_of_named_place(t, fe))
		goto out;
	/* 500米公交站点覆盖率达94%, 公交站点500米服务半径全覆盖: a length that
	 * sets the radius a coverage is measured within is the standard of that
	 * indicator (gold rule 26: its threshold is no figure), not a length
	 * built. */
	if (u.kind == UNIT_LENGTH && sl == 0 && xc_radius_of_coverage(t, fe))
		goto out;
	/* 1小时通勤圈, 提出6项指标, 连续4次获评, 围绕18个重点行业领域, 确定4.5%左右
	 * 的增长目标: the report's own frame around a number (extract_filters.c). */
	if (xc_report_frame(t, &u, clause_start(t, ns), ns, fe, sl))
		goto out;
	/* 年产值超10亿元企业6家, 年销售收入超10亿元的龙头企业达100家: an amount
	 * passed (超, 超过, 逾, 过) right before the class of things it sorts
	 * and their count is the class's threshold (gold rule 10), no figure;
	 * the count is. */
	if (sl == 0 && u.kind != UNIT_COUNT && !unit_is_rate(u.kind) &&
	    xt_before_any(t, ns, 0, LEX_PASSED_BEFORE, NULL) &&
	    xc_counted_class_after(t, fe, clause_end(t, fe)))
		goto out;
	if (xt_at(t, fe, "级"))
		goto out;
	/* 首次突破400亿元大关，增长4.5%, 迈上6万亿元台阶，达到62661亿元: the
	 * milestone passed is a figure, a lower bound, also when the measured
	 * value follows in its sentence (gold decisions 55, 86, 242: three real
	 * reports); the milestone word is part of it (a growth after it binds
	 * to it). */
	fe += xt_at_any32(t, fe, LEX_MILESTONE_MARKS);
	/* 0—6岁儿童, 60岁老人: an age in front of the people it is of names a
	 * group, not a measurement (人均预期寿命82.58岁 is one, also before a
	 * verb: 从82.4岁提升至83.9岁). */
	if (strcmp(u.base, "岁") == 0 && sl == 0 && xt_at_any32(t, fe, LEX_AGE_GROUPS))
		goto out;
	/* 连续10个月增速保持在50%以上, 时隔21天: a streak or a gap says how long
	 * something held or waited (gold rule 8), it measures nothing; a
	 * duration after a verb of doing (用时45天, 缩短至3个工作日) does. */
	if (u.kind == UNIT_DURATION &&
	    xt_before_any32(t, ns, clause_start(t, ns), LEX_STREAK_WORDS))
		goto out;
	fe += sl;
	resume = fe;

	size_t cs = clause_start(t, ns);
	size_t ce = clause_end(t, fe);
	const char *pq = NULL;
	enum metric_qualifier pqk = QUAL_NONE;
	size_t pl;
	if ((pl = xt_before_any(t, ns, cs, PREFIX_UPPER, &pq)) &&
	    !(strcmp(pq, "低于") == 0 && ns >= cs + pl + 1 && xt_before(t, ns - pl, cs, "不")))
		pqk = QUAL_UPPER_BOUND;
	else if ((pl = xt_before_any(t, ns, cs, PREFIX_LOWER, &pq)))
		pqk = QUAL_LOWER_BOUND;
	else if ((pl = xt_before_any(t, ns, cs, PREFIX_APPROX, &pq)) &&
	         !(strcmp(pq, "约") == 0 && xt_before_any32(t, ns, cs, LEX_YUE_WORDS)))
		pqk = QUAL_APPROX;
	else {
		/* 签约8260户: that 约 ends the verb, which stays in the words */
		pl = 0;
		pq = NULL;
	}
	size_t lead = ns - pl; /* where the figure's words start */
	/* 每年至少培育10家: 至少 before the verb bounds the figure as much as
	 * right before its number (gold rule 6: approx) */
	if (pqk == QUAL_NONE && xt_find(t, cs, lead, "至少") != (size_t)-1) {
		pqk = QUAL_LOWER_BOUND;
		pq = "至少";
	}
	/* 上市企业增至105家，约占全市的37%; 增加值856亿元，超过全市40%: 约 before
	 * the share's verb, 超过 before its scope bound the share as they would
	 * right before its number (gold rule 6). Only 超过 with the number right
	 * after the scope: 远超全省8%重点率 compares with the province's rate. */
	/* 研发投入强度约为全国的2.3倍: so does 约 before the copula of a multiple */
	if (pqk == QUAL_NONE && u.kind == UNIT_TIMES &&
	    (xt_find(t, cs, lead, "约为") != (size_t)-1 ||
	     xt_find(t, cs, lead, "约是") != (size_t)-1)) {
		pqk = QUAL_APPROX;
		pq = "约";
	}
	if (pqk == QUAL_NONE && u.kind == UNIT_PERCENT) {
		size_t sc;
		if (xt_find(t, cs, lead, "约占") != (size_t)-1) {
			pqk = QUAL_APPROX;
			pq = "约";
		} else if (lead >= cs + 4 && (sc = xt_before_any32(t, lead, cs, XC_SCOPE_WORDS)) &&
		           lead - sc >= cs + 2 && xt_before(t, lead - sc, cs, "超过") &&
		           !xt_is_han(xt_get(t, fe))) {
			pqk = QUAL_LOWER_BOUND;
			pq = "超过";
		}
	}

	if (xc_standard_reached(x, &u, cs, ns, lead, fe) || xc_page_counter(t, ns, fe))
		goto out;

	/* 进入ESI全球前1%, 学科世界排名前1‰: a tier, no share of anything (gold
	 * decision 785); 3人制篮球场: a format, no count */
	if (((u.kind == UNIT_PERCENT || strcmp(u.unit, "‰") == 0) && tier_before(t, cs, lead)) ||
	    (strcmp(u.unit, "人") == 0 && xt_at(t, fe, "制")))
		goto out;
	/* 建成4.9公里龙岗河生态活力水廊, 深圳湾西段15公里天际线, 38平方公里先进制造产业
	 * 城: the size of one named work or zone (gold rule 21), its head
	 * (LEX_NAMED_WORK_HEADS) a few words after the unit; 建成30公里绿道 is an
	 * amount of work done and stays */
	if ((u.kind == UNIT_LENGTH || u.kind == UNIT_AREA) && named_work_after(t, fe, ce))
		goto out;
	/* 《纲要（草案）》提出了28个主要指标，其中20个预期性指标、8个约束性指标;
	 * 安排了18个领域的重点任务: how a plan is laid out (its verb before the
	 * count, LEX_PLAN_LAYOUT_VERBS; its parts after, LEX_PLAN_LAYOUT_PARTS) is
	 * no figure (gold decision 646); 5项预期性指标未能如期完成 counts results */
	if ((strcmp(u.unit, "个") == 0 || strcmp(u.unit, "项") == 0) &&
	    plan_part_after(t, fe, ce)) {
		size_t from = bind_start(t, ns);
		if (ns > from + LAYOUT_VERB_REACH)
			from = ns - LAYOUT_VERB_REACH;
		if (xt_in_any32(t, from, ns, LEX_PLAN_LAYOUT_VERBS))
			goto out;
	}
	/* 12类45件民生实事, 6类21项工作措施: kinds right before the count of the
	 * things group them; the count is the figure */
	if (strcmp(u.unit, "类") == 0 && xt_is_digit(xt_get(t, fe)))
		goto out;
	/* 年产10万吨…项目: a capacity that names a project. */
	if (xt_before_any32(t, lead, cs, CAPACITY_WORDS)) {
		if (xt_in_any32(t, fe, ce, PROJECT_WORDS))
			goto out;
	}
	/* 大唐700万吨露天矿, 蠡县10万千瓦风电项目: a capacity right before the
	 * facility it sizes, after the facility's owner or place, is part of
	 * that facility's name (gold rule 11), not a measurement; after a verb
	 * (完成2100万千瓦火电机组改造, 等402万千瓦机组建成) it is the amount done. */
	if ((u.kind == UNIT_ENERGY || u.kind == UNIT_WEIGHT) &&
	    (xc_facility_after(t, fe) || xc_facility_list_after(t, fe)) && xt_is_han(before) &&
	    !xc_capacity_is_done(before))
		goto out;
	/* 28万人民, 为1000万保定人民: the people of a place, a population in
	 * rhetoric (gold rule 9), not a count of people reached; the unit took
	 * the 人 of 人民. */
	if (strcmp(u.base, "人") == 0 && fe > 0 && t->cp[fe - 1] == 0x4EBA /* 人 */ &&
	    xt_get(t, fe) == 0x6C11 /* 民 */)
		goto out;
	/* 建成占地3100平米的口袋公园: the size of the one facility after 的 is part
	 * of what names it (gold rule 21), no figure of the report. */
	int settled_land = 0; /* 占地…的…土地整备: named by the land settled */
	if (u.kind == UNIT_AREA && xt_at(t, fe, "的") &&
	    xt_before_any32(t, lead, cs, LEX_SIZE_WORDS)) {
		if (!xc_land_settled_after(t, fe + 1))
			goto out;
		settled_land = 1;
	}
	/* 入围全国前20名最具影响力…品牌: the top N in front of the group it
	 * names is a label (like TOP30, gold rule 21); 降幅居全国前5位 at its
	 * clause's end is a ranking result and stays. */
	if (before == 0x524D /* 前 */ && (xt_at(t, ne, "名") || xt_at(t, ne, "位")) &&
	    xt_is_han(xt_get(t, ne + 1)))
		goto out;
	/* 动态调整27个领域759项事项, 15个方面300多项改革举措: the count of the
	 * fields a list of counted things is spread over is context (gold rule
	 * 19), the count after it is the figure. Only a group noun right after
	 * the measure word and a count right after it: 3个领域投资100亿元 and
	 * 4个方面的保障措施 keep their figure. */
	if (u.kind == UNIT_COUNT && sl == 0) {
		size_t g = xt_at_any32(t, fe, LEX_GROUP_NOUNS);
		/* 对4个乡镇18个村实施…: the places the places counted after are in
		 * (not 惠及80个乡镇300万群众: people reached in several units are
		 * each a figure, gold rule 30) */
		int places = 0;
		if (!g && (g = xt_at_any32(t, fe, LEX_PLACE_GROUPS)))
			places = 1;
		size_t k = fe + g;
		while (g && k < ce && k - fe - g < 2 && !xt_is_digit(t->cp[k]))
			k++; /* 约, 近, 超 */
		size_t d = k;
		while (g && d < ce && (xt_is_digit(t->cp[d]) || t->cp[d] == '.'))
			d++;
		if (g && d > k && (xt_at(t, d, "多") || xt_at(t, d, "余")))
			d++; /* 300多项 */
		unit_match next;
		if (g && d > k && units_match(t, d, &next) && next.kind == UNIT_COUNT &&
		    (!places || xt_at_any32(t, d + next.len, LEX_PLACE_PARTS)))
			goto out;
	}
	/* 三期21个安置区已交付10个, 23个项目除一个外，其余22个全部完工: a count
	 * heading its clause whose part follows in the sentence (已 / 其余 + a
	 * count of the same measure word) is the whole the part is of (gold
	 * rules 9, 30), not a figure; so is one after words that do nothing to
	 * it (区政府184项量化指标任务，已完成175项; 对区直属部门235项行政审批
	 * 事项，削减55项…其余172项; 工作组移交的52个问题已完成35个, gold rule
	 * 43), when the part (已…, 其余…) follows in the count's own clause or
	 * opens one. After a verb of doing (引进项目30个，已开工20个, 申报了63个
	 * 项目) or as a change's start (从3000余家增至24000家) the count is a
	 * figure. */
	int whole_of_part = u.kind == UNIT_COUNT && sl == 0 &&
	                    (lead - cs <= 2 || (!xt_in_any32(t, cs, lead, LEX_LIST_ITEM_VERBS) &&
	                                        xt_find(t, cs, lead, "从") == (size_t)-1 &&
	                                        xt_find(t, cs, lead, "了") == (size_t)-1 &&
	                                        xc_part_opens_clause(t, fe))) &&
	                    xt_is_han(xt_get(t, fe)) && xc_part_follows(x, fe, u.unit, value);
	/* 以环龙岐湾等4个片区为重点: the places a goal is framed by, named by
	 * examples (等) and 以…为重点 (gold rule 35), are context; not the tasks
	 * of 以办好10件民生实事为牵引. */
	if (u.kind == UNIT_COUNT && sl == 0 && xt_before(t, lead, cs, "等") &&
	    xt_find(t, cs, ns, "以") != (size_t)-1) {
		size_t k = fe;
		while (k < ce && k - fe < 8 && xt_is_han(t->cp[k]) && !xt_at(t, k, "为"))
			k++;
		if (k > fe && xt_at(t, k, "为") && xt_at_any32(t, k + 1, LEX_FRAME_WORDS))
			goto out;
	}
	/* 全国31个省区市, 全省11个设区市: the count of the places a scope holds
	 * is the context of a comparison, not a figure (gold rule 9). */
	if (xt_before_any32(t, lead, cs, XC_SCOPE_WORDS) && xt_at_any32(t, fe, LEX_PLACE_SETS))
		goto out;
	/* 在全省166家…开发区排名第六: the peer group of a ranking. */
	if (ranking_ahead(x, fe, ce)) {
		if (xt_before_any32(t, lead, cs, XC_SCOPE_WORDS))
			goto out;
		/* 优良天数4项指标稳居全市第一: the count of the indicators one
		 * ranking covers (gold rule 28) */
		if (u.kind == UNIT_COUNT && xt_at_any32(t, fe, LEX_RANKED_INDICATORS))
			goto out;
		size_t in = xt_find(t, cs, ns, "在");
		if (in != (size_t)-1)
			goto out; /* 在168个重点城市…排名, 在全省45家…中居第三 */
	}
	/* 在全省167个区县中找位次: 在 + a count + its noun + 中 is the group the
	 * sentence compares within, a ranking named or not (gold rule 9). */
	if (u.kind == UNIT_COUNT && xt_find(t, cs, ns, "在") != (size_t)-1) {
		size_t k = fe;
		while (k < ce && k - fe < 8 && xt_is_han(t->cp[k]) && !xt_at(t, k, "中"))
			k++;
		if (k > fe && xt_at(t, k, "中"))
			goto out;
	}

	size_t verb = 0;
	int down = 0;
	int growth = unit_is_rate(u.kind) && xc_growth_before(t, lead, cs, &verb, &down);
	/* 新设企业大幅增长，达到161.4%: the verb stands in the clause before, whose
	 * words name the rate */
	if (growth && verb < cs)
		cs = clause_start(t, verb);
	if (!growth && u.kind == UNIT_PERCENT && xc_growth_noun_after(t, fe, ce, &down) &&
	    !xt_in_any32(t, cs, lead, LEX_CT_SPANS)) {
		growth = 1; /* 实现15%的高增长: a growth rate as 增长15% is */
		verb = lead;
	}
	signed_value = down ? decimal_negate(value) : xstrdup(value);
	/* 平均压减办理时间58%: a cut with its object between verb and rate is no
	 * growth to bind, a fall of its own (xc_cut_of_object_before) */
	int object_cut = !growth && u.kind == UNIT_PERCENT &&
	                 xc_cut_of_object_before(t, bind_start(t, ns), lead);
	if (!growth && !object_cut && u.kind == UNIT_PERCENT &&
	    xc_cut_verb_before(t, bind_start(t, ns), lead)) {
		growth = 1; /* 精简文件55.7%: a fall of the object, as 文件减少55.7% */
		down = 1;
		verb = lead; /* named by the verb and its object, as 实现15%的高增长 */
		free(signed_value);
		signed_value = decimal_negate(value);
	}
	/* 年均增长7.5%, 累计下降14%, 3年增长58.6%: a change over a span of
	 * years is no year-over-year change; it is a figure of its own, named
	 * with the span (年均增长, 累计下降). */
	size_t span_at = verb, span_end = verb;
	if (growth && u.kind == UNIT_PERCENT)
		span_at = xc_span_before(t, verb, cs, &span_end);
	int yearly_avg = span_at < verb;
	/* 这五年，…进出口总值增长53.1%; “十四五”时期…增长456%: a change stated
	 * for a span of years (the sentence's or its paragraph's time, F_SPAN)
	 * is over the span, no year-over-year change: a figure of its own, as
	 * 年均 and 累计 make it. A year or a part of a year named in the
	 * sentence (2025年增长6%) overrides the paragraph's span. */
	int over_span = growth && (x->flag[ns] & F_SPAN) != 0;
	/* 全区刑事治安警情2020年下降17.8%、五年降幅达64.5%: a year right before
	 * the verb (no 比, 较 or 至 before it: no base, no end of a span) is the
	 * year the change is of, whatever span the paragraph is about */
	if (over_span && verb >= cs + 6 && xt_year_at(t, verb - 5) && xt_is_han(t->cp[verb - 6]) &&
	    !xt_before_any32(t, verb - 5, cs, LEX_YEAR_BEFORE_NOT_OWN))
		over_span = 0;
	/* 比2010年提高86%: a change against a base year other than the year
	 * before is no year-over-year change either. The model has no place
	 * for a base year, so the figure is one of its own and its name keeps
	 * the base (地区生产总值比2010年提高); 比上年 and 比2022年 in a 2023
	 * report stay year-over-year. */
	size_t base_at = 0;
	int other_base = 0, base_year = 0;
	int base_apart = 0; /* the base is a clause of its own before (xc_leading_base) */
	if (growth) {
		size_t bv = xc_respectively_before(t, verb, cs); /* 比2020年分别下降 */
		if (bv == (size_t)-1)
			bv = verb;
		int by = xc_base_year_before(t, bv, cs, &base_at);
		other_base = by > 0 && !xc_is_yoy_base(x, by);
		if (other_base)
			base_year = by;
		/* 比2012年（下同）增长11.7%；社会消费品零售总额52亿元，增长28.2%: the
		 * base holds for the changes after it in its paragraph that name
		 * no base of their own (not 同比, 比上年: LEX_CT_YOY_BASES) */
		for (; x->carried_base && x->carried_scan < ns; x->carried_scan++)
			if (t->cp[x->carried_scan] == '\n')
				x->carried_base = 0;
		if (other_base && xc_base_carried_on(t, bv, cs)) {
			x->carried_base = by;
			x->carried_scan = ns;
		} else if (!by && x->carried_base &&
		           !xt_in_any32(t, bind_start(t, cs), verb, LEX_CT_YOY_BASES) &&
		           xc_other_comparison_before(t, bv, cs) == (size_t)-1) {
			other_base = 1;
			base_year = x->carried_base;
			base_at = verb;
			base_apart = 1;
		} else if (by && !yearly_avg && base_at < span_at)
			span_at = base_at; /* 营业收入比2013年增长10%: named 营业收入 */
		size_t at = by ? (size_t)-1 : xc_other_comparison_before(t, bv, cs);
		if (at != (size_t)-1) {
			other_base = 1;
			base_at = at;
		} else if (!by && xc_leading_base(t, cs, &by) && !xc_is_yoy_base(x, by)) {
			/* 与2009年新区成立时相比，…增长108.3%: the base a clause
			 * before stated; named up to the verb, since the base is
			 * not in this clause */
			other_base = 1;
			base_year = by;
			base_at = verb;
			base_apart = 1;
		} else if (!by && u.kind == UNIT_PERCENT && xc_reform_measure_before(t, cs, verb)) {
			/* 平均办理时间减少62%: against the procedure before, shown
			 * with its verb (办理时间减少) like a change against a base */
			other_base = 1;
			base_at = verb;
		}
	}
	/* 增长6.5%(年度目标6%以上): the year's target quoted after a growth */
	size_t target_open = 0;
	int quoted_target = !growth && u.kind == UNIT_PERCENT && x->n > 0 &&
	                    xc_target_in_parentheses(x, cs, lead, &target_open);
	/* 上线率77.2%，增长6.58%: a growth after a rate (%, no growth itself) */
	int rate_growth = 0;

	/* 分别增长5%、7%, and rates listed after one verb without it
	 * (刑事发案率、治安受案率同比下降39.41%、23.38%): one rate per figure or
	 * subject, in order (gold rules 18, 29). */
	size_t list_at, list_end;
	int respectively = growth && xc_respectively_before(t, verb, cs) != (size_t)-1;
	if (growth && u.kind == UNIT_PERCENT &&
	    (respectively || xc_rates_listed_after(t, fe, 0, &list_at, &list_end, 1))) {
		size_t r =
		    xc_bind_respectively(x, verb, ns, fe, signed_value, down,
		                         yearly_avg || other_base || over_span, respectively);
		/* the rates listed against an older base carry it */
		for (size_t k = x->n; r && base_year && k > 0 && x->c[k - 1].num_start >= ns; k--)
			x->c[k - 1].m.base_year = base_year;
		if (r) {
			resume = r;
			goto out;
		}
	}

	cand *prev = xc_figure_before(x, growth ? verb : ns);
	size_t name_from = cs;
	if (prev && prev->fig_end > cs)
		name_from = prev->fig_end;
	/* 办结率、走访率、满意率均为100%: one figure named by all the subjects
	 * listed before 均 (gold rule 18), not by the last one alone. */
	size_t listed = xc_all_of_listed_subjects(t, cs, lead);
	if (listed != (size_t)-1 && name_from == cs && (!prev || prev->fig_end <= listed))
		name_from = listed;

	/* A growth in % of a rate in % (上线率77.2%，增长6.58%) is no
	 * year-over-year change of the rate, whose change is in points (占比2.5%，
	 * 提高0.8个百分点): a figure of its own (gold rules 5, 29). */
	/* 区财政对民生领域投入118.7亿元，占财政总支出的85.4%，增长10.4%: a share
	 * of the figure before it (a clause opening with 占) stands between that
	 * figure and a growth in %, as a standing does: the growth is the
	 * figure's, not the share's (which would change in 个百分点) */
	cand *shared = growth && u.kind == UNIT_PERCENT && !yearly_avg && !other_base && !over_span
	                   ? share_of_figure_before(x, prev, ns)
	                   : NULL;
	if (shared && xc_only_comparison_words(t, prev->fig_end, verb)) {
		shared->m.yoy_pct = signed_value;
		signed_value = NULL;
		goto out;
	}
	if (growth && u.kind == UNIT_PERCENT && prev && !prev->m.is_ranking && !prev->is_growth &&
	    !prev->m.yoy_pct && prev->m.unit && strcmp(prev->m.unit, "%") == 0 &&
	    xc_only_comparison_words(t, prev->fig_end, verb))
		rate_growth = 1;
	/* 从2010年3千余家迅速增长至1.5万家，增长400%; 股份分红从不到900元增加到2500
	 * 元，增长178%: the change of a from–to pair is a figure of its own, the
	 * change from its start (gold decisions 71, 482), not a growth of its end;
	 * year-over-year only when the start is of the year before (从2017年底的
	 * 377户…降至154户，下降近60% in a review of 2018), else against the
	 * start's year where it names one. */
	const cand *pair_start = NULL;
	if (growth && u.kind == UNIT_PERCENT && prev && !prev->is_start && x->n >= 2 &&
	    x->c[x->n - 2].is_start && x->c[x->n - 2].fig_end >= bind_start(t, ns) &&
	    xc_only_comparison_words(t, prev->fig_end, verb))
		pair_start = &x->c[x->n - 2];
	/* 人均GDP达30.87万元，比上年增加2.11万元，增长8.5%: the rate after an
	 * increment is the indicator's (gold decision 117), so the total's when
	 * the sentence states one before the increment. With no total (企业数量
	 * 净增373家，增长67%) the rate stays the increment's by rule 1, as the
	 * gold of both kinds has it. */
	cand *inc_total = NULL;
	if (growth && u.kind == UNIT_PERCENT && !yearly_avg && !other_base && !over_span && prev &&
	    xc_only_comparison_words(t, prev->fig_end, verb) && xc_increment(x, prev, &inc_total) &&
	    inc_total) {
		inc_total->m.yoy_pct = signed_value;
		signed_value = NULL;
		goto out;
	}
	int pair_base = pair_start ? pair_start->cues.year : 0;
	int pair_yoy = pair_start && xc_is_yoy_base(x, pair_base);
	cand *ranked = growth && u.kind == UNIT_PERCENT && !yearly_avg && !other_base && !over_span
	                   ? xc_figure_before_ranking(x, prev, verb)
	                   : NULL;
	if (ranked) {
		/* 924亿元，居全市第二，增长10.7%: the ranked figure's growth */
		ranked->m.yoy_pct = signed_value;
		signed_value = NULL;
		goto out;
	}
	if (growth && !yearly_avg && !other_base && !over_span && !rate_growth && !pair_start &&
	    u.kind == UNIT_PERCENT && prev && !prev->m.is_ranking && !prev->is_growth &&
	    !prev->m.yoy_pct && !(down && xc_cut_amount(t, prev)) &&
	    (xc_only_comparison_words(t, prev->fig_end, verb) ||
	     xc_stock_of_figure_before(t, prev, prev->fig_end, verb) ||
	     xc_standing_between(t, prev->fig_end, verb))) {
		/* 182.9亿元，同比增长6.1%: the growth of the figure before. */
		prev->m.yoy_pct = signed_value;
		signed_value = NULL;
		if (ce > prev->m.span_end)
			xc_set_quote(t, &prev->m, prev->num_start, prev->m.span_start, ce);
		goto out;
	}

	cand *c = xc_push(x);
	if (prev) /* push may have moved the array */
		prev = &x->c[x->n - 2];
	c->num_start = ns;
	c->fig_end = fe;
	c->m.base_year = base_year;
	c->is_start = change_start(t, lead, fe, cs);
	c->m.unit = xstrdup(u.unit);
	c->m.base_unit = xstrdup(u.base);
	if (growth && u.kind != UNIT_TIMES) {
		/* A change stated with 下降/减少 is negative: 下降2.3% → -2.3. */
		c->m.value = signed_value;
		signed_value = NULL;
		c->m.base_value = decimal_scale(c->m.value, 0);
	} else if (object_cut) {
		c->m.value = decimal_negate(value);
		c->m.base_value = decimal_scale(c->m.value, 0);
	} else {
		c->m.value = xstrdup(value);
		c->m.base_value = decimal_scale(value, u.exp10);
	}
	xc_set_qualifier(&c->m, pqk, pq);
	if (mid)
		xc_set_qualifier(&c->m, QUAL_LOWER_BOUND, mid);
	xc_set_qualifier(&c->m, sq, suffix);

	int bound_points = 0;
	if (growth && u.kind == UNIT_TIMES) {
		c->is_growth = 1; /* 增长1.5倍: a multiple, not a percentage */
	} else if (growth && u.kind == UNIT_PERCENT) {
		c->is_growth = 1;
		if (!yearly_avg && !other_base && !over_span && (!pair_start || pair_yoy))
			c->m.yoy_pct = xstrdup(c->m.value);
		if (pair_start && !pair_yoy && pair_base > 0 && !c->m.base_year)
			c->m.base_year = pair_base;
	} else if (growth && prev && !prev->m.is_ranking && prev->m.unit &&
	           strcmp(prev->m.unit, "%") == 0 && !prev->m.yoy_points &&
	           xc_only_comparison_words(t, prev->fig_end, verb)) {
		/* 占比2.5%，提高0.8个百分点: a figure of its own and the change of
		 * the share before it. */
		prev->m.yoy_points = xstrdup(c->m.value);
		c->name = prev->name;
		bound_points = 1;
	} else if (quoted_target && prev && prev->m.yoy_pct) {
		/* 地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上): the target
		 * of the growth before, a growth rate itself (value = yoy), named
		 * by the growth's subject and the words before it in the
		 * parentheses (地区生产总值（年度目标）), a target (gold rule 27). */
		static const char32_t OPEN[] = U"（", CLOSE[] = U"）";
		c->is_growth = 1;
		c->m.yoy_pct = xstrdup(c->m.value);
		c->name = prev->name;
		if (c->name.n < XT_NAME_MAX)
			c->name.cp[c->name.n++] = (uint32_t)OPEN[0];
		name_append(&c->name, t, target_open + 1, lead);
		if (c->name.n < XT_NAME_MAX)
			c->name.cp[c->name.n++] = (uint32_t)CLOSE[0];
		bound_points = 1;
	} else {
		quoted_target = 0;
	}
	/* 能耗、水耗再降，降幅均达4%以上: a rate noun (降幅, 增速) opening its
	 * clause with no subject before it names the figure itself, as it did
	 * before the verb bound the rate: the clause before is another verb's. */
	size_t words_end = other_base ? base_at : growth ? span_at : lead;
	if (growth && words_end == verb && !xc_word_between(t, name_from, verb))
		words_end = verb + xt_at_any32(t, verb, LEX_GROWTH_NOUNS);
	enum own_name own = OWN_NAME;
	int measure_only = 0;
	if (!bound_points)
		own = xc_make_name(x, c, name_from, words_end, fe, ce, &u);
	c->no_subject = own == OWN_NONE;
	if (settled_land) {
		/* 完成占地1.2平方公里的白石岭土地整备 → 白石岭土地整备 */
		int ignored;
		name_set(&c->name, t, fe + 1, ce);
		name_clean(&c->name, &ignored);
	}
	/* 优良天数281天、比2020年增加36天, 比2015年增加120亿元: an amount of change
	 * against a base year other than the year before is a change against
	 * that year (base_year, the database's against_year), no year-over-year
	 * change; a clause opening with its base is about the figure before it
	 * (of the same base unit), whose name it takes: 优良天数比2020年增加. */
	size_t cv;
	int cdown;
	if (!growth && !unit_is_rate(u.kind) && !bound_points &&
	    xc_growth_before(t, lead, cs, &cv, &cdown)) {
		size_t b_at = cv;
		int by = xc_base_year_before(t, cv, cs, &b_at);
		if (by > 0 && !xc_is_yoy_base(x, by)) {
			c->m.base_year = by;
			if (!xc_word_between(t, cs, b_at) && prev && !prev->m.is_ranking &&
			    prev->m.base_unit && strcmp(prev->m.base_unit, u.base) == 0 &&
			    prev->fig_end <= cs)
				name_prepend_name(&c->name, &prev->name);
		}
	}
	if (u.kind == UNIT_MONEY && own == OWN_NAME)
		name_project_investment(x, c, cs, fe, ce);
	if (u.kind == UNIT_TIMES && !growth && !bound_points && name_multiple_of(x, c, cs, lead))
		own = OWN_NAME;
	if (!bound_points)
		name_medal(&c->name, u.base);
	/* 连上300亿、400亿两个大台阶: the last milestone of the list is named
	 * as the one before it, not by the count of milestones after it */
	if (prev && prev->fig_end >= bind_start(t, ns) && !prev->m.is_ranking &&
	    units_milestones_counted_at(t, fe) && prev->m.base_unit &&
	    strcmp(prev->m.base_unit, u.base) == 0)
		c->name = prev->name;
	if (rate_growth && own == OWN_NONE) {
		/* named by the rate and the verb: 上线率增长 */
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		name_append(&c->name, t, verb, verb + vl);
	}
	size_t from = name_from == cs ? cs : name_from;
	if (!growth && !unit_is_rate(u.kind) && own == OWN_TOTAL && prev && prev->m.is_ranking &&
	    x->n >= 3 && xc_growth_before_rank(x, ns, lead)) {
		/* 地区生产总值增长6.0%、全省第二，高于全国平均水平，总量达到4773.3
		 * 亿元: the growth, its ranking and a comparison with the average
		 * come first; the stock after them is the same indicator's, and
		 * takes the growth as its yoy (gold rule 1). The ranking stays a
		 * figure of its own, before the merged one. */
		cand *g = &x->c[x->n - 3];
		c->m.yoy_pct = g->m.yoy_pct;
		g->m.yoy_pct = NULL;
		name_prepend_name(&c->name, &g->name);
		cand_drop(g);
		memmove(g, g + 1, 2 * sizeof *g);
		x->n--;
		c = &x->c[x->n - 1];
		prev = &x->c[x->n - 2];
	} else if (!growth && !unit_is_rate(u.kind) && (own == OWN_NONE || own == OWN_TOTAL) &&
	           prev && prev->is_growth && prev->m.yoy_pct && !prev->m.is_ranking &&
	           strcmp(prev->m.unit, "%") == 0 &&
	           (xc_only_link_words(t, prev->fig_end, lead) ||
	            (own == OWN_TOTAL && xc_restated_total_between(t, prev->fig_end, lead)))) {
		/* 财政收入同比增长8.1%，达到56亿元: the growth stated first belongs
		 * to the amount that follows; the two make one figure (so with 总量
		 * restating the subject: …增长4.6%，总量首次突破1900亿元). */
		c->m.yoy_pct = prev->m.yoy_pct;
		prev->m.yoy_pct = NULL;
		from = prev->m.span_start;
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	} else if (!growth && !unit_is_rate(u.kind) && own == OWN_NAME && prev && prev->is_growth &&
	           prev->m.yoy_pct && !prev->m.is_ranking && strcmp(prev->m.unit, "%") == 0 &&
	           xc_amount_after_growth(t, prev, c, cs, lead, &measure_only)) {
		/* 全年增长9.3%，完成本地生产总值3842亿元: one figure, as above; a
		 * measure alone (实现产值875亿元) is of the growth's subject */
		c->m.yoy_pct = prev->m.yoy_pct;
		prev->m.yoy_pct = NULL;
		if (measure_only)
			name_prepend_name(&c->name, &prev->name);
		from = prev->m.span_start;
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	} else if (!growth && u.kind == UNIT_PERCENT && prev && prev->num_start >= cs &&
	           !prev->is_growth && !prev->m.yoy_pct && !prev->m.is_ranking &&
	           xc_is_count(t, prev) && c->name.n > 0 &&
	           (c->name.cp[c->name.n - 1] == 0x7387 /* 率 */ ||
	            xc_only_noun_between(t, prev->fig_end, lead))) {
		/* 49个国省考断面水质达标率100%, 59条河流98.8%达到Ⅲ类: a count with a
		 * rate or a share of it in the same clause is its denominator (gold
		 * rules 9, 19), no figure of its own; the rate keeps its name
		 * (国省考断面水质达标率). */
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	}
	if (c->name.n == 0) {
		/* 过去一年，地区生产总值迈上新台阶，达到3086.4亿元: no figure before it
		 * names the clause, but a clause before it in the sentence states its
		 * subject — the nearest one whose words name anything, up to their
		 * verb or number (加大研发经费投入力度，全年增长10%: not the
		 * sentence's first clause, which may be about something else). */
		for (size_t se = cs, bs = bind_start(t, cs); c->name.n == 0 && se > bs;) {
			size_t ss = clause_start(t, se - 1), stop = ss;
			while (stop < se - 1 && !xt_is_digit(t->cp[stop]) &&
			       !xt_at_any(t, stop, SUBJECT_ENDING_VERBS, NULL))
				stop++;
			int ignored;
			name_set(&c->name, t, ss, stop);
			name_clean(&c->name, &ignored);
			se = ss;
		}
	}
	if (c->name.n == 0) {
		/* 确保完成全年增长6%的目标任务: no subject anywhere in the sentence;
		 * the clause's own words, untrimmed, beat an empty label. */
		size_t a = name_from, b = lead;
		while (a < b && !xt_is_han(t->cp[a]))
			a++;
		while (b > a && !xt_is_han(t->cp[b - 1]))
			b--;
		name_set(&c->name, t, a, b);
	}
	if (yearly_avg) {
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		name_append(&c->name, t, span_at, span_end);
		name_append(&c->name, t, verb, verb + vl);
	}
	if (other_base) {
		/* The subject alone names the figures after it in the sentence. */
		xt_name shown = c->name;
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		if (base_apart && base_year && shown.n + 6 <= XT_NAME_MAX) {
			/* the base year stated in a clause before, written as an
			 * own base is (地区生产总值较2009年增长) */
			shown.cp[shown.n++] = 0x8F83; /* 较 */
			for (int d = 1000; d > 0; d /= 10)
				shown.cp[shown.n++] = (uint32_t)('0' + base_year / d % 10);
			shown.cp[shown.n++] = 0x5E74; /* 年 */
		}
		/* 覆盖率达到91%，比2010年提高了12%: a subject taken from the
		 * figure before may hold the verb already (覆盖率提高); the base
		 * goes before it, not a second verb after */
		xt_name verb_word;
		name_set(&verb_word, t, verb, verb + vl);
		if (vl && shown.n > vl && name_ends_with(&shown, &verb_word))
			shown.n -= vl;
		size_t base_in_name = shown.n;
		name_append(&shown, t, base_at, verb + vl);
		/* 床位数比2015年增长43%: a base year is written 较2015年 whichever
		 * word the text used, so that one name finds them all */
		if (base_year && base_in_name < shown.n &&
		    shown.cp[base_in_name] == 0x6BD4 /* 比 */)
			shown.cp[base_in_name] = 0x8F83; /* 较 */
		name_drop_marks(&shown); /* 比2012年（下同）增长: the aside */
		c->m.name = name_to_utf8(&shown);
	} else {
		c->m.name = name_to_utf8(&c->name);
	}
	xc_place(x, c, from);
	/* 实现地区生产总值增长2.5%左右的目标: the figure is the target itself,
	 * about the period of the clause (a result section reports the target
	 * it met). */
	if (xc_target_after(t, fe) || quoted_target)
		c->cues.target_itself = 1;
	/* the whole stays a candidate while its sentence is read — the part
	 * after it is named from its end (已交付10个 of 21个安置区: 安置区已交付)
	 * — and is dropped after the pass (xc_drop_context) */
	c->is_context = whole_of_part;
	/* the target quoted in a result's sentence is of the result's year:
	 * its own 预期目标 makes no plan of the sentence */
	if (quoted_target)
		c->cues.sentence_target = 0;
	if (range_end) {
		xt_name tail;
		range_name_tail(x, c, growth && !other_base && !yearly_avg ? verb : (size_t)-1,
		                down, fe, ce, &tail);
		range_bounds(x, (size_t)(c - x->c), upper_at,
		             growth && u.kind != UNIT_TIMES ? 0 : u.exp10,
		             growth && u.kind != UNIT_TIMES && down, &tail);
	}
out:
	free(signed_value);
	free(value);
	return resume;
}

/* Figure extraction: finds every dashboard figure in a parsed report.
 *
 * One pass over the text. Each run of ASCII digits followed by a unit from the
 * unit table (units.c) is a candidate figure, and each 第 + numeral after a
 * ranking verb (居, 排名, 位居...) is a ranking. Candidates that are not
 * figures are dropped by general rules: inside quotes or titles, ordinals,
 * thresholds (N亿元以上项目), capacities in project names (年产N吨…项目),
 * peer-group counts before a ranking (在全省45家经开区中居第三位). A growth
 * rate (同比增长6.1%) is bound to the figure just before it in the same
 * sentence when nothing but comparison words lies between; otherwise it is a
 * figure of its own. Names come from the words before the number in its
 * clause (extract_name.c). All scans look back or ahead at most one clause
 * or sentence, so the cost stays linear in the text length.
 *
 * Growth binding reads clause tokens (clause_tokens.h: verbs of change,
 * bases, 分别 / 均, separators, parentheses) rather than literals, in this
 * order for each rate, the first that applies winning:
 *  1. What the change is against. A span (年均, 累计, 平均, 3年, a paragraph
 *     under 这五年, the rest of a line after a sentence opening 五年来，, the
 *     dashed items after such a paragraph), a base year other than the year before (比2010年),
 * another base (比承诺时限) or a procedure (办理时间减少) make it no yoy: it stays a figure of its
 * own and no later step gives it to a figure as yoy_pct.
 *  2. Lists: rates listed after one verb (分别增长5%、7%, or 下降39.41%、
 *     23.38% without 分别) go in order to as many figures before them, else
 *     to the subjects listed before the verb (also when fewer figures than
 *     rates stand before and the clause names subjects, and first when the
 *     verb's own clause lists one subject per rate), else — over years,
 *     with no subjects — to the figures before as changes of their own. A
 *     list is read whole, before step 3 could take its first rate.
 *  3. The figure just before, with only comparison words between (同比, 比上
 *     年, 、, an aside in parentheses with no number: （下同）) or its stock
 *     (项目数量) or its ranking (，居全市第二, 、全市第三): the rate is that figure's yoy_pct —
 *     unless that figure is itself a rate in % (上线率77.2%，增长6.58%),
 *     whose change is in points: then the rate is a figure of its own.
 *  4. A growth stated before its amount (增长8.1%，达到56亿元; after a ranking:
 *     增长6.0%、全省第二，…，总量达到4773.3亿元) merges into the amount; only
 *     a rate that step 3 left standing can.
 *  5. Points after a share (占比2.5%，提高0.8个百分点) are its yoy_points.
 *  6. A target quoted in parentheses after a rate (增长6.5%(年度目标6%以上))
 *     is a growth target of the rate's subject, not a figure of the clause.
 *  7. One number after 均 for subjects listed with 、 (A、B均增长8%) is one
 *     figure named by all of them.
 * Then the passes over whole sentences below split paired and listed names.
 *
 * Then small passes over the figures of a sentence, which need the figures
 * after one to be known: a subject two in one word, 城乡 or 存贷款
 * (split_paired_subject), and
 * subjects listed before 分别 (split_listed_subjects) name one figure each.
 * Last, whether each figure is a target and which year it is about is decided
 * from its place in the report (classify.c), from the cues recorded here.
 *
 * The files, in the order of the pipeline (extract_ctx.h holds what they
 * share; each file's top comment says what its part does):
 *  - extract.c: this driver (extract_metrics: the ctx, the main loop, the
 *    passes in order), the candidates (xc_push, xc_place, xc_set_quote,
 *    xc_set_qualifier), naming a figure from its clause (make_name) and the
 *    last pass (classify).
 *  - extract_regions.c: the regions read before the main pass (quotes,
 *    target headings, times named by a sentence or paragraph, glossaries).
 *  - extract_ranking.c: rankings (第N位).
 *  - extract_number.c: the main pass at each number: value, unit,
 *    qualifiers, ranges, ratios.
 *  - extract_filters.c: the numbers that are no figure.
 *  - extract_growth.c: growth binding: the rules of steps 1-7 above, which
 *    extract_number.c applies to each rate in that order.
 *  - extract_lists.c: the passes over whole sentences after the main pass. */
#include "extract.h"
#include "extract_ctx.h"

#include "lexicon.h"
#include "sb.h"

#include <stdlib.h>
#include <string.h>

/* The longest quote kept, in code points, centred on the figure. A real
 * clause is far shorter (the longest of the fixtures: 35); in text without
 * punctuation every figure's clause would run to MAX_SCAN on both sides, and
 * a quote per figure of that text made memory grow with figures × 400. */
#define MAX_QUOTE 120

/* A name that only says how the figure before it changed: 新增9家. */
static const char *const BARE_CHANGES[] = {"新增", "净增", "增加", "减少", "新建", "净减", "总数",
                                           "总量", "增长", "下降", "降低", "提高", NULL};

/* ------------------------------------------------------------ candidates */

cand *xc_push(ctx *x)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->c = xrealloc(x->c, x->cap * sizeof *x->c);
	}
	cand *c = &x->c[x->n++];
	memset(c, 0, sizeof *c);
	c->m.section = -1;
	return c;
}

/* The tokens of [a, b) (clause_tokens.h) into *toks, caller frees; their
 * count. */
size_t xc_tokens_of(const xt_text *t, size_t a, size_t b, ct_token **toks)
{
	return ct_tokenize(t, a, b, toks);
}

/* The year a figure is about when its clause names one before it
 * (2022年高质量发展考评…); 0 when none. Years of comparison (比2022年) and
 * years in titles do not count. */
static int explicit_year(const ctx *x, size_t from, size_t to)
{
	const xt_text *t = &x->t;
	for (size_t i = from; i + 5 <= to; i++) {
		if ((x->flag[i] & F_QUOTE) || !xt_is_digit(t->cp[i]))
			continue;
		if (i > 0 && xt_is_digit(t->cp[i - 1]))
			continue;
		size_t k = i;
		while (k < to && xt_is_digit(t->cp[k]))
			k++;
		if (k - i != 4 || !xt_at(t, k, "年"))
			continue;
		if (i > from && (xt_before(t, i, from, "比") || xt_before(t, i, from, "较") ||
		                 xt_before(t, i, from, "与") || xt_before(t, i, from, "自") ||
		                 xt_before(t, i, from, "从")))
			continue;
		if (xt_at(t, k, "年以来") || xt_at(t, k, "年来"))
			continue;
		/* 2021—2025年 is a span (period_word_at), not the year 2025 */
		if (i >= from + 2 && xt_is_range_dash(t->cp[i - 1]) && xt_is_digit(t->cp[i - 2]))
			continue;
		int y = (int)((t->cp[i] - '0') * 1000 + (t->cp[i + 1] - '0') * 100 +
		              (t->cp[i + 2] - '0') * 10 + (t->cp[i + 3] - '0'));
		if (y >= 1949 && y <= 2100)
			return y;
	}
	return 0;
}

/* The innermost section holding pos; a position in a gap between sections
 * (the title line) goes to the section before it, or the first one. -1 only
 * when the report has no sections.
 *
 * Sections are in document order (starts never decrease) and nest, so every
 * section holding pos is an ancestor of (or is) the last one starting at or
 * before pos: a binary search for that one and a walk up its parents (at
 * most the outline depth) find the innermost, in O(log n) per figure. A scan
 * of every section per figure made parsing quadratic in the section count. */
static int section_of(const report *r, size_t pos)
{
	if (r->n_sections == 0)
		return -1;
	size_t lo = 0, hi = r->n_sections; /* first section starting after pos */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->sections[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	int before = (int)lo - 1;
	for (int s = before; s >= 0 && (size_t)s < r->n_sections; s = r->sections[s].parent)
		if (pos < r->sections[s].end)
			return s;
	return before;
}

/* 由2010年的162.4亿元增加到2015年的287.9亿元, 从2015年底的45%: a year
 * right before a figure (with 的, 底/末 between at most) is the time of
 * that figure, whatever else its clause names; not a year of comparison
 * (比2022年的). 0 when none. */
static int year_just_before(const xt_text *t, size_t num, size_t floor)
{
	size_t k = num;
	if (xt_before(t, k, floor, "的"))
		k--;
	if (xt_before(t, k, floor, "底") || xt_before(t, k, floor, "末"))
		k--;
	if (!xt_before(t, k, floor, "年") || k < floor + 5)
		return 0;
	size_t d = k - 5;
	for (size_t i = d; i < k - 1; i++)
		if (!xt_is_digit(t->cp[i]))
			return 0;
	/* 2021—2025年 is a span (period_word_at), not the year 2025 */
	if (d >= floor + 2 && xt_is_range_dash(t->cp[d - 1]) && xt_is_digit(t->cp[d - 2]))
		return 0;
	if (d > floor && (xt_is_digit(t->cp[d - 1]) || xt_before(t, d, floor, "比") ||
	                  xt_before(t, d, floor, "较") || xt_before(t, d, floor, "与")))
		return 0;
	int y = (int)((t->cp[d] - '0') * 1000 + (t->cp[d + 1] - '0') * 100 +
	              (t->cp[d + 2] - '0') * 10 + (t->cp[d + 3] - '0'));
	return y >= 1949 && y <= 2100 ? y : 0;
}

/* Sets the quote to [from, to), cut to MAX_QUOTE code points around the
 * number at num (from at most half of them before it) when longer. */
void xc_set_quote(const xt_text *t, rp_metric *m, size_t num, size_t from, size_t to)
{
	if (to - from > MAX_QUOTE) {
		if (num > from + MAX_QUOTE / 2)
			from = num - MAX_QUOTE / 2;
		if (to > from + MAX_QUOTE)
			to = from + MAX_QUOTE;
	}
	free(m->quote);
	m->span_start = from;
	m->span_end = to;
	m->quote = xt_dup(t, from, to);
}

/* Section, the cues of its target and period (decided by the last pass,
 * classify.c), quote: what every figure needs once its number and name are
 * known. The quote is the clause from `from` to the end of the clause
 * holding fig_end. */
void xc_place(ctx *x, cand *c, size_t from)
{
	const xt_text *t = &x->t;
	rp_metric *m = &c->m;
	m->section = section_of(x->r, c->num_start);
	fig_cues *q = &c->cues;
	q->pos = c->num_start;
	q->section = m->section;
	q->is_start = c->is_start;
	size_t cs = clause_start(t, c->num_start);
	q->forecast = xt_find(t, cs, c->num_start, "预计") != (size_t)-1 ||
	              xt_find(t, cs, c->num_start, "有望") != (size_t)-1;
	q->sentence_target = (x->flag[c->num_start] & F_TARGET_SENT) != 0;
	q->paragraph_target = (x->flag[c->num_start] & F_TARGET_PARA) != 0;
	q->year = year_just_before(t, c->num_start, clause_start(t, c->num_start));
	if (!q->year)
		q->year = explicit_year(x, clause_start(t, c->num_start), c->num_start);
	uint8_t when = x->flag[c->num_start];
	q->scope = (when & F_PART_YEAR)  ? SCOPE_PART_OF_YEAR
	           : (when & F_SPAN)     ? SCOPE_SPAN
	           : (when & F_ONE_YEAR) ? SCOPE_ONE_YEAR
	                                 : SCOPE_NONE;
	if (q->scope == SCOPE_ONE_YEAR)
		q->sentence_year = xc_sentence_year_of(t, c->num_start);
	q->span_ahead = q->scope == SCOPE_SPAN && xc_span_ahead(x, c->num_start);
	xc_set_quote(t, m, c->num_start, from, clause_end(t, c->fig_end));
}

void xc_set_qualifier(rp_metric *m, enum metric_qualifier q, const char *text)
{
	if (m->qualifier != QUAL_NONE || !text)
		return;
	m->qualifier = q;
	m->qualifier_text = xstrdup(text);
}

/* Words naming the whole stock of the indicator before them. */
static const char *const TOTAL_WORDS[] = {"总数", "总量", "总额", "总规模", "规模", "总计", NULL};
/* A leading verb of change that the stock of the same indicator drops:
 * 新增规模以上工业企业32家，总数达到486家 → 规模以上工业企业总数. */
static const char32_t *const CHANGE_VERBS[] = {U"新增",   U"净增",   U"新登记", U"新引进",
                                               U"新认定", U"新培育", U"新建",   NULL};

/* 1 when the words [from, to) before a count end with a join of listed
 * items (新建提升…13座城市公园和[275个口袋公园], 55件人大代表建议和[74件政协
 * 提案], 国家级和[22个省级区域医疗中心]): the number counts the item after
 * it, whose noun follows the measure word, and the words before the join are
 * the item before (another figure's object or a sibling that has no number),
 * so none of them is this figure's name. Not a verb ending in 及 (涉及, 惠及:
 * LEX_WORDS_ENDING_JI), and only for a figure with a noun after its measure
 * word (the caller checks): 城镇居民48000元、农村居民[20000元] keeps its
 * subject. */
static int joins_next_item(const xt_text *t, size_t from, size_t to)
{
	size_t l = xt_before_any32(t, to, from, LEX_ITEM_JOINS);
	if (!l || to - l == from)
		return 0;
	return !xt_before_any32(t, to, from, LEX_WORDS_ENDING_JI);
}

/* 办理市、区人大代表建议154件, 建成省、市、区级特色创业孵化基地87个, 汇聚市、
 * 区两级政务数据: a list of administrative levels before the noun says at
 * which levels the things are, like 各级; the 、 ends the clause there, so
 * the name would open with the last level (区人大代表建议). Returns where the
 * noun starts after that level (and its 级, 两级, 三级), else from. Only when
 * the word after the 、 is a level itself: 福田区、罗湖区 lists places. */
static int admin_level(uint32_t c)
{
	return xt_lit_has("省市区县镇", c);
}

static size_t after_level_list(const xt_text *t, size_t from, size_t to)
{
	static const char32_t *const GRADES[] = {U"两级", U"三级", U"级", NULL};
	/* 镇区, 市区, 县区: two levels make a noun of their own */
	if (from < 2 || from >= to || t->cp[from - 1] != 0x3001 /* 、 */ ||
	    !admin_level(t->cp[from - 2]) || !admin_level(t->cp[from]) ||
	    (from + 1 < to && admin_level(t->cp[from + 1])))
		return from;
	size_t p = from + 1;
	p += xt_at_any32(t, p, GRADES);
	return p + 2 <= to && xt_is_han(t->cp[p]) ? p : from;
}

/* The name of a figure from the words in [from, to) of its clause, or the
 * noun phrase after its unit (设立19个非公企业党支部) when those words are
 * too few to name anything. A clause with no subject of its own takes the
 * subject of the figure before it in the same sentence; returns what the
 * clause named by itself. */
static enum own_name make_name_words(ctx *x, cand *c, size_t from, size_t to, size_t after,
                                     size_t cl_end, const unit_match *u)
{
	xt_name *nm = &c->name;
	int after_deng;
	int rate = unit_is_rate(u->kind);
	enum own_name own = OWN_NAME;
	/* 项目从签约到投产仅用150天: a duration is named by its interval. */
	if (u->kind == UNIT_DURATION) {
		size_t from_word = xt_find(&x->t, from, to, "从");
		if (from_word != (size_t)-1 && xt_find(&x->t, from_word, to, "到") != (size_t)-1)
			from = from_word + 1;
	}
	/* 48000元和[农村居民…]20000元: after a figure of the same clause, the
	 * conjunction joins the two and names neither. */
	while (from < to && from > clause_start(&x->t, from) &&
	       (xt_at(&x->t, from, "和") || xt_at(&x->t, from, "及") || xt_at(&x->t, from, "与") ||
	        xt_at(&x->t, from, "或"))) /* 人才50名或[团队]30个 */
		from++;
	from = after_level_list(&x->t, from, to);
	from = name_quote_start(&x->t, from, to); /* “阀、管”改造: the whole title */
	/* PM2.5平均浓度从每立方米30.8微克, 低保标准提高到每月815元: the measure per
	 * which the unit counts, written before the number, is a note of the
	 * name (gold: PM2.5平均浓度（每立方米）), not its end: the words of the
	 * change before it (从, 降至) are then cut as at a name's end */
	size_t per = xt_before_any32(&x->t, to, from, LEX_NAME_PER_MEASURES);
	name_set(nm, &x->t, from, to - per);
	name_clean(nm, &after_deng);
	if (per && nm->n > 0 && nm->n + per + 2 <= XT_NAME_MAX) {
		name_append_word(nm, U"（");
		name_append(nm, &x->t, to - per, to);
		name_append_word(nm, U"）");
	}
	name_comparison_order(nm); /* 比全市高 → 高于全市 */
	/* 罗湖区近5年全社会固定资产投资: the report's own place, then what it
	 * left to clean (a period) */
	if (name_cut_org_place(nm, x->org_places, x->n_org_places))
		name_clean(nm, &after_deng);
	int note = name_kind_note(nm, &x->t, from, to); /* (年度目标6%): prev's */
	name_counted_list(nm, &x->t, from, to);         /* A、B两个片区: both */
	/* 60%的乡镇有养老服务中心: a share with no words of its own before it is
	 * named by what follows 的, not by the figure before it. */
	if (u->kind == UNIT_PERCENT && nm->n == 0 && xt_at(&x->t, after, "的"))
		name_share_of(nm, &x->t, after + 1, cl_end);
	/* 覆盖50%以上社区, 推动90%以上行政审批事项: a share bounded right before
	 * the things it is of (no 的) is the share of those things: the words
	 * before, the things, 比例 (as 占…比重 names a share of a whole) */
	static const char32_t *const BOUNDS[] = {U"以上", U"以下", NULL};
	size_t bound = u->kind == UNIT_PERCENT ? xt_at_any32(&x->t, after, BOUNDS) : 0;
	if (u->kind == UNIT_PERCENT && (bound || xt_before_any32(&x->t, after, 0, BOUNDS)) &&
	    xt_is_han(xt_get(&x->t, after + bound)) && !xt_at(&x->t, after + bound, "的")) {
		xt_name things;
		if (name_after_phrase(&things, &x->t, after + bound, cl_end) && things.n >= 2 &&
		    nm->n + things.n + 2 <= XT_NAME_MAX) {
			name_append_name(nm, &things);
			name_append_word(nm, U"比例");
		}
	}
	/* 收入倍差从1.96[缩小至]1.81: an index's value (no unit) names no noun
	 * after it, the words after are the change */
	if (!rate && u->unit[0] != '\0') {
		/* 设立19个[非公企业党支部], 建成100个[项目]: the noun after the
		 * measure word completes the name. */
		xt_name tail;
		size_t noun_at = /* 组建70人的[队伍], 2家2000平方米以上的[中心] */
		    u->kind == UNIT_COUNT ? name_counted_noun_start(&x->t, after, cl_end, nm)
		                          : after;
		size_t tail_end = name_after_phrase(&tail, &x->t, noun_at, cl_end);
		if (u->kind == UNIT_COUNT) /* 培育100家养殖场实现…: the noun names it */
			name_drop_actor(nm, &x->t, to, &tail, tail_end, cl_end);
		/* 4个小区9.2万平方米老旧小区改造: the noun of the figure right
		 * before, said again in this one's own noun, is that figure's */
		const cand *before = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (tail.n > 0 && (joins_next_item(&x->t, from, to) ||
		                   (before && before->fig_end == from &&
		                    name_ends_with(&before->name, nm) && name_holds(&tail, nm))))
			nm->n = 0;
		/* 降至154户[448人]: a count right before another count (the
		 * households, then the persons) has no clause of its own to name
		 * it; the next count's words are not its name, and it shares the
		 * subject of the figure before it (OWN_NONE, below). Not before an
		 * age or a threshold (4万多名[60岁以上]户籍老人: a duration). */
		size_t d = after;
		while (d < x->t.n && (xt_is_digit(x->t.cp[d]) || x->t.cp[d] == '.'))
			d++;
		unit_match next;
		int adjacent = d > after && units_match(&x->t, d, &next) && next.kind == UNIT_COUNT;
		if (tail.n == 0 && nm->n == 0 && !adjacent) {
			/* 分2期[组织党员干部…开展党性教育]: no noun, take the clause. */
			name_set(&tail, &x->t, after, cl_end);
			int ignored;
			name_clean(&tail, &ignored);
			/* 达到1016家[和591家], 481家[增加到1076家]: only the next figure */
			if (name_is_bare_figure(&tail))
				tail.n = 0;
		}
		/* 市委确定的230余项改革 → 市委确定的改革: the 的 that name_clean
		 * trims from the words before the number joins them to the noun
		 * after it; without it the two run together (市委确定改革). */
		if (tail.n > 0 && u->kind == UNIT_COUNT)
			name_after_partner(nm); /* 医院与京津[128家医院]: the partners */
		if (tail.n > 0 && nm->n > 0 && nm->n < XT_NAME_MAX && to > from &&
		    xt_at(&x->t, to - 1, "的"))
			nm->cp[nm->n++] = x->t.cp[to - 1];
		name_join_object(nm, &tail);
		if (u->kind == UNIT_MONEY && /* 投入20亿元启动…台区改造: 台区改造投入 */
		    !name_fund_set_up(nm, &x->t, from, to, after, cl_end) &&
		    !name_spending_purpose(nm, &x->t, from, to, after) &&
		    !name_size_of_what_follows(nm, &x->t, after, cl_end)) /* 规模…的基金 */
			name_drop_allocation_verb(nm); /* 安排专项资金…: the fund */
		if (!xt_at(&x->t, after, "的")) /* 10.5万人的保交房任务: the task's */
			name_drop_task_word(nm, u->unit); /* 营造林任务6100亩: the work */
	}
	/* 仅用90天建成…: the work's 用时; 7天开建…, 仅用5天时间实现…: the work after */
	if (u->kind == UNIT_DURATION && !name_duration_work(nm, &x->t, from, to, after, cl_end))
		name_time_used(nm, &x->t, from, to);
	if (nm->n == 0) {
		own = OWN_NONE;
		/* 累计达到18.6万户: the clause names the running total of the
		 * indicator before it, like 总数. */
		size_t total = xt_find(&x->t, from, to, "累计");
		if (total != (size_t)-1) {
			name_set(nm, &x->t, total, total + 2);
			own = OWN_TOTAL;
		}
	}
	for (const char *const *w = BARE_CHANGES; *w && own == OWN_NAME; w++)
		if (name_is(nm, *w))
			own = OWN_BARE;
	for (const char *const *w = TOTAL_WORDS; *w && own != OWN_TOTAL; w++)
		if (name_is(nm, *w))
			own = OWN_TOTAL;
	cand *prev = x->n > 1 ? &x->c[x->n - 2] : NULL;
	/* 总额924亿元，居全市第二，增长10.7%（按可比口径…）: a kind note is of the
	 * figure before the ranking between them */
	for (size_t k = x->n - 2; note && prev && prev->m.is_ranking && k > 0; k--)
		prev = &x->c[k - 1];
	if (!prev || prev->fig_end < bind_start(&x->t, c->num_start) || prev->m.is_ranking)
		return own;
	/* 省级“专精特新”企业增长2.6倍[至]124家, “三区”围合时间压缩75%[至]30分钟: a
	 * level right after a change, with only the link before it, is the level
	 * of what changed: the change's name without its verb of change. Not a
	 * level with words of its own (增长2.6倍，总数达124家: the stock rule) */
	if (own == OWN_NAME && prev->fig_end == from && name_is_any(nm, LEX_NAME_LEVEL_LINKS)) {
		xt_name what = prev->name;
		size_t verb = name_ends_with_any(&what, LEX_GROWTH_UP);
		what.n -= verb ? verb : name_ends_with_any(&what, LEX_GROWTH_DOWN);
		if (what.n >= 2)
			*nm = what;
		return own;
	}
	/* 占…的117%: a share names its whole, the figure before it. 规上企业
	 * 达到86家，新增9家: a bare verb continues the figure before it (of the
	 * same kind: a count is no change of an amount). 新登记市场主体2.1万户，
	 * 累计达到18.6万户 / 建成道路12条，共计35公里: a clause without a subject
	 * shares the subject before it. */
	int same_base = prev->m.base_unit && strcmp(prev->m.base_unit, u->base) == 0;
	if (own == OWN_TOTAL && nm->n > 0) {
		xt_name whole = prev->name;
		size_t l = 0;
		for (const char32_t *const *v = CHANGE_VERBS; *v; v++) {
			size_t k = xt_len32(*v), j = 0;
			while (j < k && j < whole.n && whole.cp[j] == (uint32_t)(*v)[j])
				j++;
			if (j == k && k < whole.n && k > l)
				l = k;
		}
		memmove(whole.cp, whole.cp + l, (whole.n - l) * sizeof whole.cp[0]);
		whole.n -= l;
		/* 区属学校义务教育学位新增1.4万个以上，总数超过12万个: the verb after
		 * its subject, or all the name before (股权投资基金…新增639家，总数达
		 * 925家): the stock is no change either */
		whole.n -= name_ends_with_any(&whole, CHANGE_VERBS);
		/* 新增上市企业23家，累计达205家 → 上市企业: a running total is a
		 * level of the indicator itself, which the next year's report
		 * states as 上市企业205家 or 共有上市企业…, so its name leaves 累计
		 * out, as it leaves out 共计 — the comparison of two years finds
		 * one indicator. 总数, 总量 stay: they name a measure (规模以上
		 * 工业企业总数). */
		if (name_is(nm, "累计") && whole.n > 0)
			nm->n = 0;
		name_prepend_name(nm, &whole);
	} else if (name_starts_with(nm, "占")) {
		name_prepend_share_whole(nm, &prev->name); /* 获…奖73项，占全市的63% */
	} else if (own == OWN_NONE || note || name_is_reach(nm) || (own == OWN_BARE && same_base)) {
		/* 空气优良天数281天，比上年增加5天 → 空气优良天数比上年增加: an
		 * amount of change against the year before keeps its base in the
		 * name (the gold's convention), which tells it from the change
		 * of the sentence's own stock; not a change in points, named
		 * by its rate alone (工业增加值率提高) */
		if (own == OWN_BARE && u->kind != UNIT_POINTS && !unit_is_rate(u->kind)) {
			size_t b = xt_at_any32(&x->t, from, LEX_NAME_INNER_COMPARISONS);
			if (b && b + 2 <= to - from) {
				xt_name base;
				name_set(&base, &x->t, from, from + b);
				name_prepend_name(nm, &base);
			}
		}
		/* 工业百强产值占工业总产值47.4%、增长10.8%, 比“十二五”目标高出
		 * 313.8亿元，年均增速达10.8%: a growth shares the subject of the
		 * figure before, not its share or its comparison */
		if (c->is_growth && u->kind == UNIT_PERCENT) {
			/* …占比32%，提高2%: the share's own change keeps it */
			int of_share = !xt_at_any32(&x->t, to, LEX_GROWTH_OF_SUBJECT);
			xt_name subject;
			name_subject(&prev->name, of_share, &subject);
			name_prepend_name(nm, &subject);
		} else {
			name_prepend_name(nm, &prev->name);
		}
	}
	return own;
}

/* make_name_words, then the word of a share: 文化创意产业增加值占全市[比重]
 * (gold decision 84: a share is named X占Y比重). */
static enum own_name make_name(ctx *x, cand *c, size_t from, size_t to, size_t after, size_t cl_end,
                               const unit_match *u)
{
	enum own_name own = make_name_words(x, c, from, to, after, cl_end, u);
	name_drop_marks(&c->name); /* also of the noun after the number */
	if (u->kind == UNIT_PERCENT)
		name_add_share_word(&c->name);
	return own;
}

/* make_name for the numbers of extract_number.c: make_name stays static
 * here, next to make_name_words, which it completes. */
enum own_name xc_make_name(ctx *x, cand *c, size_t from, size_t to, size_t after, size_t cl_end,
                           const unit_match *u)
{
	return make_name(x, c, from, to, after, cl_end, u);
}

/* ---------------------------------------------------- the last pass */

/* Targets and periods from the figures' places (classify.c). */
static void classify(ctx *x)
{
	if (x->n == 0)
		return;
	fig_cues *cues = xcalloc(x->n, sizeof *cues);
	fig_class *cls = xcalloc(x->n, sizeof *cls);
	for (size_t k = 0; k < x->n; k++)
		cues[k] = x->c[k].cues;
	classify_figures(x->r, cues, x->n, cls);
	for (size_t k = 0; k < x->n; k++) {
		x->c[k].m.is_target = cls[k].is_target;
		x->c[k].m.period_year = cls[k].period_year;
	}
	free(cls);
	free(cues);
}

/* ----------------------------------------------------------------- entry */

/* Adds the first code points of the words of list to firsts (*n of them,
 * room for 32), each once: a word list is tried only where one starts. */
static void add_first_code_points(uint32_t *firsts, size_t *n, const char *const *list)
{
	for (size_t w = 0; list[w]; w++) {
		const char *lit = list[w];
		uint32_t first = xt_lit_next(&lit);
		size_t f = 0;
		while (f < *n && firsts[f] != first)
			f++;
		if (f == *n && f < 32)
			firsts[(*n)++] = first;
	}
}

int extract_metrics(report *r)
{
	int rc = 0;
	if (!r || !r->text || r->metrics)
		return 0;
	ctx x = {0};
	x.r = r;
	xt_init(&x.t, r->text);
	x.flag = xcalloc(x.t.n + 1, 1);
	classify_side_years(r, &x.review_year, &x.plan_year);
	add_first_code_points(x.target_first, &x.n_target_first, LEX_TARGET_WORDS);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_SPAN_TIMES);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_PLAN_PERIODS);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_PART_OF_YEAR);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_ONE_YEAR);
	for (size_t f = 0; f < x.n_period_first; f++)
		x.period_low[(x.period_first[f] & 0xFF) >> 3] |=
		    (uint8_t)(1u << (x.period_first[f] & 7));
	xc_mark_regions(&x);
	x.n_org_places = name_org_places(r->organization, x.org_places);

	const xt_text *t = &x.t;
	size_t i = 0;
	/* Stops as soon as the report holds more figures than the limit: the
	 * rest of the text is not worth reading, the report is refused. */
	while (i < t->n && x.n <= EXTRACT_MAX_METRICS) {
		uint32_t c = t->cp[i];
		if (c == 0x7B2C /* 第 */ || xc_first_place_at(t, i))
			i = xc_try_ranking(&x, i);
		else if (xt_is_digit(c) && (i == 0 || !xt_is_digit(t->cp[i - 1])))
			i = xc_try_number(&x, i);
		else
			i++;
	}
	if (x.n > EXTRACT_MAX_METRICS) {
		for (size_t k = 0; k < x.n; k++)
			rp_metric_free_strings(&x.c[k].m);
		rc = -1;
		goto out;
	}
	xc_drop_context(&x);
	xc_split_paired_subject(&x);
	xc_split_listed_subjects(&x);
	xc_spread_list_qualifier(&x);
	xc_spread_qualifier_over_objects(&x);
	classify(&x);

	if (x.n > 0) {
		r->metrics = xcalloc(x.n, sizeof *r->metrics);
		for (size_t k = 0; k < x.n; k++) {
			r->metrics[k] = x.c[k].m; /* the report now owns the strings */
			r->metrics[k].num_start = x.c[k].num_start;
		}
		r->n_metrics = x.n;
	}
out:
	free(x.c);
	free(x.ahead);
	free(x.flag);
	xt_free(&x.t);
	return rc;
}

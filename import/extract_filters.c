/* Figure extraction: the filters — predicates that say a number with a unit
 * is not a figure of the report, or is one of another kind than it looks.
 *
 * A capacity in a project's or facility's name (年产10万吨…项目, 200兆瓦光伏
 * 发电项目: xc_facility_after, xc_facility_list_after, xc_capacity_is_done),
 * an index value, a page counter, a reform measure's number, the number of
 * an attached file, a radius of coverage, the size of a named place, land
 * settled, an abbreviation's digits, a class counted after its threshold
 * (5亿元以上11个), a standard some things reached (全部超过11万元), a whole
 * whose part follows (21个安置区已交付10个: xc_part_follows). Each is called
 * by xc_try_number (extract_number.c) at one number and answers 0 or 1 (or
 * where it found its words); they read the text (some through a
 * const ctx, xc_is_count a candidate) and write nothing.
 *
 * A file of its own because these rules only look at the words around one
 * number, never at other candidates or at growth binding: each can be read,
 * tested and changed without the ~700 lines of xc_try_number around it. */
#include "extract_ctx.h"

#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

/* A facility word (LEX_FACILITY_WORDS) at fe or ending the noun phrase right
 * after it, at most six ideographs on (200兆瓦[光伏发电项目]). */
int xc_facility_after(const xt_text *t, size_t fe)
{
	for (size_t k = fe; k < t->n && k - fe <= 6; k++) {
		if (xt_at_any32(t, k, LEX_FACILITY_WORDS))
			return 1;
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

/* 国电投300兆瓦光伏制氢、华能260兆瓦光伏发电等3个新能源项目: a noun right
 * after the capacity, and the list it stands in (、 and 等, counts, at most
 * 48 code points, no other punctuation) ending in a facility or project word
 * (LEX_FACILITY_WORDS): the capacity names one of the projects counted, as
 * 大唐700万吨露天矿 names its mine; so does a count of the projects instead of
 * the list (英利100兆瓦光伏发电3个新能源项目). */
int xc_facility_list_after(const xt_text *t, size_t fe)
{
	if (fe >= t->n || !xt_is_han(t->cp[fe]))
		return 0;
	int listed = 0;
	for (size_t k = fe; k < t->n && k - fe <= 48; k++) {
		uint32_t c = t->cp[k];
		if (listed && xt_at_any32(t, k, LEX_FACILITY_WORDS))
			return 1;
		/* 英利100兆瓦光伏发电3个新能源项目: a count of the projects after
		 * the noun lists them as 等 does */
		if (c == 0x3001 || c == 0x7B49 /* 等 */ || xt_is_digit(c))
			listed = 1;
		else if (!xt_is_han(c) && !xt_is_digit(c) && c != '.')
			return 0;
	}
	return 0;
}

/* The last character of a verb of doing, or 等/共 closing what was counted,
 * right before a capacity: the capacity is the amount done (完成2100万千瓦,
 * 建设700万千瓦, 等402万千瓦), not a facility's name. */
int xc_capacity_is_done(uint32_t before)
{
	static const char DONE[] = "成设增建造完现达过破计等共运施进动产工装新";
	return xt_lit_has(DONE, before);
}

/* 空气质量综合指数4.81, 基尼系数为0.46: an index has no unit (gold rule 14:
 * unit ""): a number without one right after an index word (LEX_INDEX_WORDS,
 * 为/是/达到 between at most) at its clause's end. 收入倍差从1.96缩小至1.81,
 * 满意度由84.7提升到89.6: an index from one level to another gives both, the
 * first after 从/由 and before the verb of the change (…至/到/为 and a
 * number), the second after that verb; a level reached with no start
 * (城乡收入比缩小至2.12) the one figure. Fills *u with the empty unit and
 * returns 1, else 0. A number after 指数 that goes on (指数100强, 指数2.0版)
 * is a label. */
int xc_index_value(const xt_text *t, size_t ns, size_t ne, unit_match *u)
{
	static const char32_t *const BEING[] = {U"为", U"是", NULL};
	size_t k = ns, l;
	int from = 0;
	if ((l = xt_before_any32(t, k, 0, LEX_CHANGE_FROM)) != 0) {
		from = 1;
	} else if ((l = xt_before_any32(t, k, 0, LEX_INDEX_CHANGE_VERBS)) != 0) {
		/* the level reached: a number before the verb, after 从/由, starts it */
		size_t d = k - l;
		while (d > 0 && (xt_is_digit(t->cp[d - 1]) || t->cp[d - 1] == '.'))
			d--;
		size_t f = xt_before_any32(t, d, 0, LEX_CHANGE_FROM);
		/* 城乡收入比缩小至2.12: the level reached with no start stated,
		 * the verb right after the index word */
		if (d != k - l && !f)
			return 0;
		if (d != k - l)
			l = k - d + f;
	} else if (!(l = xt_before_any32(t, k, 0, LEX_REACH_VERBS))) {
		l = xt_before_any32(t, k, 0, BEING);
	}
	k -= l;
	if (!xt_before_any32(t, k, 0, LEX_INDEX_WORDS))
		return 0;
	uint32_t next = xt_get(t, ne);
	if (from) {
		size_t v = xt_at_any32(t, ne, LEX_INDEX_CHANGE_VERBS);
		if (!v || !xt_is_digit(xt_get(t, ne + v)))
			return 0;
	} else if (!(ne >= t->n || xt_clause_delim_at(t, ne) || next == 0xFF09 || next == ')')) {
		return 0;
	}
	memset(u, 0, sizeof *u);
	u->kind = UNIT_NUMBER;
	return 1;
}

/* 1 when the figure's unit counts things (个, 家, 项): read again from its
 * text, since a candidate keeps no unit kind. */
int xc_is_count(const xt_text *t, const cand *p)
{
	size_t k = p->num_start;
	while (k < p->fig_end && (xt_is_digit(t->cp[k]) || t->cp[k] == '.' || t->cp[k] == ','))
		k++;
	unit_match pu;
	return units_match(t, k, &pu) && pu.kind == UNIT_COUNT;
}

/* An amount that is a standard some things reached, not a measurement of
 * them (gold rules 10, 19, 22), whose figure is the count:
 * - 全部/均 + 达到/超过 before it: 行政村集体收入全部超过11万元;
 * - a count of the same clause right before, only the verb between: 其中40个
 *   达到50万元以上 (the count of those that reached it);
 * - 以上/以下 and a count right after it: 其中5亿元以上11个 (the 11 are of
 *   that class, like 亿元以上项目).
 * Only amounts (money, area, weight…): a count or a rate after 全部达到 is
 * the figure itself (全部达到100%). [lead, fe) is the amount with its
 * qualifiers, cs its clause's start. */
int xc_standard_reached(const ctx *x, const unit_match *u, size_t cs, size_t ns, size_t lead,
                        size_t fe)
{
	const xt_text *t = &x->t;
	if (u->kind == UNIT_COUNT || unit_is_rate(u->kind) || u->kind == UNIT_DURATION)
		return 0;
	/* the verb before the qualifier (达到约50万元) or as it (超过11万元) */
	size_t v = xt_before_any32(t, ns, cs, LEX_REACH_VERBS);
	if (v)
		lead = ns;
	else
		v = xt_before_any32(t, lead, cs, LEX_REACH_VERBS);
	if (v && xt_before_any32(t, lead - v, cs, LEX_ALL_OF_THEM))
		return 1;
	if (v && x->n > 0) {
		const cand *p = &x->c[x->n - 1];
		if (p->fig_end == lead - v && p->num_start >= cs && !p->m.is_ranking &&
		    p->m.base_unit && !p->is_growth && xc_is_count(t, p))
			return 1;
	}
	size_t q = xt_at(t, fe, "以上") || xt_at(t, fe, "以下") ? fe + 2 : fe;
	if (q == fe && fe >= 2 && (xt_before(t, fe, cs, "以上") || xt_before(t, fe, cs, "以下")))
		q = fe; /* the qualifier is inside [lead, fe) already */
	else if (q == fe)
		return 0;
	if (!xt_is_digit(xt_get(t, q)))
		return 0;
	size_t e = q;
	while (e < t->n && xt_is_digit(t->cp[e]))
		e++;
	unit_match cu;
	return units_match(t, e, &cu) && cu.kind == UNIT_COUNT;
}

/* Page furniture of a web page (gold rule 15): a number right after a
 * counter's label (浏览次数 4034 次, 阅读：270, 您是第 74367782 位访客) or right
 * before the visitors it counts. Spaces and a colon may stand between. */
int xc_page_counter(const xt_text *t, size_t ns, size_t fe)
{
	size_t k = ns;
	while (k > 0 && ns - k < 4 &&
	       (t->cp[k - 1] == ' ' || t->cp[k - 1] == 0xA0 || t->cp[k - 1] == 0x3000 ||
	        t->cp[k - 1] == '\n' || t->cp[k - 1] == ':' || t->cp[k - 1] == 0xFF1A))
		k--;
	if (xt_before_any32(t, k, 0, LEX_PAGE_COUNTERS))
		return 1;
	size_t e = fe;
	while (e < t->n && e - fe < 3 && (t->cp[e] == ' ' || t->cp[e] == 0xA0))
		e++;
	return xt_at_any32(t, e, LEX_PAGE_COUNTED) > 0;
}

/* 平均办理时间减少62%, 办事效率提升77%: a change of how long or how much a
 * procedure takes (LEX_REFORM_MEASURES, right before the verb) measures a
 * reform against the procedure before it, not against last year (gold
 * rules 4, 33), unless the clause says so (审批时间同比缩短20%: a
 * CT_BASE_PREV before the verb). */
int xc_reform_measure_before(const xt_text *t, size_t cs, size_t verb)
{
	/* 审批时限分别压减50%、54.6%: 分别 / 均 between the measure and its verb */
	size_t v = verb - xt_before_any32(t, verb, cs, LEX_GROWTH_EACH_AFTER);
	if (!xt_before_any32(t, v, cs, LEX_REFORM_MEASURES))
		return 0;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, cs, verb, &toks);
	int yoy = 0;
	for (size_t i = 0; i < n && !yoy; i++)
		yoy = toks[i].kind == CT_BASE_PREV;
	free(toks);
	return !yoy;
}

/* 1 when [a, b) is a noun of one to eight ideographs (59条[河流]98.8%). */
int xc_only_noun_between(const xt_text *t, size_t a, size_t b)
{
	if (b <= a || b - a > 8)
		return 0;
	for (size_t k = a; k < b; k++)
		if (!xt_is_han(t->cp[k]))
			return 0;
	return 1;
}

/* After a count of `unit` (value `whole`) ending at pos, its sentence goes on
 * to a part of it: 已 or 其余, at most three ideographs (交付, 全部), then a
 * count of the same unit no larger (已交付10个, 其余22个). */
int xc_part_follows(const ctx *x, size_t pos, const char *unit, const char *whole)
{
	const xt_text *t = &x->t;
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		uint32_t c = t->cp[k];
		size_t l = c == 0x5DF2 /* 已 */                                          ? 1
		           : c == 0x5176 /* 其 */ && xt_get(t, k + 1) == 0x4F59 /* 余 */ ? 2
		                                                                         : 0;
		if (!l)
			continue;
		size_t d = k + l;
		while (d < t->n && d - k - l < 3 && xt_is_han(t->cp[d]))
			d++;
		if (!xt_is_digit(xt_get(t, d)))
			continue;
		char *v = NULL;
		size_t e = xc_read_number(x, d, &v);
		unit_match m;
		int part = units_match(t, e, &m) && strcmp(m.unit, unit) == 0 &&
		           strtod(v, NULL) <= strtod(whole, NULL);
		free(v);
		if (part)
			return 1;
	}
	return 0;
}

/* The first 已 or 其余 after pos in its sentence stands in pos's clause or
 * opens a clause of its own (，已完成175项; ，其余172项), not after another
 * subject (世界500强企业已有11家). */
int xc_part_opens_clause(const xt_text *t, size_t pos)
{
	size_t ce = clause_end(t, pos);
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		if (!(t->cp[k] == 0x5DF2 /* 已 */ ||
		      (t->cp[k] == 0x5176 /* 其 */ && xt_get(t, k + 1) == 0x4F59 /* 余 */)))
			continue;
		return k < ce || clause_start(t, k) == k;
	}
	return 0;
}

/* 1 when [a, b) holds a word: an ideograph or a Latin letter (GDP增速). */
int xc_word_between(const xt_text *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		uint32_t c = t->cp[i];
		if (xt_is_han(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return 1;
	}
	return 0;
}

/* 每平方公里产出GDP19亿元, 人均GDP28.85万元, 接入AP4264个: a run of two or
 * more capital letters right before a number, itself after no letter or
 * digit, is the abbreviation of the indicator counted (GDP, AP, CBD), not a
 * code the number belongs to; the unit after the number decides, as for any
 * figure. Not a code of one letter (G4, K2次 trains, S3线), nor letters
 * with digits in them (H7N9), nor TOP and NO of a list's order (TOP30,
 * NO.1), nor PM of a pollutant (PM2.5, PM10). */
int xc_abbreviation_before(const xt_text *t, size_t ns)
{
	size_t a = ns;
	while (a > 0 && t->cp[a - 1] >= 'A' && t->cp[a - 1] <= 'Z')
		a--;
	if (ns - a < 2 || (a > 0 && (xt_is_ascii_alpha(t->cp[a - 1]) || xt_is_digit(t->cp[a - 1]))))
		return 0;
	size_t l = xt_at_any32(t, a, LEX_NOT_ABBREVIATIONS);
	return !(l && a + l == ns);
}

/* After an amount at fe: an optional 的, a run of ideographs naming a class
 * of things (LEX_THRESHOLD_CLASSES: 企业, 项目, 县域) with at most a verb of
 * reaching after it (达到, 增至), then a count (6家, 12个) in the clause
 * ending at ce. Not an amount spent on something counted after a verb of
 * doing (投资超10亿元建设3个项目: 建设 names no class). */
int xc_counted_class_after(const xt_text *t, size_t fe, size_t ce)
{
	size_t k = fe;
	if (xt_at(t, k, "的"))
		k++;
	size_t start = k;
	int cls = 0;
	while (k < ce && k - start < 12 && xt_is_han(t->cp[k])) {
		if (xt_at_any32(t, k, LEX_THRESHOLD_CLASSES))
			cls = 1;
		k++;
	}
	if (!cls || k >= ce || !xt_is_digit(t->cp[k]))
		return 0;
	unit_match m;
	return units_match(t, xt_number_end(t, k, ce), &m) && m.kind == UNIT_COUNT;
}

/* 1 when [a, b) holds a number with a unit of counting (商业综合体3个). */
int xc_count_in(const xt_text *t, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		if (!xt_is_digit(t->cp[k]))
			continue;
		size_t e = xt_number_end(t, k, b);
		unit_match m;
		if (units_match(t, e, &m) && m.kind == UNIT_COUNT)
			return 1;
		k = e;
	}
	return 0;
}

/* Land an action settles (gold rule 51): within the ideographs after pos,
 * 土地整备, 征收, 征地, 出让 or 收储 (完成占地1.2平方公里的白石岭土地整备: the
 * area is the land settled, a figure, not the size of one facility). */
int xc_land_settled_after(const xt_text *t, size_t pos)
{
	for (size_t k = pos; k < t->n && k < pos + 12 && xt_is_han(t->cp[k]); k++)
		if (xt_at_any32(t, k, LEX_LAND_ACTIONS))
			return 1;
	return 0;
}

/* After an area at fe: 的, then a name of up to ten ideographs ending in a
 * word of a place (区, 城, 镇, 园: the area's own name, 光明中心区, 华侨城光明
 * 小镇, 凤凰城) and nothing more in its clause or list item. Not a name
 * holding a land action (土地整备, 征收), nor a place followed by more words
 * (的凤凰城建设: the work). */
int xc_size_of_named_place(const xt_text *t, size_t fe)
{
	if (!xt_at(t, fe, "的"))
		return 0;
	size_t a = fe + 1, k = a;
	while (k < t->n && k - a < 10 && xt_is_han(t->cp[k]))
		k++;
	if (k == a || (k < t->n && xt_is_han(t->cp[k])))
		return 0;
	uint32_t next = xt_get(t, k);
	if (k < t->n && next != 0x3001 && next != 0xFF0C && next != 0x3002 && next != 0xFF1B)
		return 0;
	if (xt_in_any32(t, a, k, LEX_PLACE_WORKS))
		return 0;
	for (size_t w = 0; LEX_PLACE_ENDS[w]; w++)
		if (t->cp[k - 1] == (uint32_t)LEX_PLACE_ENDS[w][0])
			return 1;
	return 0;
}

/* 1 when the line holding pos (up to its newline, at most 80 code points
 * on) ends with the extension of an attached file (.doc, .docx, .pdf, .xls,
 * .xlsx, .wps). */
int xc_names_attached_file(const xt_text *t, size_t pos)
{
	size_t e = pos;
	while (e < t->n && e - pos < 80 && t->cp[e] != '\n')
		e++;
	if (e - pos >= 80)
		return 0;
	while (e > pos && (t->cp[e - 1] == ' ' || t->cp[e - 1] == '\r'))
		e--;
	for (size_t i = 0; LEX_ATTACHMENT_EXTENSIONS[i]; i++) {
		size_t l = xt_len32(LEX_ATTACHMENT_EXTENSIONS[i]);
		if (e >= pos + l && xt_at32(t, e - l, LEX_ATTACHMENT_EXTENSIONS[i]))
			return 1;
	}
	return 0;
}

/* After a length at fe: 半径 or 覆盖 within the ideographs that follow
 * (500米服务半径, 500米公交站点覆盖率): the length is a radius of coverage. */
int xc_radius_of_coverage(const xt_text *t, size_t fe)
{
	for (size_t k = fe; k < t->n && k < fe + 10 && xt_is_han(t->cp[k]); k++)
		if (xt_at(t, k, "半径") || xt_at(t, k, "覆盖"))
			return 1;
	return 0;
}

/* The report's own frame around a number, which the gold does not count
 * (decisions 8, 11, 44, 54, 99, 342, 347, 361-363, 383-385). Each pattern is
 * narrow: the words that make the number a label, a streak or a count of the
 * report's own parts stand right next to it. Returns 1 when the number with
 * unit u at [ns, fe) (its trailing qualifier sl long, clause from cs) is one
 * of them. */

/* 1小时通勤圈, 15分钟社区生活圈, 步行15分钟的服务半径, “总部研发+高端制造”
 * 10公里产业带: a time or distance right before the name of a circle or belt
 * (LEX_CIRCLE_WORDS, at most eight ideographs on, one 的 allowed) names the
 * circle, a label (decisions 99, 325, 347). Not a length built or a time
 * taken, which ends its clause or stands before a verb (新建绿道12公里,
 * 用时15分钟完成, 开通15公里环线公交: no circle word). */
static int circle_label(const xt_text *t, const unit_match *u, size_t fe)
{
	if (u->kind != UNIT_DURATION && u->kind != UNIT_LENGTH)
		return 0;
	size_t k = fe;
	if (xt_at(t, k, "的"))
		k++;
	for (size_t a = k; k < t->n && k - a <= 8 && xt_is_han(t->cp[k]); k++)
		if (xt_at_any32(t, k, LEX_CIRCLE_WORDS))
			return 1;
	return 0;
}

/* The count of the plan's own indicators (decisions 362, 383, 43, 385):
 * 提出6项指标, 以上共计28项指标, 12项主要指标中, 其中预期性指标19项、约束性
 * 指标9项, 等6项特区一体化指标均低于…; the groups they are arranged in (等5个
 * 方面细化提出) and the report's own named tasks (抓好…3件事). Not a count of
 * indicators built (设立…200项指标: 设立 is no verb of proposing), nor the
 * targets missed (5项预期性指标、1项约束性指标未能如期完成: the number comes
 * before the group's name, decision 382), nor things counted with 方面 or
 * 事 inside a longer noun (10件民生实事). */
static int own_structure_count(const xt_text *t, const unit_match *u, size_t ns, size_t fe)
{
	if (u->kind != UNIT_COUNT)
		return 0;
	if (strcmp(u->unit, "项") == 0) {
		if (xt_before_any32(t, ns, 0, LEX_PLAN_INDICATOR_GROUPS))
			return 1;
		size_t l = xt_at(t, fe, "指标") ? 2 : xt_at(t, fe, "主要指标") ? 4 : 0;
		if (l &&
		    (xt_before_any32(t, ns, 0, LEX_PLAN_INDICATOR_VERBS) || xt_at(t, fe + l, "中")))
			return 1;
		/* 等N项…指标均: the indicators a comparison covers */
		if (ns > 0 && t->cp[ns - 1] == 0x7B49 /* 等 */) {
			for (size_t k = fe; k < t->n && k - fe <= 10 && xt_is_han(t->cp[k]); k++)
				if (xt_at(t, k, "指标均"))
					return 1;
		}
		return 0;
	}
	/* 等5个方面细化提出, 主要做了6个方面工作: the groups a list or the
	 * report's work is arranged in; 制定4个方面的保障措施 counts measures */
	if (strcmp(u->unit, "个") == 0 && xt_at(t, fe, "方面") &&
	    ((ns > 0 && t->cp[ns - 1] == 0x7B49 /* 等 */) || xt_at(t, fe + 2, "工作") ||
	     xt_at(t, fe + 2, "的工作")))
		return 1;
	if (strcmp(u->unit, "件") == 0 && xt_at(t, fe, "事") && !xt_is_han(xt_get(t, fe + 1)))
		return 1;
	return 0;
}

/* 连续4次获评, 连续7届居…第一, 连跨4个万亿元台阶: a count right after a word
 * of a streak or of steps crossed one after another (LEX_STREAK_OPENERS)
 * counts the streak (rule 8, decisions 341, 342), no result; the ranking the
 * streak holds stays a figure of its own. Not an amount after 连上 (连上300亿
 * 、400亿两个大台阶, decision 92: money, no count), nor a count the streak's
 * verb acts on further away (连续三年新增企业100家: the word must touch the
 * number). */
static int streak_count(const xt_text *t, const unit_match *u, size_t ns)
{
	return u->kind == UNIT_COUNT && xt_before_any32(t, ns, 0, LEX_STREAK_OPENERS);
}

/* 今年已经过去3个多月: the time passed since the year began is a span (rule
 * 8), whatever unit it is read in. Not 过去 as an adjective (过去5年累计完成:
 * no 已 before it). */
static int span_passed(const xt_text *t, size_t ns)
{
	return xt_before(t, ns, 0, "已经过去") || xt_before(t, ns, 0, "已过去");
}

/* 中国社会治理50人论坛, 创新创业青年50人论坛: people right before 论坛 name
 * the forum (rule 11, a label); people who attended are counted after a verb
 * (参加论坛300人, 吸引500人参加论坛: no 人论坛). */
static int forum_name(const xt_text *t, const unit_match *u, size_t fe)
{
	return strcmp(u->unit, "人") == 0 && xt_at(t, fe, "论坛");
}

/* 围绕18个重点行业领域, 围绕承接的9个战略性新兴产业集群, 对11个事故高发
 * 领域…开展治理, 在全市16项专项整治任务基础上: the fields, clusters or
 * tasks an action is spread over or builds on are context (decisions 46, 54,
 * 35, rule 19). 围绕 at most five code points before the count in its clause;
 * 对 right before it with 领域 among the ideographs after it; 在全市/在全省/在全国 right
 * before it and 基础上 in the noun after. Not the fields reached (19个关键
 * 领域的核心技术取得突破: no 围绕 or 对), nor the count an action does
 * within them (开展20项专项整治: no frame word touching it). */
static int context_count(const xt_text *t, const unit_match *u, size_t cs, size_t ns, size_t fe)
{
	if (u->kind != UNIT_COUNT)
		return 0;
	size_t from = ns > cs + 7 ? ns - 7 : cs;
	for (size_t k = from; k + 2 <= ns; k++)
		if (xt_at(t, k, "围绕") && ns - (k + 2) <= 5)
			return 1;
	size_t ne = fe;
	while (ne < t->n && ne - fe <= 10 && xt_is_han(t->cp[ne]))
		ne++;
	if (ns > 0 && t->cp[ns - 1] == 0x5BF9 /* 对 */) {
		for (size_t k = fe; k + 2 <= ne; k++)
			if (xt_at(t, k, "领域"))
				return 1;
	}
	if (xt_before_any32(t, ns, cs, LEX_OTHER_BODY_FRAMES)) {
		for (size_t k = fe; k < ne; k++)
			if (xt_at(t, k, "基础上"))
				return 1;
	}
	return 0;
}

/* 确定4.5%左右的增长目标，…; 城镇新增就业45万人以上的目标，体现了…: a target
 * quoted in the explanation of the targets is a restatement (decision 384),
 * no second figure: the number, its qualifier, 的 and a word of a target
 * (LEX_RESTATED_TARGETS) right after it, and either 确定 right before it with
 * the explanation going on after a comma, or a justification right after
 * (LEX_TARGET_JUSTIFIERS). Not a target first set in a plan sentence
 * (力争实现6%的增长目标。, 确定5%左右的增长目标。: nothing explains it). */
static int restated_target(const xt_text *t, size_t ns, size_t after)
{
	if (!xt_at(t, after, "的"))
		return 0;
	size_t l = xt_at_any32(t, after + 1, LEX_RESTATED_TARGETS);
	if (!l)
		return 0;
	size_t e = after + 1 + l;
	return (xt_before(t, ns, 0, "确定") && xt_get(t, e) == 0xFF0C /* ， */) ||
	       xt_at_any32(t, e, LEX_TARGET_JUSTIFIERS);
}

/* 首批40项试点之一, 全国10个示范城市之一: a count closing in 之一
 * (LEX_ONE_OF, after at most fourteen ideographs) is the size of the group
 * the subject is one of, context (rule 9), not things the report did. Not a
 * count followed by other words before 之一 (获批试点3个，成为…之一: the
 * punctuation ends the scan). */
static int size_of_a_group_one_is_of(const xt_text *t, const unit_match *u, size_t fe)
{
	if (u->kind != UNIT_COUNT)
		return 0;
	for (size_t k = fe; k < t->n && k - fe <= 14 && xt_is_han(t->cp[k]); k++)
		if (xt_at_any32(t, k, LEX_ONE_OF))
			return 1;
	return 0;
}

/* 远超全国17.1%的平均水平: a rate right before 的平均水平 (LEX_AVERAGE_AFTER)
 * is another body's average the figure is compared with, context (rule 9);
 * the comparison itself (高出全市平均水平68%: the number after) is a figure
 * (decision 61). 完成1%人口抽样调查: a rate right before the name of a survey
 * (LEX_SURVEY_NAMES_AFTER) names the survey (rule 11). */
static int rate_of_another(const xt_text *t, const unit_match *u, size_t fe)
{
	if (u->kind != UNIT_PERCENT)
		return 0;
	return xt_at_any32(t, fe, LEX_AVERAGE_AFTER) || xt_at_any32(t, fe, LEX_SURVEY_NAMES_AFTER);
}

/* 工业4.0项目: a number written N.0 whose 项 is the first character of 项目
 * is a version in a label (decision 24, like 6.0版), read as a count by
 * mistake; 等4个工业4.0项目 keeps its 4 个, and 4项目标 (no .0) is a count. */
static int version_label(const xt_text *t, const unit_match *u, size_t ns, size_t fe)
{
	size_t p = fe - u->len;
	return strcmp(u->unit, "项") == 0 && xt_at(t, fe, "目") && p >= ns + 3 &&
	       t->cp[p - 1] == '0' && t->cp[p - 2] == '.';
}

/* 25万平方米的家居商业综合体…开业, 建成超15万平方米的跨境货车综合接驳站: an
 * area or length, 的, then one facility's name (ideographs, quotes and ·, at
 * most twenty code points, ending its clause) holding a word of a single
 * facility (LEX_ONE_FACILITY_WORDS) is that facility's size (decisions 21,
 * 81, 126), no figure. Not an amount of work (谋划实施22公里的城区道路: 道路
 * names no single facility; 完成100公里的管网改造工程: a word of work,
 * LEX_PLACE_WORKS, in the name), nor land an action settles (1.8平方公里的
 * 土地整备, decision 51). */
static int size_of_one_facility(const xt_text *t, const unit_match *u, size_t fe)
{
	if ((u->kind != UNIT_AREA && u->kind != UNIT_LENGTH) || !xt_at(t, fe, "的"))
		return 0;
	size_t a = fe + 1, k = a;
	int facility = 0;
	for (; k < t->n && k - a <= 20; k++) {
		uint32_t c = t->cp[k];
		if (!xt_is_han(c) && c != 0x201C && c != 0x201D && c != 0x00B7)
			break;
		if (xt_at_any32(t, k, LEX_ONE_FACILITY_WORDS))
			facility = 1;
	}
	if (!facility || k - a > 20 || (k < t->n && !xt_clause_delim_at(t, k)))
		return 0;
	return !xt_in_any32(t, a, k, LEX_PLACE_WORKS) && !xt_in_any32(t, a, k, LEX_LAND_ACTIONS);
}

/* 启动全区首条6.5公里有轨电车示范线, 深圳湾滨海休闲带西段6.6公里全线开工: a
 * length right after a word of one thing (首条, 一条: LEX_ONE_THING_BEFORE) or
 * right before 全线 (the whole of one line) is that line's size (decisions
 * 21, 78, 81), no amount built. Not a length after a verb (建成绿道12公里),
 * nor the whole of a network (全市轨道交通运营里程达500公里: no 全线 after). */
static int length_of_one_line(const xt_text *t, const unit_match *u, size_t ns, size_t fe)
{
	if (u->kind != UNIT_LENGTH)
		return 0;
	return xt_before_any32(t, ns, 0, LEX_ONE_THING_BEFORE) || xt_at(t, fe, "全线");
}

int xc_report_frame(const xt_text *t, const unit_match *u, size_t cs, size_t ns, size_t fe,
                    size_t sl)
{
	if (sl == 0 && (circle_label(t, u, fe) || own_structure_count(t, u, ns, fe) ||
	                forum_name(t, u, fe) || context_count(t, u, cs, ns, fe)))
		return 1;
	if (sl == 0 && (size_of_one_facility(t, u, fe) || size_of_a_group_one_is_of(t, u, fe) ||
	                rate_of_another(t, u, fe) || version_label(t, u, ns, fe)))
		return 1;
	if (sl == 0 && length_of_one_line(t, u, ns, fe))
		return 1;
	return streak_count(t, u, ns) || span_passed(t, ns) || restated_target(t, ns, fe + sl);
}

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
 * 大唐700万吨露天矿 names its mine. */
int xc_facility_list_after(const xt_text *t, size_t fe)
{
	if (fe >= t->n || !xt_is_han(t->cp[fe]))
		return 0;
	int listed = 0;
	for (size_t k = fe; k < t->n && k - fe <= 48; k++) {
		uint32_t c = t->cp[k];
		if (listed && xt_at_any32(t, k, LEX_FACILITY_WORDS))
			return 1;
		if (c == 0x3001 || c == 0x7B49 /* 等 */)
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
	const char *m = DONE;
	while (*m)
		if (xt_lit_next(&m) == before)
			return 1;
	return 0;
}

/* 空气质量综合指数4.81, 基尼系数为0.46: an index has no unit (gold rule 14:
 * unit ""): a number without one right after an index word (LEX_INDEX_WORDS,
 * 为/是/达到 between at most) at its clause's end. Fills *u with the empty
 * unit and returns 1, else 0. A number after 指数 that goes on (指数100强,
 * 指数2.0版) is a label. */
int xc_index_value(const xt_text *t, size_t ns, size_t ne, unit_match *u)
{
	size_t k = ns, l;
	if ((l = xt_before_any32(t, k, 0, LEX_REACH_VERBS)) || (l = xt_before(t, k, 0, "为")) ||
	    (l = xt_before(t, k, 0, "是")))
		k -= l;
	if (!xt_before_any32(t, k, 0, LEX_INDEX_WORDS))
		return 0;
	uint32_t next = xt_get(t, ne);
	if (!(ne >= t->n || xt_clause_delim_at(t, ne) || next == 0xFF09 || next == ')'))
		return 0;
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
	if (!xt_before_any32(t, verb, cs, LEX_REFORM_MEASURES))
		return 0;
	ct_token *toks = NULL;
	size_t n = xc_tokens_of(t, cs, verb, &toks);
	int yoy = 0;
	for (size_t i = 0; i < n && !yoy; i++)
		yoy = toks[i].kind == CT_BASE_PREV;
	free(toks);
	return !yoy;
}

/* 1 when a number with a unit of base unit `base` follows pos in its
 * sentence (the measured value after a milestone). */
int xc_amount_follows(const ctx *x, size_t pos, const char *base)
{
	const xt_text *t = &x->t;
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		if (!xt_is_digit(t->cp[k]) || (k > pos && xt_is_digit(t->cp[k - 1])))
			continue;
		char *v = NULL;
		size_t e = xc_read_number(x, k, &v);
		free(v);
		unit_match m;
		/* 迈上5万亿台阶、五年增量超1.36万亿元: an increase after the
		 * milestone is no measured value of it */
		size_t lo = k > pos + 5 ? k - 5 : pos;
		if (xt_find(t, lo, k, "增量") != (size_t)-1 ||
		    xt_in_any32(t, lo, k, LEX_GROWTH_UP)) {
			k = e;
			continue;
		}
		if (units_match(t, e, &m) && strcmp(m.base, base) == 0)
			return 1;
		k = e;
	}
	return 0;
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

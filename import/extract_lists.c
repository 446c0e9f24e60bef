/* Figure extraction: the sentence passes after the main pass.
 *
 * Each reads the candidates of a sentence once all of them are known, and
 * rewrites them in place: xc_drop_context drops the wholes whose part follows
 * (is_context); xc_split_paired_subject names the two figures of a subject that
 * is two in one word (城乡, 存贷款) by its two parts; xc_split_listed_subjects gives
 * subjects listed before 分别 one figure each; xc_spread_list_qualifier and
 * xc_spread_qualifier_over_objects give a 以上 / 左右 after the last of
 * listed figures to every one of them. They read ctx.t and ctx.c, and write
 * only the candidates' names and qualifiers (and ctx.n for drop_context).
 *
 * Passes of their own because each needs the figures after a figure, which
 * the main pass has not read yet when it pushes that figure: run once the
 * text is read (extract_metrics), in that order. */
#include "extract_ctx.h"

#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------- paired subjects respectively */

static int same_name(const xt_name *a, const xt_name *b)
{
	return a->n == b->n && memcmp(a->cp, b->cp, a->n * sizeof a->cp[0]) == 0;
}

/* End of the sentence holding pos (at its 。；or the text end). */
static size_t sentence_end(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i < t->n && i - pos < MAX_SCAN && !xt_sentence_delim_at(t, i))
		i++;
	return i;
}

static int adjacent_figures(const ctx *x, size_t k, size_t j);

/* 城乡居民人均可支配收入分别达到41256元和21873元, 存贷款余额分别增长6.9%、6.6%:
 * by convention the two figures of a subject that is two in one word
 * (LEX_PAIRED_SUBJECTS) are its two parts in order (城镇, 农村; 存款, 贷款).
 * Applies to exactly two figures of one sentence sharing a name that holds
 * such a word and the same base unit, with 分别 in that sentence or with the
 * two values listed one after the other (城乡居民人均收入年均增长5.3%、7.7%);
 * the names are rewritten in place. */
void xc_split_paired_subject(ctx *x)
{
	const xt_text *t = &x->t;
	for (size_t k = 0; k + 1 < x->n; k++) {
		cand *a = &x->c[k], *b = &x->c[k + 1];
		if (!same_name(&a->name, &b->name) || a->m.is_ranking || b->m.is_ranking ||
		    !a->m.base_unit || !b->m.base_unit ||
		    strcmp(a->m.base_unit, b->m.base_unit) != 0)
			continue;
		/* 城乡居民基础养老金最低标准从98元/月提高到178元/月: the level a
		 * change starts from and the one it reaches are one subject's,
		 * whatever 分别 another clause of the sentence holds. */
		if (a->is_start)
			continue;
		size_t s = bind_start(t, a->num_start);
		if (bind_start(t, b->num_start) != s)
			continue;
		if (k > 0 && same_name(&x->c[k - 1].name, &a->name) &&
		    bind_start(t, x->c[k - 1].num_start) == s)
			continue;
		if (k + 2 < x->n && same_name(&x->c[k + 2].name, &a->name) &&
		    bind_start(t, x->c[k + 2].num_start) == s)
			continue;
		if (!adjacent_figures(x, k, k + 2) &&
		    xt_find(t, s, sentence_end(t, b->fig_end), "分别") == (size_t)-1)
			continue;
		xt_name parts[2];
		const char32_t *const *w = LEX_PAIRED_SUBJECTS;
		while (*w && !(name_replace_word(&a->name, w[0], w[1], &parts[0]) &&
		               name_replace_word(&a->name, w[0], w[2], &parts[1])))
			w += 3;
		if (!*w)
			continue;
		for (int i = 0; i < 2; i++) {
			cand *c = i == 0 ? a : b;
			c->name = parts[i];
			free(c->m.name);
			c->m.name = name_to_utf8(&c->name);
		}
		k++;
	}
}

/* 城镇和农村居民人均可支配收入分别达35512元、25689元, 经济总量和增速分别居全国
 * 第四、第八: a run of figures of one sentence that share a name listing
 * subjects (joined by 和、及与) as many as the figures, with 分别 in the
 * sentence, takes one subject each, in order. When all subjects but the
 * last are short words of one length (城镇, 农村…) they are parallel
 * modifiers of the last one's head (农村[居民人均可支配收入]), else each
 * subject is a whole name. A head that would start with a suffix (工业和服务
 * 业增加值: 业增加值) leaves the names as they are. */
/* The figures [k, j) follow one another with only 、和及与 between them
 * (800公里、600公里、300公里): a list of values, one per listed subject. */
static int adjacent_figures(const ctx *x, size_t k, size_t j)
{
	const xt_text *t = &x->t;
	for (size_t i = k; i + 1 < j; i++) {
		size_t e = x->c[i].fig_end;
		uint32_t c = xt_get(t, e);
		if (x->c[i + 1].num_start != e + 1 ||
		    !(c == 0x3001 || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ || c == 0x4E0E))
			return 0;
	}
	return 1;
}

/* Where the m subjects before the clause at cs start when each is a short
 * clause of its own ended by 、 (供热、燃气、[排水管网…]): at most 14 code
 * points, the length of an indicator's own name (新建装配式建筑面积比例、[高星级
 * 绿色建筑比例分别达55%、50%]: 11; 规模以上工业企业营业收入: 12), no digits
 * but a year opening the first. (size_t)-1 when they are not there. */
static size_t listed_subjects_start(const xt_text *t, size_t cs, size_t m)
{
	size_t p = cs;
	for (size_t i = 0; i < m; i++) {
		if (p == 0 || t->cp[p - 1] != 0x3001)
			return (size_t)-1;
		size_t a = clause_start(t, p - 1);
		if (p - 1 - a == 0 || p - 1 - a > 14)
			return (size_t)-1;
		/* 2021年旅游收入、…: a year opening the first subject is its
		 * period (name_clean cuts it), no figure */
		size_t q0 = a;
		if (i + 1 == m && q0 + 5 < p - 1 && xt_is_digit(t->cp[q0]) &&
		    xt_is_digit(t->cp[q0 + 1]) && xt_is_digit(t->cp[q0 + 2]) &&
		    xt_is_digit(t->cp[q0 + 3]) && xt_at(t, q0 + 4, "年"))
			q0 += 5;
		for (size_t q = q0; q < p - 1; q++)
			if (xt_is_digit(t->cp[q]))
				return (size_t)-1;
		p = a;
	}
	return p;
}

/* “上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项: a run of
 * n figures whose shared name is only the last subject, right after a run of
 * n figures of the same sentence that took one subject each, is of those
 * subjects in order. Their names lose the words that the shared name leaves
 * off the last of them (新增: the totals are no change). 1 with parts set when
 * the run before fits. */
static int names_of_run_before(const ctx *x, size_t k, size_t n, xt_name *parts)
{
	if (k < n)
		return 0;
	const cand *p = &x->c[k - n];
	const xt_name *cur = &x->c[k].name, *last = &p[n - 1].name;
	if (cur->n < 2 || last->n <= cur->n ||
	    memcmp(last->cp, cur->cp, cur->n * sizeof cur->cp[0]) ||
	    sentence_end(&x->t, p[0].fig_end) != sentence_end(&x->t, x->c[k].fig_end))
		return 0;
	xt_name tail;
	tail.n = last->n - cur->n;
	memcpy(tail.cp, last->cp + cur->n, tail.n * sizeof tail.cp[0]);
	for (size_t i = 0; i < n; i++) {
		if (p[i].m.is_ranking != x->c[k].m.is_ranking ||
		    !name_ends_with(&p[i].name, &tail) || p[i].name.n <= tail.n ||
		    (i > 0 && same_name(&p[i].name, &p[i - 1].name)))
			return 0;
		parts[i] = p[i].name;
		parts[i].n -= tail.n;
	}
	return 1;
}

void xc_split_listed_subjects(ctx *x)
{
	const xt_text *t = &x->t;
	size_t k = 0;
	while (k < x->n) {
		size_t s = bind_start(t, x->c[k].num_start), j = k + 1;
		while (j < x->n && same_name(&x->c[j].name, &x->c[k].name) &&
		       x->c[j].m.is_ranking == x->c[k].m.is_ranking &&
		       bind_start(t, x->c[j].num_start) == s)
			j++;
		size_t n = j - k;
		xt_name parts[8];
		int listed = n >= 2 && n <= 8 && adjacent_figures(x, k, j);
		int respectively =
		    n >= 2 && n <= 8 &&
		    xt_find(t, s, sentence_end(t, x->c[j - 1].fig_end), "分别") != (size_t)-1;
		int split =
		    (listed || respectively) && name_split_list(&x->c[k].name, n, parts) == 1;
		if (!split && listed) {
			/* 改造老旧供热、燃气、排水管网800公里、600公里、300公里: the
			 * subjects' 、 cut the first figure's clause; its name is only
			 * the last of them. */
			size_t cs = clause_start(t, x->c[k].num_start);
			/* 坪山河干流、汤坑水、墩子河、石溪河和碧岭水分别完成…的20%、60%、40%、
			 * 30%和30%: the first figure's own clause may hold more than
			 * one subject (joined by 和), so fewer than n - 1 clauses
			 * before it; the most that make n subjects in all win */
			for (size_t m = n - 1; m >= 1 && !split; m--) {
				size_t from = listed_subjects_start(t, cs, m);
				/* 食品、石化、医药、信息等产业: examples, not the subjects */
				if (from == (size_t)-1 ||
				    xt_find(t, cs, x->c[k].num_start, "等") != (size_t)-1)
					continue;
				/* the subjects before, then the first figure's own name */
				xt_name whole;
				int ignored;
				name_set(&whole, t, from, cs);
				name_append_name(&whole, &x->c[k].name);
				name_clean(&whole, &ignored);
				split = name_split_list(&whole, n, parts) == 1;
			}
		}
		if (!split && (listed || respectively)) {
			/* 新设企业数量、注册资本总额，分别增长21%、35%; 旅游收入、游客人数再创
			 * 新高，分别增长…: the subjects are listed in the clause before the
			 * figures' own, which named them by its last subject only (the 、
			 * cut the others off); split that clause's list over the figures
			 * when it is where their shared name came from */
			size_t cs = clause_start(t, x->c[k].num_start);
			size_t pc =
			    cs > 0 && t->cp[cs - 1] == 0xFF0C /* ， */ ? clause_start(t, cs - 1)
			                                               : (size_t)-1;
			size_t from =
			    pc != (size_t)-1 ? listed_subjects_start(t, pc, n - 1) : (size_t)-1;
			if (from != (size_t)-1 && xt_find(t, from, cs, "等") == (size_t)-1) {
				xt_name own, whole;
				int ignored;
				name_set(&own, t, pc, cs - 1);
				name_clean(&own, &ignored);
				/* a clause with figures of its own named them itself
				 * (names_of_run_before) */
				int figures = 0;
				for (size_t q = pc; q + 1 < cs; q++)
					figures |= xt_is_digit(t->cp[q]);
				if (own.n > 0 && !figures && name_holds(&own, &x->c[k].name)) {
					name_set(&whole, t, from, pc);
					name_append_name(&whole, &own);
					name_clean(&whole, &ignored);
					split = name_split_list(&whole, n, parts) == 1;
				}
			}
		}
		if (!split && respectively)
			split = names_of_run_before(x, k, n, parts);
		if (!split) {
			k = j;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			cand *c = &x->c[k + i];
			c->name = parts[i];
			free(c->m.name);
			c->m.name = name_to_utf8(&c->name);
		}
		k = j;
	}
}

/* ------------------------------------------------ list qualifiers */

/* Figures k and k + 1 follow one another with only 、和及与 between them. */
static int listed_next(const ctx *x, size_t k)
{
	return adjacent_figures(x, k, k + 2);
}

/* The qualifier of figure k, written before its number, given to the figures
 * after it that `joined` keeps in one list with it and that have none of their
 * own (no ranking; no growth unless `growths`). Returns the last one given it. */
static size_t spread_first_qualifier(ctx *x, size_t k, int (*joined)(const ctx *, size_t),
                                     int growths)
{
	const rp_metric *first = &x->c[k].m;
	size_t j = k + 1;
	while (j < x->n && joined(x, j - 1) && x->c[j].m.qualifier == QUAL_NONE &&
	       !x->c[j].m.is_ranking && (growths || !x->c[j].is_growth))
		xc_set_qualifier(&x->c[j++].m, first->qualifier, first->qualifier_text);
	return j - 1;
}

/* 1000万亩、400万吨以上, 3所、5所左右: a qualifier after the last of figures
 * listed one after another (only 、和及与 between) is every one's (gold rule
 * 6); figures with words between (学校3所、幼儿园5所左右) keep their own here,
 * and xc_spread_qualifier_over_objects decides whether one verb holds them. */
void xc_spread_list_qualifier(ctx *x)
{
	for (size_t k = x->n; k-- > 1;) {
		const rp_metric *last = &x->c[k].m;
		if (last->qualifier == QUAL_NONE || !last->qualifier_text ||
		    !(strcmp(last->qualifier_text, "左右") == 0 ||
		      strcmp(last->qualifier_text, "以上") == 0 ||
		      strcmp(last->qualifier_text, "以内") == 0 ||
		      strcmp(last->qualifier_text, "以下") == 0))
			continue;
		size_t j = k;
		while (j > 0 && adjacent_figures(x, j - 1, j + 1) &&
		       x->c[j - 1].m.qualifier == QUAL_NONE && !x->c[j - 1].m.is_ranking)
			j--;
		for (size_t i = j; i < k; i++)
			xc_set_qualifier(&x->c[i].m, last->qualifier, last->qualifier_text);
		k = j > 0 ? j : 1;
	}
	/* 力争分别突破30亿元、40亿元大关, 约5万人、3万户: a qualifier before the
	 * first of figures listed one after another is every one's, as one after
	 * the last is (gold rules 6, 32). */
	for (size_t k = 0; k + 1 < x->n; k++) {
		const rp_metric *first = &x->c[k].m;
		if (first->qualifier == QUAL_NONE || !first->qualifier_text || first->is_ranking ||
		    !xt_before(&x->t, x->c[k].num_start, 0, first->qualifier_text))
			continue;
		k = spread_first_qualifier(x, k, listed_next, 1);
	}
}

/* The longest item of a list read for a verb, in code points. */
#define LIST_ITEM_MAX 12

/* Whether a verb of LEX_LIST_ITEM_VERBS opens the words [a, b), after
 * adverbs and time words that open a clause (力争, 全年: LEX_NAME_LEADING
 * minus its verbs is not needed: a verb anywhere within the first words
 * counts, as 力争新建 has it second). */
static int item_has_verb(const xt_text *t, size_t a, size_t b)
{
	for (size_t k = a; k < b && k - a < LIST_ITEM_MAX; k++)
		if (xt_at_any32(t, k, LEX_LIST_ITEM_VERBS))
			return 1;
	return 0;
}

/* The longest object's words between two listed objects, in code points
 * (、纳税1000万元以上企业: a threshold inside the noun). */
#define OBJECT_ITEM_MAX 16

/* Figures k and k + 1 are objects of one verb listed with 、: between them
 * only 、 and the next object's words (森林抚育), with no clause delimiter
 * or verb that opens an item (、完善郊野径 has its own). The words may hold
 * a title (国家级专精特新“小巨人”企业) and a threshold (纳税1000万元以上企业):
 * the two figures are adjacent candidates, so a number between them was
 * read as no figure. */
static int object_of_same_verb(const ctx *x, size_t k)
{
	const xt_text *t = &x->t;
	size_t e = x->c[k].fig_end, n = x->c[k + 1].num_start;
	if (xt_get(t, e) != 0x3001 /* 、 */ || n <= e + 1 || n - e > OBJECT_ITEM_MAX)
		return 0;
	for (size_t i = e + 1; i < n; i++)
		if (t->cls[i] & XT_CLAUSE)
			return 0;
	return !item_has_verb(t, e + 1, n);
}

/* 完成林分优化400亩、森林抚育5900亩以上: a 以上 or 左右 after the last of the
 * objects listed after one verb is every one's (gold rule 32), as it is of
 * figures listed one after another (xc_spread_list_qualifier); where each item
 * has its own verb (绿道30公里、完善郊野径60公里、新建骑行道45公里以上) it stays
 * the last one's. The verb must open the first item's clause: without one
 * (学校3所、幼儿园5所左右) nothing says the items share anything. Not a rate
 * of change after the objects (又推出10个、…均压减70%以上: the change's
 * bound). */
/* Figures k and k + 1 are counted objects of one verb, the number first
 * (推出不少于100项服务、50款金融产品): between them only the first's noun and
 * 、 or 和 right before the second number, no digit, clause delimiter, quote
 * or verb that opens an item. */
static int counted_object_of_same_verb(const ctx *x, size_t k)
{
	const xt_text *t = &x->t;
	size_t e = x->c[k].fig_end, n = x->c[k + 1].num_start;
	if (n <= e + 1 || n - e > LIST_ITEM_MAX)
		return 0;
	uint32_t sep = t->cp[n - 1];
	if (sep != 0x3001 /* 、 */ && sep != 0x548C /* 和 */)
		return 0;
	for (size_t i = e; i + 1 < n; i++)
		if (!xt_is_han(t->cp[i]) || (x->flag[i] & F_QUOTE))
			return 0;
	return !item_has_verb(t, e, n - 1);
}

void xc_spread_qualifier_over_objects(ctx *x)
{
	const xt_text *t = &x->t;
	/* 推出不少于100项服务、50款金融产品: a bound before the first of counted
	 * objects of one verb is every one's (gold decisions 114, 845) */
	for (size_t k = 0; k + 1 < x->n; k++) {
		const rp_metric *first = &x->c[k].m;
		if (first->qualifier == QUAL_NONE || !first->qualifier_text || first->is_ranking ||
		    x->c[k].is_growth ||
		    !xt_before_any(t, x->c[k].num_start, 0, LEX_SPREAD_BOUNDS, NULL))
			continue;
		k = spread_first_qualifier(x, k, counted_object_of_same_verb, 0);
	}
	for (size_t k = x->n; k-- > 1;) {
		const rp_metric *last = &x->c[k].m;
		if (last->qualifier == QUAL_NONE || !last->qualifier_text || last->is_ranking ||
		    x->c[k].is_growth ||
		    !(strcmp(last->qualifier_text, "左右") == 0 ||
		      strcmp(last->qualifier_text, "以上") == 0))
			continue;
		size_t j = k;
		while (j > 0 && object_of_same_verb(x, j - 1) &&
		       x->c[j - 1].m.qualifier == QUAL_NONE && !x->c[j - 1].m.is_ranking &&
		       !x->c[j - 1].is_growth)
			j--;
		if (j < k &&
		    item_has_verb(t, clause_start(t, x->c[j].num_start), x->c[j].num_start))
			for (size_t i = j; i < k; i++)
				xc_set_qualifier(&x->c[i].m, last->qualifier, last->qualifier_text);
		k = j > 0 ? j : 1;
	}
}

/* Drops the candidates marked is_context, keeping the others in order. */
void xc_drop_context(ctx *x)
{
	size_t n = 0;
	for (size_t k = 0; k < x->n; k++) {
		if (x->c[k].is_context) {
			rp_metric_free_strings(&x->c[k].m);
			continue;
		}
		x->c[n++] = x->c[k];
	}
	x->n = n;
}

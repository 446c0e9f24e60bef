/* Figure extraction: rankings.
 *
 * xc_try_ranking is called by the main loop (extract_metrics) at each 第,
 * 榜首, 首位 and 之首: when a ranking verb (居, 排名, 位居…) stands shortly
 * before it in its clause and 位 / 名 or the clause end follows the numeral,
 * it pushes a ranking figure (is_ranking, the place as its value), named by
 * the words before the verb and scoped by the peer group (全省, 全国…:
 * XC_SCOPE_WORDS, which extract_number.c also reads to drop the count of a
 * peer group). It reads ctx.t and ctx.flag (F_QUOTE, F_GLOSSARY) and writes
 * one candidate; a 第 that is no ranking (第一批, 第三方) is passed over.
 *
 * A file of its own because a ranking is the one figure that does not start
 * with ASCII digits and a unit: it is read from a 第 and a Chinese numeral,
 * with rules of its own, and the number pass only needs to know one is
 * ahead (F_DI). */
#include "extract_ctx.h"

#include "cn_numeral.h"
#include "lexicon.h"
#include "sb.h"

#include <stdio.h>
#include <string.h>

/* A count right after these and before a ranking is the peer group. */
const char32_t *const XC_SCOPE_WORDS[] = {U"全省", U"全市", U"全国",     U"全区", U"全县",
                                          U"全州", U"省内", U"市内",     U"国内", U"全球",
                                          U"同类", U"同批", U"全省同类", NULL};

/* ------------------------------------------------------------- rankings */

/* A new candidate for the ranking [pos, e) of value (a place) in unit. */
static cand *push_ranking(ctx *x, size_t pos, size_t e, const char *value, const char *unit)
{
	cand *c = xc_push(x);
	c->num_start = pos;
	c->fig_end = e;
	c->m.is_ranking = 1;
	c->m.value = xstrdup(value);
	c->m.unit = xstrdup(unit);
	c->m.base_value = xstrdup(value);
	c->m.base_unit = xstrdup(unit);
	return c;
}

/* 1 when the title that closes right before pos (its ” at pos - 1) was
 * awarded or entered: 获评, 荣获, 入选 or 获 stands right before its “, in
 * the clause from cs. */
static int title_awarded_before(const xt_text *t, size_t cs, size_t pos)
{
	static const char32_t *const AWARDED[] = {U"获评", U"荣获", U"入选", U"获", NULL};
	size_t k = pos - 1;
	while (k > cs && t->cp[k - 1] != 0x201C /* “ */)
		k--;
	return k > cs + 1 && xt_before_any32(t, k - 1, cs, AWARDED) > 0;
}

/* 稳居全国榜首, 稳居全省首位: first place, 1 名 / 1 位 (gold rule 31); so are
 * 之首 (增速居全市之首), 居首 (交通文明指数全市居首) and 桂冠 (首摘全市桂冠), after
 * a ranking verb (xc_try_ranking); 首个, 首批, 首届 give no place. */
int xc_first_place_at(const xt_text *t, size_t pos)
{
	uint32_t c0 = t->cp[pos], c1 = xt_get(t, pos + 1);
	return (c0 == 0x699C /* 榜 */ && c1 == 0x9996 /* 首 */) ||
	       (c0 == 0x9996 /* 首 */ && c1 == 0x4F4D /* 位 */) ||
	       (c0 == 0x4E4B /* 之 */ && c1 == 0x9996 /* 首 */) ||
	       (c0 == 0x9996 /* 首 */ && pos > 0 && t->cp[pos - 1] == 0x5C45 /* 居 */) ||
	       (c0 == 0x6842 /* 桂 */ && c1 == 0x51A0 /* 冠 */);
}

/* 第 at pos: a ranking when a ranking verb stands shortly before it in the
 * clause and 位/名 or the clause end follows the numeral. */
size_t xc_try_ranking(ctx *x, size_t pos)
{
	const xt_text *t = &x->t;
	if ((x->flag[pos] & (F_QUOTE | F_GLOSSARY)))
		return pos + 1;
	size_t p = pos + 1;
	long v = 0;
	char value[32];
	size_t len = 0;
	uint32_t c0 = t->cp[pos];
	if (xc_first_place_at(t, pos)) {
		snprintf(value, sizeof value, "1");
		p = pos;
		len = c0 == 0x9996 ? 1 : 2; /* 首位: 位 is read as the unit below */
	} else if ((len = cn_numeral_parse(t, p, &v))) {
		snprintf(value, sizeof value, "%ld", v);
	} else {
		while (p + len < t->n && xt_is_digit(t->cp[p + len]) && len < 6)
			len++;
		if (!len)
			return pos + 1;
		for (size_t k = 0; k < len; k++)
			value[k] = (char)t->cp[p + k];
		value[len] = '\0';
	}
	if (strcmp(value, "0") == 0)
		return pos + 1;
	size_t e = p + len;
	const char *unit = "名";
	int named_place = 0; /* 第一名: the place said as such */
	int size_rank = 0;   /* 全市第三大: a rank by size (gold rule 40) */
	if (xt_at(t, e, "位")) {
		unit = "位";
		e++;
	} else if (xt_at(t, e, "名")) {
		e++;
		named_place = c0 == 0x7B2C /* 第 */ && (e >= t->n || xt_clause_delim_at(t, e) ||
		                                        xt_get(t, e) == 0xFF09 /* ） */);
	} else if (c0 == 0x7B2C /* 第 */ && xt_at(t, e, "大") &&
	           (xt_before_any32(t, pos, clause_start(t, pos), XC_SCOPE_WORDS) ||
	            /* 新能源装机成为第一大电源: what the subject became, the
	             * scope left out (gold decision 364) */
	            xt_before(t, pos, clause_start(t, pos), "成为"))) {
		/* 正山甲项目是全市第三大城市更新项目, 跻身全球第三大: the size rank
		 * among like things in a scope, whatever noun follows */
		e++;
		size_rank = 1;
	} else if ((xt_at(t, e, "和") || xt_at(t, e, "及")) && xt_at(t, e + 1, "第")) {
		/* 第三和第五位: the list's unit is the last one's. */
		for (size_t k = e + 2; k < t->n && k < e + 8 && !xt_clause_delim_at(t, k); k++)
			if (xt_at(t, k, "位") || xt_at(t, k, "名")) {
				unit = xt_at(t, k, "位") ? "位" : "名";
				break;
			}
	} else if (c0 == 0x7B2C /* 第 */ && (xt_at(t, e, "成绩") || xt_at(t, e, "的成绩")) &&
	           xt_before_any32(t, pos, clause_start(t, pos), XC_SCOPE_WORDS)) {
		/* 以全省第一成绩通过中期评估: the place a result took in its scope,
		 * 成绩 after it (the scope makes it a ranking, below) */
	} else if (e < t->n && !xt_clause_delim_at(t, e) && !size_rank) {
		return pos + 1; /* 第九批, 第一议题, 第六居民组: ordinals in names */
	}

	/* The nearest ranking verb before 第, with at most a few words between. */
	size_t cs = clause_start(t, pos);
	size_t verb = (size_t)-1;
	for (size_t k = pos; k > cs && pos - k <= 10; k--) {
		size_t l = xt_before_any32(t, k, cs, LEX_RANK_VERBS);
		if (l) {
			verb = k - l;
			break;
		}
	}
	/* 分别居全国第四、第八: the next of a list of rankings after one verb. */
	cand *listed = NULL;
	size_t listed_from = pos; /* where its quote starts: its scope, if any */
	if (verb == (size_t)-1 && x->n > 0 && x->c[x->n - 1].m.is_ranking) {
		cand *last = &x->c[x->n - 1];
		size_t le = last->fig_end;
		if (le + 1 == pos &&
		    (t->cp[le] == 0x3001 || xt_at(t, le, "和") || xt_at(t, le, "及")))
			listed = last;
		/* 名列第五、广东第一, 排名分别升至世界第二、世界第三: the next ranking
		 * of the list in another scope, a place of at most four ideographs
		 * before its 第 */
		else if (le < pos && pos - le <= 5 && t->cp[le] == 0x3001 &&
		         !xt_before_any32(t, pos, clause_start(t, pos), XC_SCOPE_WORDS)) {
			size_t k = le + 1;
			while (k < pos && xt_is_han(t->cp[k]))
				k++;
			if (k == pos && pos > le + 1) {
				listed = last;
				listed_from = le + 1;
			}
		}
	}
	/* 从全国第12位跃升至第5位, 由第12位升至第9位: the place a ranking moved
	 * to, after the place it moved from and a verb of the move
	 * (LEX_RANK_CHANGE_TO), is a ranking of the same indicator (gold
	 * decisions 346, 365); an adverb (双双) may stand between. */
	if (verb == (size_t)-1 && !listed && x->n > 0 && x->c[x->n - 1].m.is_ranking) {
		cand *last = &x->c[x->n - 1];
		size_t le = last->fig_end;
		size_t vl =
		    le < pos && pos - le <= 8 ? xt_before_any32(t, pos, le, LEX_RANK_CHANGE_TO) : 0;
		if (vl && le >= clause_start(t, pos)) {
			size_t k = le;
			while (k < pos - vl && xt_is_han(t->cp[k]))
				k++;
			if (k == pos - vl) {
				listed = last;
				listed_from = clause_start(t, pos); /* the quote: the move */
			}
		}
	}
	if (verb == (size_t)-1 && !listed) {
		/* 营商环境评价全省第一: a scope right before 第 ranks without a verb;
		 * so does 第一名 ending its clause (全市考核第二名, 比武“警戒巡逻行动”
		 * 第一名): the place said as such is a ranking by itself. */
		size_t l = xt_before_any32(t, pos, cs, XC_SCOPE_WORDS);
		/* 获评“2021年赛迪投资竞争力百强区”第二: a place in a list whose
		 * title was just given (获评, 荣获, 入选 before it), at the clause's
		 * end: the title names the ranking */
		int titled = !l && pos > cs + 2 && t->cp[pos - 1] == 0x201D /* ” */ &&
		             (e >= t->n || xt_clause_delim_at(t, e)) &&
		             title_awarded_before(t, cs, pos);
		if (!l && !named_place && !size_rank && !titled)
			return pos + 1;
		verb = pos - l;
		if (!l && size_rank && xt_before(t, pos, cs, "成为"))
			verb = pos - 2; /* 成为第一大: named by the words before 成为 */
	}
	if (listed) {
		xt_name same = listed->name; /* push may move the array */
		cand *c = push_ranking(x, pos, e, value, unit);
		c->name = same;
		c->m.name = name_to_utf8(&c->name);
		xc_place(x, c, listed_from);
		return e;
	}

	cand *c = push_ranking(x, pos, e, value, unit);

	/* Name: the words before the verb, without a peer-group context
	 * (在全省45家经开区中); a context that names an evaluation stays
	 * (在…高质量发展考核中综合排名 → …考核综合排名). */
	size_t ctx_at = (size_t)-1, ctx_end = verb;
	for (size_t k = cs; k < verb; k++) {
		if (t->cp[k] == 0x5728 /* 在 */ &&
		    !(k > cs && (xt_at(t, k - 1, "所在") || xt_at(t, k - 1, "存在") ||
		                 xt_at(t, k - 1, "现在") || xt_at(t, k - 1, "正在")))) {
			ctx_at = k;
			break;
		}
	}
	xt_name *nm = &c->name;
	nm->n = 0;
	if (ctx_at != (size_t)-1) {
		for (size_t k = verb; k > ctx_at; k--)
			if (t->cp[k - 1] == 0x4E2D /* 中 */) {
				ctx_end = k - 1;
				break;
			}
		int peer = 0;
		for (size_t k = ctx_at + 1; k < ctx_end && !peer; k++)
			peer = xt_at_any32(t, k, XC_SCOPE_WORDS) > 0 || xt_is_digit(t->cp[k]);
		if (peer) {
			/* 12月份 in 元至12月份…考核 is a date, not a peer count. */
			peer = 0;
			for (size_t k = ctx_at + 1; k < ctx_end && !peer; k++) {
				if (xt_at_any32(t, k, XC_SCOPE_WORDS))
					peer = 1;
				if (xt_is_digit(t->cp[k])) {
					size_t d = k;
					while (d < ctx_end && xt_is_digit(t->cp[d]))
						d++;
					unit_match u;
					if (units_match(t, d, &u) && u.kind == UNIT_COUNT)
						peer = 1;
					k = d;
				}
			}
		}
		/* 在全市市容环境综合考核中名列第二, 在全省营商环境评价中排名全市第二: a
		 * context that ends with an evaluation (LEX_NAME_EVALUATION_WORDS)
		 * names what was ranked, whatever scope it holds; only a group of
		 * peers (在全省45家经开区中) is left out */
		size_t eval_at = ctx_at + 1;
		if (peer && xt_before_any32(t, ctx_end, ctx_at + 1, LEX_NAME_EVALUATION_WORDS)) {
			peer = 0;
			/* 在全国首次经营主体发展质量评价中: the scope of a first
			 * evaluation says where and when it was held, not which one
			 * (a scope alone stays: 全市第三方满意度调查) */
			size_t l = xt_at_any32(t, eval_at, XC_SCOPE_WORDS);
			size_t f = xt_at_any32(t, eval_at + l, LEX_NAME_EVALUATION_TIMES);
			if (f)
				eval_at += l + f;
		}
		name_set(nm, t, cs, ctx_at);
		if (!peer)
			name_append(nm, t, eval_at, ctx_end);
		name_append(nm, t, ctx_end < verb ? ctx_end + 1 : verb, verb);
	} else {
		name_set(nm, t, cs, verb);
	}
	int after_deng;
	name_clean(nm, &after_deng);
	/* 试点以[全省第一成绩]通过…: 以 (by) before the scope is no part of the
	 * name of what was ranked */
	if (nm->n > 2 && nm->cp[nm->n - 1] == 0x4EE5 /* 以 */)
		nm->n--;
	/* 获评“…百强区”第二: a name that is one title alone is the title's words */
	if (nm->n > 4 && nm->cp[0] == 0x201C && nm->cp[nm->n - 1] == 0x201D) {
		int one = 1;
		for (size_t k = 1; k + 1 < nm->n && one; k++)
			one = nm->cp[k] != 0x201C && nm->cp[k] != 0x201D;
		if (one) {
			memmove(nm->cp, nm->cp + 1, (nm->n - 2) * sizeof nm->cp[0]);
			nm->n -= 2;
		}
	}
	if (nm->n <= 2) {
		/* 实际利用外资5077.76万美元，在全省…中居第三位: ranks the figure
		 * before; 地区生产总值386.5亿元，增速居全市第2位: ranks its 增速. */
		cand *prev = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (prev && prev->fig_end >= bind_start(t, pos) && !prev->m.is_ranking)
			name_prepend_ranked(nm, &prev->name); /* 总量全省第一: its indicator */
	}
	c->m.name = name_to_utf8(nm);
	xc_place(x, c, cs);
	return e;
}

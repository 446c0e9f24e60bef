/* Clause tokens: the exact kinds and spans for invented sentences of each
 * pattern the binding rules read. A clause is rendered as
 * "KIND[text] KIND[text] …"; since the tokens tile the clause, the texts give
 * the spans exactly (one test checks the offsets themselves). */
#include "clause_tokens.h"
#include "extract_text.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* The tokens of the whole of utf8, rendered; caller frees. Checks that the
 * tokens tile the text and stay within their bound. */
static char *render(const char *utf8)
{
	xt_text t;
	xt_init(&t, utf8);
	ct_token *toks = NULL;
	size_t n = ct_tokenize(&t, 0, t.n, &toks);
	cr_assert_leq(n, t.n);
	sb b = SB_INIT;
	size_t pos = 0;
	for (size_t i = 0; i < n; i++) {
		cr_assert_eq(toks[i].start, pos, "token %zu starts at %zu, not %zu", i,
		             toks[i].start, pos);
		cr_assert_gt(toks[i].end, toks[i].start);
		pos = toks[i].end;
		char *s = xt_dup(&t, toks[i].start, toks[i].end);
		if (i > 0)
			sb_putc(&b, ' ');
		sb_puts(&b, ct_kind_name(toks[i].kind));
		sb_putc(&b, '[');
		sb_puts(&b, s);
		sb_putc(&b, ']');
		free(s);
	}
	cr_assert_eq(pos, t.n, "tokens end at %zu of %zu", pos, t.n);
	free(toks);
	xt_free(&t);
	return sb_take(&b);
}

static void expect_tokens(const char *utf8, const char *want)
{
	char *got = render(utf8);
	cr_assert_str_eq(got, want, "%s:\n got  %s\n want %s", utf8, got, want);
	free(got);
}

Test(clause_tokens, number_unit_and_growth_against_the_year_before)
{
	expect_tokens("地区生产总值182.9亿元，同比增长6.1%",
	              "WORD[地区生产总值] NUMBER[182.9] UNIT[亿元] PUNCT[，] BASE_PREV[同比] "
	              "GROWTH_UP[增长] NUMBER[6.1] UNIT[%]");
	expect_tokens("较上年同期下降2.3个百分点",
	              "BASE_PREV[较上年同期] GROWTH_DOWN[下降] NUMBER[2.3] UNIT[个百分点]");
	expect_tokens("按可比价计算增长了5%",
	              "BASIS[按可比价计算] GROWTH_UP[增长] FILLER[了] NUMBER[5] UNIT[%]");
	expect_tokens("营业收入1,234.5万元", "WORD[营业收入] NUMBER[1,234.5] UNIT[万元]");
	/* a like-for-like comparison is how the change is computed; 对比 alone
	 * stays a word */
	expect_tokens("税收收入37亿元，同口径对比增长9%",
	              "WORD[税收收入] NUMBER[37] UNIT[亿元] PUNCT[，] BASIS[同口径对比] "
	              "GROWTH_UP[增长] NUMBER[9] UNIT[%]");
	expect_tokens("对比增长9%", "WORD[对比] GROWTH_UP[增长] NUMBER[9] UNIT[%]");
}

Test(clause_tokens, base_years_and_other_bases)
{
	expect_tokens("比2010年提高86%", "BASE_YEAR[比2010年] GROWTH_UP[提高] NUMBER[86] UNIT[%]");
	expect_tokens("与2020年末相比下降25%",
	              "BASE_YEAR[与2020年末相比] GROWTH_DOWN[下降] NUMBER[25] UNIT[%]");
	expect_tokens("比承诺时限压缩62%",
	              "COMPARE[比] WORD[承诺时限] GROWTH_DOWN[压缩] NUMBER[62] UNIT[%]");
	/* a year of its own, and the year of a 比 word (比重) is no base */
	expect_tokens("2023年比重达30%", "YEAR[2023年] WORD[比重] LINK[达] NUMBER[30] UNIT[%]");
}

Test(clause_tokens, spans_and_averages)
{
	expect_tokens("年均增长5.7%", "SPAN[年均] GROWTH_UP[增长] NUMBER[5.7] UNIT[%]");
	expect_tokens("累计下降27.4%", "SPAN[累计] GROWTH_DOWN[下降] NUMBER[27.4] UNIT[%]");
	expect_tokens("价格平均降幅54%",
	              "BASIS[价格] SPAN[平均] GROWTH_DOWN[降幅] NUMBER[54] UNIT[%]");
	/* 人均 is a word, no 均 */
	expect_tokens("人均可支配收入增长6%",
	              "WORD[人均可支配收入] GROWTH_UP[增长] NUMBER[6] UNIT[%]");
}

Test(clause_tokens, ranges)
{
	expect_tokens("打造5至10家", "WORD[打造] NUMBER[5] RANGE[至] NUMBER[10] UNIT[家]");
	expect_tokens("增长6%-7%", "GROWTH_UP[增长] NUMBER[6] UNIT[%] RANGE[-] NUMBER[7] UNIT[%]");
	expect_tokens("3—5个", "NUMBER[3] RANGE[—] NUMBER[5] UNIT[个]");
}

Test(clause_tokens, from_to)
{
	expect_tokens("从380元提高至1000元",
	              "FROM[从] NUMBER[380] UNIT[元] TO[提高至] NUMBER[1000] UNIT[元]");
	expect_tokens("由2010年的162.4亿元增加到2015年的287.9亿元",
	              "FROM[由] YEAR[2010年] WORD[的] NUMBER[162.4] UNIT[亿元] TO[增加到] "
	              "YEAR[2015年] WORD[的] NUMBER[287.9] UNIT[亿元]");
	/* 由于 and 从严 open nothing */
	expect_tokens("由于从严管理", "WORD[由于从严管理]");
}

Test(clause_tokens, lists_each_and_all)
{
	expect_tokens("城镇、农村居民人均可支配收入分别增长4.4%、5.6%",
	              "WORD[城镇] SEP[、] WORD[农村居民人均可支配收入] EACH[分别] GROWTH_UP[增长] "
	              "NUMBER[4.4] UNIT[%] SEP[、] NUMBER[5.6] UNIT[%]");
	expect_tokens("工业和服务业均增长8%",
	              "WORD[工业] SEP[和] WORD[服务业] ALL[均] GROWTH_UP[增长] NUMBER[8] UNIT[%]");
	expect_tokens("示范区各1个", "WORD[示范区] ALL[各] NUMBER[1] UNIT[个]");
	/* 各类, 涉及, 参与 and 和谐 hold no separator or 各 */
	expect_tokens("各类企业涉及参与和谐", "WORD[各类企业涉及参与和谐]");
}

Test(clause_tokens, quotes_titles_and_parentheses)
{
	expect_tokens("落实“保才18条”和《条例》",
	              "WORD[落实] QUOTE[“保才18条”] SEP[和] QUOTE[《条例》]");
	expect_tokens("增长6.5%(年度目标6%以上)",
	              "GROWTH_UP[增长] NUMBER[6.5] UNIT[%] OPEN[(] WORD[年度] TARGET[目标] "
	              "NUMBER[6] UNIT[%] WORD[以上] CLOSE[)]");
	/* a quote left open runs to the clause's end */
	expect_tokens("实施“双千工程3项", "WORD[实施] QUOTE[“双千工程3项]");
}

Test(clause_tokens, one_code_point_verbs_and_signs)
{
	/* 增 before a number is a verb of change; in 新增 or 增加值 it is not */
	expect_tokens("增5%", "GROWTH_UP[增] NUMBER[5] UNIT[%]");
	expect_tokens("新增企业", "WORD[新增企业]");
	expect_tokens("工业增加值增长-3.2%",
	              "WORD[工业增加值] GROWTH_UP[增长] NUMBER[-3.2] UNIT[%]");
	/* a dash after a word is no sign */
	expect_tokens("编号-3", "WORD[编号-] NUMBER[3]");
}

/* The offsets of a clause inside a longer text, and the bound. */
Test(clause_tokens, spans_inside_a_text_and_the_bound)
{
	xt_text t;
	xt_init(&t, "前文。收入48000元和20000元，分别增长5%和7%。后文");
	/* the clause from 收 (3) to its 。 (28), 后文 left out */
	size_t from = 3, to = t.n - 2;
	ct_token *toks = NULL;
	size_t n = ct_tokenize(&t, from, to, &toks);
	cr_assert_eq(n, 15);
	static const struct {
		enum ct_kind k;
		size_t a, b;
	} want[] = {{CT_WORD, 3, 5},     {CT_NUMBER, 5, 10},  {CT_UNIT, 10, 11},
	            {CT_SEP, 11, 12},    {CT_NUMBER, 12, 17}, {CT_UNIT, 17, 18},
	            {CT_PUNCT, 18, 19},  {CT_EACH, 19, 21},   {CT_GROWTH_UP, 21, 23},
	            {CT_NUMBER, 23, 24}, {CT_UNIT, 24, 25},   {CT_SEP, 25, 26},
	            {CT_NUMBER, 26, 27}, {CT_UNIT, 27, 28},   {CT_PUNCT, 28, 29}};
	for (size_t i = 0; i < n; i++) {
		cr_assert_eq(toks[i].kind, want[i].k, "token %zu: %s", i,
		             ct_kind_name(toks[i].kind));
		cr_assert_eq(toks[i].start, want[i].a, "token %zu starts at %zu", i, toks[i].start);
		cr_assert_eq(toks[i].end, want[i].b, "token %zu ends at %zu", i, toks[i].end);
	}
	cr_assert(ct_only(toks + 7, 2, CT_BIT(CT_EACH) | CT_BIT(CT_GROWTH_UP)));
	cr_assert_not(ct_only(toks, 3, CT_BIT(CT_NUMBER) | CT_BIT(CT_UNIT)));
	free(toks);
	/* nothing to read: no tokens, no allocation */
	cr_assert_eq(ct_tokenize(&t, 5, 5, &toks), 0);
	cr_assert_null(toks);
	cr_assert_eq(ct_tokenize(&t, t.n, t.n + 10, &toks), 0);
	cr_assert_null(toks);
	xt_free(&t);
}

/* Linear and bounded: a long clause of figures gives at most one token per
 * code point, and an unclosed quote is read once. */
Test(clause_tokens, long_clauses)
{
	sb b = SB_INIT;
	for (int i = 0; i < 2000; i++)
		sb_puts(&b, "增长5%、");
	sb_puts(&b, "“");
	for (int i = 0; i < 2000; i++)
		sb_puts(&b, "《“");
	char *s = sb_take(&b);
	xt_text t;
	xt_init(&t, s);
	ct_token *toks = NULL;
	size_t n = ct_tokenize(&t, 0, t.n, &toks);
	cr_assert_eq(n, 2000 * 4 + 1);
	cr_assert_eq(toks[n - 1].kind, CT_QUOTE);
	cr_assert_eq(toks[n - 1].end, t.n);
	free(toks);
	xt_free(&t);
	free(s);
}

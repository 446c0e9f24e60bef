/* Figures' places in the input as plain text: the offsets score-metrics
 * pairs by. The expected offsets are what its text.js gives for the same
 * input (node -e "require('./tests/tools/score-metrics/text.js').normalise(…)"),
 * counted in UTF-16 code units; each test builds report.text and the figures'
 * spans by hand, so that it states only the rule it is about. */
#include "plain_offsets.h"
#include "report.h"
#include "sb.h"
#include "utf8.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* Code point offset of the n-th (from 0) occurrence of `what` in s. */
static size_t cp_offset(const char *s, const char *what, int nth)
{
	const char *p = s;
	for (int i = 0; i <= nth; i++) {
		p = strstr(i ? p + 1 : p, what);
		cr_assert_not_null(p, "%s (#%d) in %s", what, nth, s);
	}
	return utf8_count(s, (size_t)(p - s));
}

/* A report whose text is `text` with one figure per (quote, number) pair:
 * the quote's nth occurrence and the number's first occurrence inside it. */
typedef struct {
	const char *quote, *number;
	int nth;
} fig;

static void build(report *r, const char *text, const fig *figs, size_t n)
{
	memset(r, 0, sizeof *r);
	r->text = xstrdup(text);
	r->metrics = xcalloc(n, sizeof *r->metrics);
	r->n_metrics = n;
	for (size_t k = 0; k < n; k++) {
		rp_metric *m = &r->metrics[k];
		m->span_start = cp_offset(text, figs[k].quote, figs[k].nth);
		m->span_end = m->span_start + utf8_count(figs[k].quote, strlen(figs[k].quote));
		m->num_start = m->span_start + cp_offset(figs[k].quote, figs[k].number, 0);
		m->plain_start = 12345; /* the pass sets every one */
	}
}

static void release(report *r)
{
	free(r->text);
	free(r->metrics);
}

static void located(const char *input, const char *text, const fig *figs, size_t n,
                    const long long *want)
{
	report r;
	build(&r, text, figs, n);
	plain_offsets_set(&r, input);
	for (size_t k = 0; k < n; k++)
		cr_expect_eq(r.metrics[k].plain_start, want[k], "figure %zu (%s): %lld, want %lld",
		             k, figs[k].quote, r.metrics[k].plain_start, want[k]);
	release(&r);
}

Test(plain_offsets, lines_trimmed_and_joined_spaces_by_cjk_and_before_percent_dropped)
{
	/* text.js: "全年营业收入900亿元，同比增长3.4%。" */
	const fig f[] = {{"全年营业收入900亿元", "900", 0}, {"同比增长3.4%", "3.4", 0}};
	const long long want[] = {6, 16};
	located("\u3000\u3000全年营业收入 900 亿元，\n\n  同比增长 3.4 %。\n",
	        "全年营业收入900亿元，\n同比增长3.4%。", f, 2, want);
}

Test(plain_offsets, a_character_beyond_the_bmp_counts_two_units)
{
	const fig f[] = {{"社区12个", "12", 0}};
	const long long want[] = {6}; /* 新 建 𠀀(2) 社 区 */
	located("新建\U00020000社区12个", "新建\U00020000社区12个", f, 1, want);
}

Test(plain_offsets, a_run_of_spaces_loses_what_the_expression_matches)
{
	/* text.js: "Park A\u3000B 5个x": the space before U+3000 goes (a CJK
	 * character follows it), the one after (one precedes it), the space
	 * between B and 5 stays (neither side is CJK) */
	const fig f[] = {{"5个", "5", 0}};
	const long long want[] = {9};
	located("Park A \u3000 B 5个 x", "Park A B 5个 x", f, 1, want);
}

Test(plain_offsets, full_width_digits_match_their_ascii)
{
	const fig f[] = {{"完成投资900亿元", "900", 0}};
	const long long want[] = {4};
	located("完成投资９００亿元", "完成投资900亿元", f, 1, want);
}

Test(plain_offsets, equal_quotes_are_found_in_document_order)
{
	const fig f[] = {{"增长5%", "5", 0}, {"增长5%", "5", 1}};
	const long long want[] = {2, 7};
	located("增长5%。\n增长5%。", "增长5%。\n增长5%。", f, 2, want);
}

Test(plain_offsets, a_quote_the_input_does_not_hold_stays_unknown)
{
	/* the parser's text can differ from the file (a heading it rewrote):
	 * that figure is unknown, and the next is still found */
	const fig f[] = {{"收入900亿元", "900", 0}, {"增长5%", "5", 0}};
	const long long want[] = {-1, 11};
	located("营业收入 九百 亿元，增长5%", "收入900亿元，增长5%", f, 2, want);
}

Test(plain_offsets, word_and_pdf_inputs_have_no_plain_offsets)
{
	report r;
	const fig f[] = {{"增长5%", "5", 0}};
	build(&r, "增长5%", f, 1);
	plain_offsets_set(&r, NULL);
	cr_expect_eq(r.metrics[0].plain_start, -1);
	release(&r);
}

Test(plain_offsets, a_figure_far_past_the_window_is_not_searched_for)
{
	/* a quote the parser's text puts right after the last hit, while the
	 * input holds it only 20000 characters later: beyond the window, so
	 * unknown, at a bounded cost */
	sb in = SB_INIT;
	sb_append(&in, "增长5%", strlen("增长5%"));
	for (int i = 0; i < 20000; i++)
		sb_putc(&in, 'x');
	sb_append(&in, "完成6个", strlen("完成6个"));
	const fig f[] = {{"增长5%", "5", 0}, {"完成6个", "6", 0}};
	const long long want[] = {2, -1};
	located(sb_str(&in), "增长5%完成6个", f, 2, want);
	sb_free(&in);
}

/* Typed tokens of a clause: the words the binding rules of extract.c read
 * (numbers and their units, verbs of change, the base a change is measured
 * against, ranges, from–to, list separators, 分别 / 均, quotes and titles),
 * so that a rule asks "is the token before the verb a base year?" instead of
 * matching literals at code-point offsets of its own.
 *
 * The tokens tile [from, to): every code point belongs to exactly one token,
 * in order, and whatever is none of the typed kinds is a CT_WORD (runs of
 * such code points are one token). A rule can therefore say "only these kinds
 * lie between a and b" by reading the tokens of [a, b) and nothing else.
 *
 * Recognition is lexical, longest match first, from the words of lexicon.c:
 * a token says what its words are, never what they do in the sentence (a
 * CT_GROWTH_UP is 增长 whether or not a rate follows; the reader checks the
 * tokens after it). Words that hold a marker character without being one
 * (人均, 均衡, 增加值, 涉及, 比重: LEX_CT_PLAIN_WORDS) are read as words first,
 * so 人均 gives no CT_ALL and 增加值 no growth. One code point verbs (增, 减,
 * 降) and 各 are tokens only right before a number (增5%, 各1家): elsewhere
 * they start ordinary words (新增, 减免, 各类).
 *
 * Cost: each position tries a bounded set of words of bounded length, and a
 * quote is consumed to its closing mark (or to `to`) once, so tokenizing is
 * linear in to - from; at most to - from tokens come out. */
#ifndef IMPORT_CLAUSE_TOKENS_H
#define IMPORT_CLAUSE_TOKENS_H

#include "extract_text.h"

#include <stddef.h>

enum ct_kind {
	CT_WORD,        /* any other text: 地区生产总值, 完成 */
	CT_PUNCT,       /* ， ： ； 。 and spaces (、 is CT_SEP) */
	CT_OPEN,        /* （ ( */
	CT_CLOSE,       /* ） ) */
	CT_QUOTE,       /* a whole quote or title, marks included: “三保”, 《…》 */
	CT_NUMBER,      /* 182.9, 1,234, -3.2 (a sign only right after a verb of change) */
	CT_UNIT,        /* right after a number: 亿元, %, 个百分点, 余人 (units.c) */
	CT_YEAR,        /* a year standing alone: 2022年 */
	CT_RANGE,       /* the dash between the bounds of a range: 3-5个, 6%-7%, 3至5家 */
	CT_GROWTH_UP,   /* 增长, 提高, 增速 (LEX_GROWTH_UP) */
	CT_GROWTH_DOWN, /* 下降, 压缩 (LEX_GROWTH_DOWN) */
	CT_LINK, /* between a verb and its rate: 达, 为, 达到, 控制在 (LEX_GROWTH_LINK) */
	CT_BASE_PREV, /* the year before as base: 同比, 比上年, 较上年同期 (LEX_CT_YOY_BASES) */
	CT_BASIS,     /* how a change is computed: 按可比价计算, 现价 (LEX_CT_BASIS) */
	CT_BASE_YEAR, /* a stated base year: 比2010年, 较2010年末, 与2010年相比 (.year) */
	CT_COMPARE,   /* 比 / 较 before another base: 比[承诺时限], 较[全省平均] */
	CT_SPAN,      /* a change over a span or a set: 年均, 年平均, 累计, 平均 */
	CT_FROM,      /* 从 / 由 opening a from–to: 从380元, 由2010年的 */
	CT_TO,        /* the level reached: 提高至, 增加到, 降至 (LEX_CHANGE_TO) */
	CT_SEP,       /* a list separator: 、 和 及 与 以及 */
	CT_EACH,      /* 分别 */
	CT_ALL,       /* 均, 各 (before a number) */
	CT_TARGET,    /* 目标, 预期目标 (LEX_CT_TARGET_NOUNS) */
	CT_FILLER,    /* 了, 也: change nothing between a figure and its growth */
};

typedef struct ct_token {
	enum ct_kind kind;
	size_t start, end; /* code points of the text, [start, end) */
	int year;          /* CT_BASE_YEAR, CT_YEAR: the year; else 0 */
} ct_token;

/* The tokens of t's code points [from, to) (to is clipped to t->n) into
 * *out (caller frees; NULL when there are none); returns their count, at
 * most to - from. */
size_t ct_tokenize(const xt_text *t, size_t from, size_t to, ct_token **out);

/* The kind's name as written above without CT_ ("GROWTH_UP"), for tests and
 * messages; static. */
const char *ct_kind_name(enum ct_kind k);

/* 1 when every token of toks[0..n) is of a kind in the CT_-bit mask
 * (1u << kind). */
int ct_only(const ct_token *toks, size_t n, unsigned mask);

#define CT_BIT(k) (1u << (k))

#endif

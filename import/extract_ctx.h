/* Figure extraction, internal: what the files of the extractor share
 * (extract.c, extract_regions.c, extract_growth.c, extract_ranking.c,
 * extract_filters.c, extract_number.c, extract_lists.c). Not for use outside
 * import/extract*.c: the outside calls extract_metrics (extract.h).
 *
 * The candidate (cand) and the state of one extraction (ctx), the per code
 * point flags that extract_regions.c writes before the main pass, the edges
 * of a clause and of a binding stretch that every pass reads (static inline:
 * they run several times per figure), and the functions one file defines and
 * another calls, each with the prefix xc_ (XC_ for a word list) that says it
 * is internal to extraction. A function that only one file calls stays
 * static in that file; each is described where it is defined. */
#ifndef IMPORT_EXTRACT_CTX_H
#define IMPORT_EXTRACT_CTX_H

#include "classify.h"
#include "clause_tokens.h"
#include "extract_name.h"
#include "extract_text.h"
#include "report.h"
#include "units.h"

#include <stddef.h>
#include <stdint.h>

/* No clause or sentence is scanned further than this, whatever the input. */
#define MAX_SCAN 200

typedef struct cand {
	rp_metric m;      /* strings owned until moved into the report */
	size_t num_start; /* the number (or 第 of a ranking) */
	size_t fig_end;   /* after the unit and any qualifier */
	int is_growth;    /* a growth rate standing on its own */
	xt_name name;     /* the cleaned name, for figures named after this one */
	int is_start;     /* the level a change starts from (从380元提高至…) */
	int is_context;   /* a whole whose part follows (21个安置区已交付10个): no
	                     figure, dropped after the main pass (xc_drop_context) */
	fig_cues cues;    /* for the last pass (classify.c) */
	int no_subject;   /* its clause named nothing (全年增长9.3%): its name is
	                     another clause's (xc_amount_after_growth) */
} cand;

/* A stretch [start, end) of code points. */
typedef struct xc_run {
	size_t start, end;
} xc_run;

typedef struct ctx {
	report *r;
	xt_text t;
	uint8_t *flag; /* per code point, F_* bits: one byte where three arrays
	                  took ten, since memory per input byte is bounded */
	cand *c;
	size_t n, cap;
	int review_year, plan_year; /* the years of the report's sides (classify.c) */
	int carried_base;           /* 比2012年（下同）: the base year an aside carries to
	                               the end of its paragraph, 0 none */
	size_t carried_scan;        /* read up to here with no paragraph end: each code
	                               point once, however many figures ask */
	uint32_t target_first[32];  /* first code points of LEX_TARGET_WORDS */
	size_t n_target_first;
	uint32_t period_first[32]; /* of the period words (period_word_at) */
	size_t n_period_first;
	uint8_t period_low[32]; /* bit (c & 0xFF) set for each c of period_first:
	                           one test rejects most code points */
	xc_run *ahead;          /* where the time a figure's sentence or paragraph names
	                           is a span still to come (xc_span_ahead) */
	size_t n_ahead, cap_ahead;
	xt_name org_places[ORG_PLACES_MAX]; /* the report's own place, as a name may open
	                                       with it (name_org_places) */
	size_t n_org_places;
} ctx;

/* ctx.flag bits. */
enum {
	F_QUOTE = 1,       /* inside “…”, 《…》, 「…」 */
	F_TARGET_PARA = 2, /* after 目标：/ 目标是： in the same paragraph, or
	                      in the list of lines it opens */
	F_TARGET_SENT = 8, /* after 力争/确保/目标… in the same sentence */
	F_DI = 4,          /* a 第 (where rankings start) */
	/* the time the sentence (or else the paragraph's opening) names before
	 * this point: at most one of the three (period_scope_at) */
	F_SPAN = 16,      /* a span of years: 这五年, “十四五”时期 */
	F_PART_YEAR = 32, /* a part of a year: 1-9月, 上半年 */
	F_ONE_YEAR = 64,  /* one whole year: 全年, 过去一年, 1-12月 */
	F_GLOSSARY = 128, /* from a glossary's heading line (名词解释, ※注释※) on */
};

/* What a figure's own clause names. */
enum own_name {
	OWN_NAME,  /* a subject of its own: 工业增加值 */
	OWN_NONE,  /* nothing: 累计达到18.6万户 */
	OWN_BARE,  /* only how the figure before changed: 新增9家, 净增58家 */
	OWN_TOTAL, /* only the stock of the figure before: 总数达到486家 */
};

/* ----------------------------------------------------------- text scans */

/* The edges of the clause / sentence around pos read the delimiter classes
 * directly (one byte each): they run several times per figure. */
static inline size_t clause_start(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i > 0 && pos - i < MAX_SCAN && !(t->cls[i - 1] & XT_CLAUSE))
		i--;
	return i;
}

static inline size_t clause_end(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i < t->n && i - pos < MAX_SCAN && !(t->cls[i] & XT_CLAUSE))
		i++;
	return i;
}

/* Start of the stretch a growth rate may bind across (up to 。；). */
static inline size_t bind_start(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i > 0 && pos - i < MAX_SCAN && !(t->cls[i - 1] & XT_SENTENCE))
		i--;
	return i;
}

/* extract.c */
cand *xc_push(ctx *x);
size_t xc_tokens_of(const xt_text *t, size_t a, size_t b, ct_token **toks);
void xc_set_quote(const xt_text *t, rp_metric *m, size_t num, size_t from, size_t to);
void xc_place(ctx *x, cand *c, size_t from);
void xc_set_qualifier(rp_metric *m, enum metric_qualifier q, const char *text);
enum own_name xc_make_name(ctx *x, cand *c, size_t from, size_t to, size_t after, size_t cl_end,
                           const unit_match *u);

/* extract_regions.c */
int xc_sentence_year_of(const xt_text *t, size_t pos);
/* 1 when the span the time at pos names (F_SPAN) is still to come:
 * 未来五年, “十五五”时期 in a report planning 2026. */
int xc_span_ahead(const ctx *x, size_t pos);
void xc_mark_regions(ctx *x);

/* extract_growth.c */
cand *xc_figure_before(ctx *x, size_t pos);
int xc_only_comparison_words(const xt_text *t, size_t a, size_t b);
int xc_stock_of_figure_before(const xt_text *t, const cand *prev, size_t a, size_t b);
/* 1 when figure `inc` is an increment (a verb of change right before its
 * number: 比上年增加2.11万元, not a level reached: 增加到); then *total is the
 * total it adds to, stated before it in the same sentence with comparison
 * words only between (人均GDP达30.87万元，比上年增加…), or NULL when none is. */
int xc_increment(ctx *x, const cand *inc, cand **total);
int xc_growth_before(const xt_text *t, size_t ns, size_t floor, size_t *verb_start, int *down);
int xc_base_year_before(const xt_text *t, size_t verb, size_t floor, size_t *start);
int xc_base_carried_on(const xt_text *t, size_t verb, size_t floor);
int xc_cut_amount(const xt_text *t, const cand *c);
int xc_restated_total_between(const xt_text *t, size_t a, size_t b);
size_t xc_other_comparison_before(const xt_text *t, size_t verb, size_t floor);
int xc_leading_base(const xt_text *t, size_t cs, int *year);
int xc_is_yoy_base(const ctx *x, int by);
size_t xc_respectively_before(const xt_text *t, size_t verb, size_t floor);
size_t xc_rates_listed_after(const xt_text *t, size_t pos, int commas, size_t *at, size_t *end,
                             size_t max);
size_t xc_bind_respectively(ctx *x, size_t verb, size_t first_start, size_t after_first,
                            const char *first, int down, int over_years, int respectively);
size_t xc_target_after(const xt_text *t, size_t fe);
int xc_only_link_words(const xt_text *t, size_t a, size_t b);
int xc_growth_before_rank(const ctx *x, size_t ns, size_t lead);
size_t xc_span_before(const xt_text *t, size_t verb, size_t floor, size_t *end);
int xc_target_in_parentheses(const ctx *x, size_t cs, size_t lead, size_t *open);
size_t xc_all_of_listed_subjects(const xt_text *t, size_t cs, size_t lead);
int xc_standing_between(const xt_text *t, size_t a, size_t b);
int xc_amount_after_growth(const xt_text *t, const cand *g, const cand *c, size_t cs, size_t lead,
                           int *measure_only);
cand *xc_figure_before_ranking(ctx *x, const cand *rank, size_t verb);
int xc_growth_noun_after(const xt_text *t, size_t fe, size_t ce, int *down);
/* 精简文件55.7%, 减少会议25.6%、文件26.6%: a verb of cutting (精简, 减少, 削减,
 * 压减, 压缩) before a short object (at most five ideographs: 压缩全区性会议16.2%)
 * right before the
 * rate, or before the object of a rate listed before it: the rate is a fall
 * of that object, a growth rate (gold rule 2: negative). Not the cuts of a
 * procedure's measures, which xc_cut_of_object_before reads first. */
int xc_cut_verb_before(const xt_text *t, size_t floor, size_t lead);
/* 1 when the rate whose words end at lead (its sentence from floor) is a cut written verb first
 * with a procedure's measure as its object: 平均压减办理时间58%, 减材料54%, and an object listed
 * after one such (、申请材料52%). A fall against the procedure before (gold rule 4): negative, no
 * yoy. Not 压减一般性支出5% (an amount, not a measure of a procedure). */
int xc_cut_of_object_before(const xt_text *t, size_t floor, size_t lead);

/* extract_ranking.c */
extern const char32_t *const XC_SCOPE_WORDS[];
int xc_first_place_at(const xt_text *t, size_t pos);
size_t xc_try_ranking(ctx *x, size_t pos);

/* extract_filters.c */
int xc_facility_after(const xt_text *t, size_t fe);
int xc_facility_list_after(const xt_text *t, size_t fe);
int xc_capacity_is_done(uint32_t before);
int xc_index_value(const xt_text *t, size_t ns, size_t ne, unit_match *u);
int xc_is_count(const xt_text *t, const cand *p);
int xc_standard_reached(const ctx *x, const unit_match *u, size_t cs, size_t ns, size_t lead,
                        size_t fe);
int xc_page_counter(const xt_text *t, size_t ns, size_t fe);
int xc_reform_measure_before(const xt_text *t, size_t cs, size_t verb);
int xc_only_noun_between(const xt_text *t, size_t a, size_t b);
int xc_part_follows(const ctx *x, size_t pos, const char *unit, const char *whole);
int xc_part_opens_clause(const xt_text *t, size_t pos);
int xc_word_between(const xt_text *t, size_t a, size_t b);
int xc_abbreviation_before(const xt_text *t, size_t ns);
int xc_counted_class_after(const xt_text *t, size_t fe, size_t ce);
int xc_count_in(const xt_text *t, size_t a, size_t b);
int xc_land_settled_after(const xt_text *t, size_t pos);
int xc_size_of_named_place(const xt_text *t, size_t fe);
int xc_names_attached_file(const xt_text *t, size_t pos);
int xc_radius_of_coverage(const xt_text *t, size_t fe);
/* The report's own frame around a number: a circle's name, the plan's own
 * structure, a streak, a span passed, a forum's name, a context count, a
 * restated target (extract_filters.c). */
int xc_report_frame(const xt_text *t, const unit_match *u, size_t cs, size_t ns, size_t fe,
                    size_t sl);

/* extract_number.c */
extern const char *const XC_SUFFIX_LOWER[];
extern const char *const XC_SUFFIX_UPPER[];
extern const char *const XC_SUFFIX_APPROX[];
size_t xc_read_number(const ctx *x, size_t pos, char **value);
size_t xc_try_number(ctx *x, size_t ns);

/* extract_lists.c */
void xc_split_paired_subject(ctx *x);
void xc_split_listed_subjects(ctx *x);
void xc_spread_list_qualifier(ctx *x);
void xc_spread_qualifier_over_objects(ctx *x);
void xc_drop_context(ctx *x);

#endif

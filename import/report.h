/* The in-memory result of parsing one work report: what the import job loads
 * into PostgreSQL and what `report-import --dry-run` prints.
 *
 * Offsets: every *_start / *_end is a count of Unicode code points into
 * report.text, end exclusive. report.text is the normalised document:
 * paragraphs joined with '\n', PDF wraps undone, full-width digits and signs
 * inside figures made ASCII, spaces that touch CJK characters removed.
 *
 * Ownership: a report owns every string and array it points to;
 * report_free() releases them all. */
#ifndef IMPORT_REPORT_H
#define IMPORT_REPORT_H

#include <stddef.h>

enum section_role {
	SECTION_PREAMBLE, /* text before the first heading, level 0 */
	SECTION_BODY,     /* a numbered section, level 1..4 */
	SECTION_CLOSING,  /* paragraphs after the last numbered section, level 0 */
};

typedef struct rp_section {
	int parent; /* index into report.sections, -1 at top level */
	int level;  /* 0 preamble/closing; 1 一、 2 （一） 3 1. 4 （1） */
	enum section_role role;
	char *label;       /* "一", "（一）", "1", "（1）"; NULL at level 0.
	                      Parentheses are stored full-width whatever the input. */
	int ordinal;       /* the label's number (一 → 1, （三） → 3); 0 at level 0 */
	char *heading;     /* without label and final punctuation; NULL at level 0 */
	char *body;        /* the section's own text up to its first child, "" if none */
	size_t start;      /* where the section (its label) starts in report.text */
	size_t body_start; /* where body starts in report.text */
	size_t end;        /* where the section, children included, ends */
	int is_plan;       /* the section sets targets (预期目标, 工作安排, 计划...) */
	int is_review;     /* the section or an ancestor reviews results (工作回顾) */
} rp_section;

enum metric_qualifier {
	QUAL_NONE = 0,
	QUAL_APPROX,      /* 约, 近, 左右: about */
	QUAL_LOWER_BOUND, /* 余, 多, 超过, 突破, 以上: at least */
	QUAL_UPPER_BOUND, /* 以内, 不到, 不超过: at most */
};

typedef struct rp_metric {
	int section; /* index into report.sections */
	char *name;  /* indicator name from the clause: "规模以上企业营业收入" */
	char *value; /* exact decimal as written, ASCII: "182.9", "5077.76", "3" */
	char *unit; /* unit as written: "亿元", "万美元", "%", "个百分点", "家", "名", "位" */
	char *base_value; /* value in base units, exact decimal: "18290000000" */
	char *base_unit;  /* "元", "美元", "%", "个百分点", "家", ... */
	enum metric_qualifier qualifier;
	char *qualifier_text; /* the word that made it: "余", "约"; NULL when none */
	char *yoy_pct;        /* stated year-over-year change in percent ("6.1", "-2.3"), or NULL */
	char *yoy_points;     /* stated change in percentage points ("0.8"), or NULL */
	int is_target;        /* a planned figure (target), not a result */
	int is_ranking;       /* 居第三位, 排名第六 */
	int period_year;      /* the year the figure is about; 0 when unknown */
	int base_year;        /* a change against a year other than the one before
	                         (比2010年提高86%): that year; 0 for none. Such a change
	                         is the figure's value (unit %), never its yoy_pct. */
	char *quote;          /* the exact text of the figure's clause, from report.text */
	size_t span_start;    /* quote's span in report.text */
	size_t span_end;
	size_t num_start;      /* where its number starts in report.text */
	long long plain_start; /* its number's place in the input as plain text
	                          (plain_offsets.h), -1 when unknown */
} rp_metric;

typedef struct report {
	char *organization;   /* 济源高新区 */
	int year;             /* 2023: the year in the title */
	char *kind;           /* 工作总结, 政府工作报告 */
	char *title;          /* the title line as normalised */
	char *text;           /* the normalised document (see above) */
	size_t text_chars;    /* its length in code points */
	rp_section *sections; /* in document order: parents before children */
	size_t n_sections;
	rp_metric *metrics; /* in document order */
	size_t n_metrics;
	const char *format;     /* what was read: "text", "docx" or "pdf" (static string) */
	size_t tables_left_out; /* .docx tables not read, and their rows */
	size_t table_rows_left_out;
} report;

/* The names the database and the JSON use: "preamble", "body", "closing";
 * "approx", "lower_bound", "upper_bound" or NULL for QUAL_NONE. Static strings. */
const char *section_role_name(enum section_role role);
const char *metric_qualifier_name(enum metric_qualifier q);

/* Releases everything the report owns and zeroes it. Safe on a zeroed report. */
void report_free(report *r);

/* Frees the strings metric `m` owns (not `m` itself, which the caller owns);
 * the pointers are left dangling: reset or discard the struct afterwards. */
void rp_metric_free_strings(rp_metric *m);

#endif

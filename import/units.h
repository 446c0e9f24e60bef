/* The unit table: which words after a number make it a figure, and how a
 * unit as written (万美元, 亿元, 万人次) converts to its base unit. */
#ifndef IMPORT_UNITS_H
#define IMPORT_UNITS_H

#include "extract_text.h"

#include <stddef.h>

enum unit_kind {
	UNIT_MONEY,
	UNIT_COUNT,
	UNIT_AREA,
	UNIT_LENGTH,
	UNIT_WEIGHT,
	UNIT_ENERGY,
	UNIT_VOLUME,
	UNIT_DURATION,
	UNIT_PERCENT, /* % */
	UNIT_POINTS,  /* 个百分点 */
	UNIT_TIMES,   /* 倍 */
	UNIT_NUMBER,  /* a bare magnitude (182.9亿): an amount whose unit is not written */
};

#define UNIT_TEXT_MAX 64

typedef struct unit_match {
	size_t len;               /* code points consumed, a mid qualifier included */
	char unit[UNIT_TEXT_MAX]; /* as written, without the qualifier: "万美元" */
	char base[UNIT_TEXT_MAX]; /* base unit: "美元"; "元/亩" for 万元/亩 */
	int exp10;                /* unit = 10^exp10 base units */
	enum unit_kind kind;
	const char *mid_qualifier; /* "余" / "多" between magnitude and base
	                              ("3万余人"), else NULL (static) */
} unit_match;

/* Matches the longest unit starting at pos: an optional magnitude (万亿, 亿,
 * 千万, 百万, 万; 千 only before a currency) and a base unit, optionally per
 * another unit (万元/亩, 元/平方米: the magnitude scales the numerator only).
 * Returns 1 and fills *out, or 0 when no unit starts there. */
int units_match(const xt_text *t, size_t pos, unit_match *out);

/* 1 when a unit written in Latin letters starts at pos (智能算力达4800PF):
 * the one case where a letter right after a number is no model or code. */
int units_latin_at(const xt_text *t, size_t pos);

/* 1 when the count of milestones listed starts at pos (两个大台阶, 三个台阶). */
int units_milestones_counted_at(const xt_text *t, size_t pos);

/* 1 for kinds that are rates or changes (%, 个百分点, 倍). */
int unit_is_rate(enum unit_kind kind);

#endif

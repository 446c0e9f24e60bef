/* Report metadata from the first lines: organisation, year and kind from the
 * title (`济源高新区2023年工作总结`, `2019年政府工作报告`, a title over two
 * or three lines), with the organisation of a year-first title taken from
 * the lines under it (`——2019年1月10日在XX市第十六届人民代表大会…`,
 * `XX区人民政府`, `XX市市长张三`). The organisation is the place: a trailing
 * 管委会 / 管理委员会 / 人民政府 / 党工委 is dropped unless nothing else is
 * left. The title block also takes the speaker's signature (`区长 王明`,
 * `王明`) and a date line under the title, and skips 附件 / document-number
 * lines above it. Chinese and ASCII punctuation are read alike. */
#ifndef IMPORT_META_H
#define IMPORT_META_H

#include "normalise.h"

#include <stddef.h>

typedef struct report_meta {
	char *title;        /* the title lines joined; NULL when there is no title */
	char *organization; /* NULL when not found */
	int year;           /* 0 when not found */
	char *kind; /* 工作总结, 政府工作报告 (also a 人民政府's 工作报告), 工作报告, 工作要点,
	               工作计划; NULL if none */
	size_t lead_lines;  /* lines above the title (附件, document number): 0..2 */
	size_t title_lines; /* lines that form the title, after the lead lines (0 to 3) */
	size_t head_lines;  /* lead, title and subtitle lines: where the body starts */
} report_meta;

/* Kinds recognised in titles, most specific first. */
extern const char *const meta_kinds[];

/* Reads the metadata from lines->v[0..]; strings in *out are owned by it
 * (release with meta_free). Never fails: missing fields stay NULL / 0. */
void meta_detect(const norm_lines *lines, report_meta *out);
void meta_free(report_meta *m);

#endif

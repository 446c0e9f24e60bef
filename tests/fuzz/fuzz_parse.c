/* libFuzzer target for report_parse: any bytes in, a report or an error
 * out, never a crash, a leak or undefined behaviour (ASan + UBSan), and a
 * report whose parts agree with each other: every section and figure lies
 * inside the normalised text, in document order. Those invariants are what
 * the loader and the API rely on without checking again.
 *
 * The first byte chooses whether organisation and year are overridden (as
 * with --org/--year), so that inputs without a usable title still reach the
 * outline and the extractor; the rest is the file. */
#include "parse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The invariants of report.h: offsets inside the text, sections in
 * document order with parents before children and children inside their
 * parent, every figure in a section that exists. */
static void check(const report *r)
{
	size_t len = r->text_chars;
	for (size_t i = 0; i < r->n_sections; i++) {
		const rp_section *s = &r->sections[i];
		if (s->start > s->body_start || s->body_start > s->end || s->end > len)
			abort();
		if (i > 0 && s->start < r->sections[i - 1].start)
			abort();
		if (s->parent >= (int)i || s->parent < -1)
			abort();
		if (s->parent >= 0) {
			const rp_section *p = &r->sections[s->parent];
			if (s->start < p->start || s->end > p->end || s->level <= p->level)
				abort();
		}
	}
	for (size_t i = 0; i < r->n_metrics; i++) {
		const rp_metric *m = &r->metrics[i];
		if (m->span_start > m->span_end || m->span_end > len)
			abort();
		if (m->section < 0 || (size_t)m->section >= r->n_sections)
			abort();
		if (!m->value || !m->unit || !m->name || !m->quote)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	parse_options opts = {0};
	if (data[0] & 1) {
		opts.organization = "模糊测试区";
		opts.year = 2024;
	}
	report r;
	parse_error err;
	memset(&r, 0, sizeof r);
	if (report_parse(data + 1, size - 1, &opts, &r, &err) == PARSE_OK) {
		check(&r);
		report_free(&r);
	}
	return 0;
}

/* report_free: the single owner-release of a parsed report (see report.h). */
#include "report.h"

#include <stdlib.h>
#include <string.h>

const char *section_role_name(enum section_role role)
{
	switch (role) {
	case SECTION_PREAMBLE:
		return "preamble";
	case SECTION_CLOSING:
		return "closing";
	case SECTION_BODY:
		break;
	}
	return "body";
}

const char *metric_qualifier_name(enum metric_qualifier q)
{
	switch (q) {
	case QUAL_APPROX:
		return "approx";
	case QUAL_LOWER_BOUND:
		return "lower_bound";
	case QUAL_UPPER_BOUND:
		return "upper_bound";
	case QUAL_NONE:
		break;
	}
	return NULL;
}

static void section_free(rp_section *s)
{
	free(s->label);
	free(s->heading);
	free(s->body);
}

void rp_metric_free_strings(rp_metric *m)
{
	free(m->name);
	free(m->value);
	free(m->unit);
	free(m->base_value);
	free(m->base_unit);
	free(m->qualifier_text);
	free(m->yoy_pct);
	free(m->yoy_points);
	free(m->quote);
}

void report_free(report *r)
{
	if (!r)
		return;
	free(r->organization);
	free(r->kind);
	free(r->title);
	free(r->text);
	for (size_t i = 0; i < r->n_sections; i++)
		section_free(&r->sections[i]);
	free(r->sections);
	for (size_t i = 0; i < r->n_metrics; i++)
		rp_metric_free_strings(&r->metrics[i]);
	free(r->metrics);
	memset(r, 0, sizeof *r);
}

#include "report_json.h"

#include "json_num.h"
#include "sb.h"

#include <stdlib.h>

/* A string or null; never fails on NULL. */
static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* An exact decimal (see json_num.h). A decimal json_decimal cannot print
 * exactly (over 15 significant digits) stays a string rather than losing
 * digits; NULL becomes null. */
static json_t *decimal(const char *text)
{
	json_t *v = json_decimal(text);
	return v ? v : json_string(text);
}

/* A parent index that does not point back into the list before the child
 * would make a cycle or a dangling reference: such a section goes top-level. */
static int valid_parent(const report *r, size_t i)
{
	int p = r->sections[i].parent;
	return p >= 0 && (size_t)p < i;
}

/* "二/（一）/1": the labels from the top-level section down; level-0 sections
 * have no label and are called by their role. Caller frees. */
static char *section_path(const report *r, int index)
{
	if (index < 0 || (size_t)index >= r->n_sections)
		return NULL;
	const rp_section *s = &r->sections[index];
	if (!s->label)
		return xstrdup(section_role_name(s->role));
	sb b = SB_INIT;
	/* The path is short (at most 4 levels): walk up once per level. */
	size_t chain[8];
	size_t depth = 0;
	size_t i = (size_t)index;
	for (;;) {
		chain[depth++] = i;
		if (depth == sizeof chain / sizeof *chain || !valid_parent(r, i))
			break;
		i = (size_t)r->sections[i].parent;
	}
	while (depth-- > 0) {
		const char *label = r->sections[chain[depth]].label;
		if (!label)
			continue;
		if (b.len)
			sb_putc(&b, '/');
		sb_puts(&b, label);
	}
	return sb_take(&b);
}

static json_t *section_json(const rp_section *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "level", json_integer(s->level));
	json_object_set_new(o, "label", str_or_null(s->label));
	json_object_set_new(o, "heading", str_or_null(s->heading));
	json_object_set_new(o, "body", json_string(s->body ? s->body : ""));
	json_object_set_new(o, "role", json_string(section_role_name(s->role)));
	json_object_set_new(o, "ordinal", json_integer(s->ordinal));
	json_object_set_new(o, "start", json_integer((json_int_t)s->start));
	json_object_set_new(o, "body_start", json_integer((json_int_t)s->body_start));
	json_object_set_new(o, "end", json_integer((json_int_t)s->end));
	json_object_set_new(o, "is_plan", json_boolean(s->is_plan));
	json_object_set_new(o, "children", json_array());
	return o;
}

static json_t *sections_tree(const report *r)
{
	json_t *top = json_array();
	json_t **objs = xcalloc(r->n_sections ? r->n_sections : 1, sizeof *objs);
	for (size_t i = 0; i < r->n_sections; i++) {
		objs[i] = section_json(&r->sections[i]);
		json_t *into = valid_parent(r, i)
		                   ? json_object_get(objs[r->sections[i].parent], "children")
		                   : top;
		/* The array takes its own reference; objs[i] stays borrowed. */
		json_array_append_new(into, objs[i]);
	}
	free(objs);
	return top;
}

static json_t *metric_json(const report *r, const rp_metric *m)
{
	json_t *o = json_object();
	json_object_set_new(o, "name", str_or_null(m->name));
	json_object_set_new(o, "value", decimal(m->value));
	json_object_set_new(o, "unit", str_or_null(m->unit));
	json_object_set_new(o, "base_value", decimal(m->base_value));
	json_object_set_new(o, "base_unit", str_or_null(m->base_unit));
	json_object_set_new(o, "qualifier", str_or_null(metric_qualifier_name(m->qualifier)));
	json_object_set_new(o, "qualifier_text", str_or_null(m->qualifier_text));
	json_object_set_new(o, "approx", json_boolean(m->qualifier != QUAL_NONE));
	json_object_set_new(o, "yoy_pct", decimal(m->yoy_pct));
	json_object_set_new(o, "yoy_points", decimal(m->yoy_points));
	json_object_set_new(o, "is_target", json_boolean(m->is_target));
	json_object_set_new(o, "is_ranking", json_boolean(m->is_ranking));
	json_object_set_new(o, "period_year",
	                    m->period_year ? json_integer(m->period_year) : json_null());
	json_object_set_new(o, "base_year",
	                    m->base_year ? json_integer(m->base_year) : json_null());
	json_object_set_new(o, "quote", str_or_null(m->quote));
	json_object_set_new(o, "span_start", json_integer((json_int_t)m->span_start));
	json_object_set_new(o, "span_end", json_integer((json_int_t)m->span_end));
	/* score-metrics' name for the figure's place in the plain text */
	if (m->plain_start >= 0)
		json_object_set_new(o, "start", json_integer((json_int_t)m->plain_start));
	char *path = section_path(r, m->section);
	json_object_set_new(o, "section", str_or_null(path));
	free(path);
	return o;
}

json_t *report_to_json(const report *r)
{
	json_t *head = json_object();
	json_object_set_new(head, "organization", str_or_null(r->organization));
	json_object_set_new(head, "year", json_integer(r->year));
	json_object_set_new(head, "kind", str_or_null(r->kind));
	json_object_set_new(head, "title", str_or_null(r->title));

	json_t *metrics = json_array();
	for (size_t i = 0; i < r->n_metrics; i++)
		json_array_append_new(metrics, metric_json(r, &r->metrics[i]));

	json_t *root = json_object();
	json_object_set_new(root, "report", head);
	json_object_set_new(root, "sections", sections_tree(r));
	json_object_set_new(root, "metrics", metrics);
	return root;
}

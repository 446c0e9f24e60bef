#include "one_section_report.h"

#include "sb.h"

#include <string.h>

void one_section_report(report *r, const char *title, const char *text, const char *kind, int year,
                        int is_plan)
{
	memset(r, 0, sizeof *r);
	r->title = title ? xstrdup(title) : NULL;
	r->text = xstrdup(text);
	r->kind = xstrdup(kind);
	r->year = year;
	size_t chars = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		chars += (*p & 0xC0) != 0x80;
	r->text_chars = chars;
	r->sections = xcalloc(1, sizeof *r->sections);
	r->sections[0].parent = -1;
	r->sections[0].role = SECTION_PREAMBLE;
	r->sections[0].body = xstrdup(text);
	r->sections[0].end = chars;
	r->sections[0].is_plan = is_plan;
	r->n_sections = 1;
}

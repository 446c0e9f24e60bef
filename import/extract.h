/* Figure extraction: finds every dashboard figure in a parsed report. */
#ifndef IMPORT_EXTRACT_H
#define IMPORT_EXTRACT_H

#include "report.h"

/* Most figures one report may hold. A real work report holds a few hundred
 * (the densest text we have: one per 57 bytes, about 900 in a 50 KB report);
 * the limit is a hundred times a long report's and bounds what a hostile
 * input of PARSE_MAX_BYTES costs: each figure keeps at most about 1.5 KB
 * (its strings, a quote of at most 120 code points, its candidate record),
 * so the figures of any input take at most about 150 MB, and extraction
 * stops reading as soon as the limit is passed. */
#define EXTRACT_MAX_METRICS 100000u

/* Fills r->metrics / r->n_metrics (replacing nothing: they must be empty)
 * from r->text and r->sections, which must be complete: every section's
 * start/body_start/end, is_plan and the report's year are used. Metrics come
 * out in document order, each with its section index. Returns 0, or -1 when
 * the text holds more than EXTRACT_MAX_METRICS figures: then r->metrics is
 * left empty. */
int extract_metrics(report *r);

#endif

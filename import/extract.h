/* Figure extraction: finds every dashboard figure in a parsed report. */
#ifndef IMPORT_EXTRACT_H
#define IMPORT_EXTRACT_H

#include "report.h"

/* Fills r->metrics / r->n_metrics (replacing nothing: they must be empty)
 * from r->text and r->sections, which must be complete: every section's
 * start/body_start/end, is_plan and the report's year are used. Metrics come
 * out in document order, each with its section index. */
void extract_metrics(report *r);

#endif

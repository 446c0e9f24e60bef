/* The report as one JSON object: what `report-import --dry-run --format json`
 * prints (keys documented in README.md). */
#ifndef IMPORT_REPORT_JSON_H
#define IMPORT_REPORT_JSON_H

#include "report.h"

#include <jansson.h>

/* {"report":{organization,year,kind,title},"sections":[tree],"metrics":[...]}.
 * Returns a new reference. */
json_t *report_to_json(const report *r);

#endif

#include "routes.h"

#include "handlers.h"

/* What each route takes: the one place a query parameter is declared (the
 * OpenAPI document must list exactly these, tests/unit/test_server_router.c).
 * Anything else is a 400 rather than silently ignored, so that a misspelt
 * or unsupported filter never looks like an answer. */
#define PAGING "limit", "offset"
static const char *const q_reports[] = {"org", "year", "kind", PAGING, "after", NULL};
static const char *const q_sections[] = {"report", "level", "org",   "year",
                                         "q",      PAGING,  "after", NULL};
static const char *const q_metrics[] = {"report",    "org",  "year",  "period_year", "section",
                                        "name",      "unit", "kind",  "has_yoy",     "sort",
                                        "indicator", PAGING, "after", NULL};
static const char *const q_comparisons[] = {"org",       "year", "from", "to", "base",
                                            "indicator", "mode", PAGING, NULL};
static const char *const q_indicators[] = {"q", "org", "unmatched", PAGING, NULL};
static const char *const q_series[] = {"org", "from", "to", PAGING, NULL};
static const char *const q_series_many[] = {"indicator", "org", "from", "to", PAGING, NULL};
static const char *const q_organizations[] = {PAGING, NULL};

const route routes[] = {
    {"GET", "/healthz", handle_healthz, 0, NULL},
    {"GET", "/readyz", handle_readyz, 0, NULL},
    {"GET", "/api/v1/openapi.json", handle_openapi, 0, NULL},
    {"GET", "/api/v1/reports", handle_reports_list, 1, q_reports},
    {"GET", "/api/v1/reports/{id}", handle_report_get, 0, NULL},
    {"GET", "/api/v1/sections", handle_sections_list, 1, q_sections},
    {"GET", "/api/v1/sections/{id}", handle_section_get, 0, NULL},
    {"GET", "/api/v1/metrics", handle_metrics_list, 1, q_metrics},
    {"GET", "/api/v1/metrics/{id}", handle_metric_get, 0, NULL},
    {"GET", "/api/v1/comparisons", handle_comparisons_list, 1, q_comparisons},
    {"GET", "/api/v1/indicators", handle_indicators_list, 1, q_indicators},
    {"GET", "/api/v1/indicators/{id}", handle_indicator_get, 0, NULL},
    {"GET", "/api/v1/indicators/{id}/series", handle_indicator_series, 1, q_series},
    {"GET", "/api/v1/series", handle_series, 1, q_series_many},
    {"GET", "/api/v1/organizations", handle_organizations_list, 1, q_organizations},
};

const size_t n_routes = sizeof routes / sizeof routes[0];

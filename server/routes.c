#include "routes.h"

#include "handlers.h"

const route routes[] = {
    {"GET", "/healthz", handle_healthz, 0},
    {"GET", "/readyz", handle_readyz, 0},
    {"GET", "/api/v1/openapi.json", handle_openapi, 0},
    {"GET", "/api/v1/reports", handle_reports_list, 1},
    {"GET", "/api/v1/reports/{id}", handle_report_get, 0},
    {"GET", "/api/v1/sections", handle_sections_list, 1},
    {"GET", "/api/v1/sections/{id}", handle_section_get, 0},
    {"GET", "/api/v1/metrics", handle_metrics_list, 1},
    {"GET", "/api/v1/metrics/{id}", handle_metric_get, 0},
    {"GET", "/api/v1/comparisons", handle_comparisons_list, 1},
    {"GET", "/api/v1/indicators", handle_indicators_list, 1},
    {"GET", "/api/v1/indicators/{id}", handle_indicator_get, 0},
    {"GET", "/api/v1/indicators/{id}/series", handle_indicator_series, 1},
};

const size_t n_routes = sizeof routes / sizeof routes[0];

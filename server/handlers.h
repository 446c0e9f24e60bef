/* Every route's handler. Each computes a response from a parsed request
 * (see http.h); routes.c maps method and path pattern to these. */
#ifndef SERVER_HANDLERS_H
#define SERVER_HANDLERS_H

#include "http.h"

/* handlers_health.c */
void handle_healthz(const http_request *req, http_response *res);
void handle_readyz(const http_request *req, http_response *res);
void handle_openapi(const http_request *req, http_response *res);

/* handlers_reports.c */
void handle_reports_list(const http_request *req, http_response *res);
void handle_report_get(const http_request *req, http_response *res);

/* handlers_sections.c */
void handle_sections_list(const http_request *req, http_response *res);
void handle_section_get(const http_request *req, http_response *res);

/* handlers_metrics.c */
void handle_metrics_list(const http_request *req, http_response *res);
void handle_metric_get(const http_request *req, http_response *res);

/* handlers_comparisons.c */
void handle_comparisons_list(const http_request *req, http_response *res);
void handle_indicators_list(const http_request *req, http_response *res);
void handle_indicator_get(const http_request *req, http_response *res);

/* handlers_series.c */
void handle_indicator_series(const http_request *req, http_response *res);
void handle_series(const http_request *req, http_response *res);

/* handlers_organizations.c */
void handle_organizations_list(const http_request *req, http_response *res);

#endif

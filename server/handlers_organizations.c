/* /api/v1/organizations: who has reports, for which years, and the latest
 * report of each — what a dashboard lists before anything else. */
#include "handlers.h"
#include "list_query.h"

/* Per organisation from reports alone (its index on organization, year,
 * kind serves both the grouping and the latest report). "Latest": the
 * highest year, and within it the report imported last (the highest id) —
 * two reports of one year are of different kinds, and none of them is
 * more recent by its year alone. */
static const char organization_select[] =
    "o.organization, o.years, o.reports,"
    " (SELECT json_build_object('id', l.id, 'year', l.year, 'kind', l.kind, 'title', l.title)"
    "  FROM reports l WHERE l.organization = o.organization"
    "  ORDER BY l.year DESC, l.id DESC LIMIT 1) AS latest_report";

static const char organization_from[] = "(SELECT organization, count(*) AS reports,"
                                        "  json_agg(DISTINCT year ORDER BY year) AS years"
                                        " FROM reports GROUP BY organization) o";

static const col_spec organization_cols[] = {
    {"organization", COL_TEXT},
    {"years", COL_JSON},
    {"reports", COL_INT},
    {"latest_report", COL_JSON},
};

void handle_organizations_list(const http_request *req, http_response *res)
{
	paging page;
	if (param_paging(req, res, &page) < 0)
		return;
	sql_where where = SQL_WHERE_INIT;
	reply_list_query(req, res, organization_select, organization_from, &where, "o.organization",
	                 &page, organization_cols,
	                 sizeof organization_cols / sizeof organization_cols[0]);
	sql_where_free(&where);
}

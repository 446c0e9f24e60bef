#include "data_version.h"

#include "db_pool.h"

#include <stdlib.h>

long long data_version_read(http_response *res)
{
	PGresult *pg = db_query(res, "SELECT version FROM data_version", 0, NULL);
	if (!pg)
		return -1;
	long long v = -1;
	if (PQntuples(pg) == 1)
		v = strtoll(PQgetvalue(pg, 0, 0), NULL, 10);
	else
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
	PQclear(pg);
	return v;
}

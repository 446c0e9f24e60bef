/* The per-request read of the data version and the replay position.
 *
 * Every cacheable request reads them (dispatch.c, sync_with_data), so that a
 * change committed before the request arrived is never answered from before
 * it. Done one read per request, that round trip is most of a cache hit's
 * cost: under load the database spent more on the version row than the
 * server on the hits. But a request needs only *a* read that started after
 * it arrived, not its own: requests that arrive while a read is in flight
 * wait for the next one, which one of them starts as soon as the current
 * one ends, and all of them take its result. So concurrent requests share
 * one round trip (group reads, as a database groups commits), each still
 * sees every commit that finished before it arrived, and a lone request
 * costs what it did (shared_read.h). */
#include "data_version.h"

#include "db_pool.h"
#include "log.h"
#include "lsn.h"
#include "shared_read.h"

#include <stdlib.h>

/* pg_last_wal_replay_lsn() stays at its last value after a promotion: ask
 * pg_is_in_recovery() too, or a promoted replica would compare a frozen
 * position against a primary moving on and never cache again. */
#define REPLAY_SQL "CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() END"

static int read_once(int with_version, http_response *res, dispatch_snapshot *out)
{
	/* Without the table (a schema before 0006) only the position. */
	PGresult *pg = db_query(res,
	                        with_version ? "SELECT version, " REPLAY_SQL " FROM data_version"
	                                     : "SELECT NULL, " REPLAY_SQL,
	                        0, NULL);
	if (!pg)
		return -1;
	int rc = -1;
	if (PQntuples(pg) != 1 || PQnfields(pg) != 2)
		goto bad;
	out->version = PQgetisnull(pg, 0, 0) ? -1 : strtoll(PQgetvalue(pg, 0, 0), NULL, 10);
	out->on_replica = !PQgetisnull(pg, 0, 1);
	out->replay = 0;
	if (out->on_replica && lsn_parse(PQgetvalue(pg, 0, 1), &out->replay) < 0) {
		log_error("unexpected replay position '%s'", PQgetvalue(pg, 0, 1));
		goto bad;
	}
	rc = 0;
	goto out;
bad:
	reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
out:
	PQclear(pg);
	return rc;
}

static shared_read version_reads = SHARED_READ_INIT;

int data_version_read(int with_version, http_response *res, dispatch_snapshot *out)
{
	return shared_read_do(&version_reads, read_once, with_version, res, out);
}

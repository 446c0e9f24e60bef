/* /sections/{id} sends its statements together (db_query_batch): an error
 * in one of them answers as db_query would, and the connection is usable
 * for the next request. */
#include "server_proc.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

Test(api_section_batch, a_failing_statement_answers_503_and_the_next_request_works,
     .fini = server_proc_cleanup)
{
	/* Its own server without a cache, so that every request runs the
	 * batch, with one database connection, so that the second request
	 * runs on the connection whose batch failed. */
	static const char *const extra[] = {"--cache-bytes",       "0",    "--workers", "1",
	                                    "--statement-timeout", "1000", NULL};
	server_proc srv;
	server_proc_start(&srv, extra);
	PGconn *admin = itest_admin();
	long long id =
	    itest_scalar(admin,
	                 "SELECT s.id FROM sections s JOIN metrics m ON m.section_id = s.id"
	                 " ORDER BY s.id LIMIT 1",
	                 0, NULL);
	char *url = api_path("%s/api/v1/sections/%lld", srv.base, id);

	/* The metrics statement, fifth of the batch, waits for the lock
	 * until the statement timeout (1 s): the earlier ones succeeded. */
	PQclear(itest_exec(admin, "BEGIN", 0, NULL));
	PQclear(itest_exec(admin, "LOCK TABLE metrics IN ACCESS EXCLUSIVE MODE", 0, NULL));
	itest_http locked;
	itest_get(url, NULL, &locked);
	PQclear(itest_exec(admin, "ROLLBACK", 0, NULL));
	api_expect_problem(&locked, 503, "query_timeout", NULL);
	itest_http_free(&locked);

	json_t *body = api_get_json(url, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "id")), id);
	cr_assert_gt(json_array_size(json_object_get(body, "metrics")), 0);
	cr_assert(json_is_object(json_object_get(body, "report")));
	json_decref(body);
	free(url);
	PQfinish(admin);
	server_proc_stop(&srv, NULL);
}

/* When dispatch() reads the data version around the cache (dispatch.h,
 * dispatch_set_cache_hits): checked hits read it on every cacheable
 * request, notified hits only on a miss. A fake reader counts the reads and
 * says which version the request's snapshot saw. */
#include "cache.h"
#include "dispatch.h"
#include "openapi_doc.h"

#include <criterion/criterion.h>

static cache *hcache;
static long long seen_version;
static int reads;

static int fake_reader(int with_version, http_response *res, dispatch_snapshot *out)
{
	(void)res;
	cr_assert_eq(with_version, 1);
	reads++;
	*out = (dispatch_snapshot){.version = seen_version};
	return 0;
}

static void hits_setup(void)
{
	cr_assert_eq(openapi_load("api/openapi.json"), 0, "run from the repository root");
	hcache = cache_new(1 << 20);
	cache_set_versioned(hcache, 1);
	dispatch_set_cache(hcache);
	dispatch_set_version_reader(fake_reader);
	seen_version = 7;
	reads = 0;
}

static void hits_teardown(void)
{
	dispatch_set_cache_hits(DISPATCH_HITS_CHECKED);
	dispatch_set_version_reader(NULL);
	dispatch_set_cache(NULL);
	cache_free(hcache);
	dispatch_free_config();
	openapi_free();
}

TestSuite(server_cache_hits, .init = hits_setup, .fini = hits_teardown);

static int get_status(void)
{
	dispatch_input in = {.method = "GET", .target = "/api/v1/openapi.json"};
	http_response res = {0};
	dispatch(&in, &res);
	int status = res.status;
	http_response_free(&res);
	return status;
}

Test(server_cache_hits, checked_reads_the_version_on_every_hit)
{
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(reads, 2);
	cr_assert_eq(cache_entries(hcache), 1);
	/* a newer version seen by the request clears before the lookup */
	seen_version = 8;
	openapi_free(); /* computed afresh now, the handler can only answer 404 */
	cr_assert_eq(get_status(), 404);
	cr_assert_eq(reads, 3);
	cr_assert_eq(cache_entries(hcache), 0);
}

Test(server_cache_hits, notified_hits_skip_the_database)
{
	dispatch_set_cache_hits(DISPATCH_HITS_NOTIFIED);
	cr_assert_eq(get_status(), 200); /* a miss: the version is read */
	cr_assert_eq(reads, 1);
	cr_assert_eq(cache_entries(hcache), 1);
	openapi_free();   /* from here on only the cache can answer 200 */
	seen_version = 8; /* a change nobody has notified yet */
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(reads, 1);
}

Test(server_cache_hits, notified_hits_stop_at_the_notification)
{
	dispatch_set_cache_hits(DISPATCH_HITS_NOTIFIED);
	cr_assert_eq(get_status(), 200);
	openapi_free();
	/* the listener heard of a change: it holds the cache until it has
	 * read the version, so the next request misses and reads it too */
	cache_hold(hcache, 1);
	seen_version = 8;
	cr_assert_eq(get_status(), 404);
	cr_assert_eq(reads, 2);
	/* the miss saw version 8 and cleared what version 7 had stored */
	cache_hold(hcache, 0);
	cr_assert_eq(cache_entries(hcache), 0);
}

Test(server_cache_hits, notified_miss_from_an_older_snapshot_is_not_stored)
{
	dispatch_set_cache_hits(DISPATCH_HITS_NOTIFIED);
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(cache_entries(hcache), 1);
	/* the cache holds version 9 now (emptied, so that the request
	 * misses); a request whose snapshot saw 8 predates it: answered, but
	 * not stored */
	cache_clear(hcache);
	cr_assert_eq(cache_sync_version(hcache, 9), 0);
	seen_version = 8;
	cr_assert_eq(get_status(), 200);
	cr_assert_eq(reads, 2);
	cr_assert_eq(cache_entries(hcache), 0);
}

/* The cache's change tracking: cache_hold (while held every lookup misses
 * and the entries stay; a release serves them again, a clear while held
 * drops them) and cache_sync_version (read-your-writes). */
#include "cache.h"

#include <criterion/criterion.h>
#include <string.h>

static void put(cache *c, const char *key, const char *body)
{
	http_response res = {.status = 200};
	sb_puts(&res.body, body);
	cr_assert_eq(cache_store(c, key, cache_generation(c), &res, "\"e\""), 1);
	http_response_free(&res);
}

static int hit(cache *c, const char *key)
{
	http_response res = {0};
	char etag[ETAG_SIZE];
	int h = cache_lookup(c, key, 1, &res, etag);
	http_response_free(&res);
	return h;
}

Test(server_cache_hold, held_misses_and_keeps_entries)
{
	cache *c = cache_new(1 << 20);
	put(c, "/a", "one");
	cache_hold(c, 1);
	cr_assert_eq(hit(c, "/a"), 0);
	cr_assert_eq(cache_entries(c), 1);
	cache_hold(c, 0);
	cr_assert_eq(hit(c, "/a"), 1);

	cache_hold(c, 1);
	cache_clear(c);
	cache_hold(c, 0);
	cr_assert_eq(hit(c, "/a"), 0);
	cr_assert_eq(cache_entries(c), 0);

	put(c, "/b", "two");
	cache_hold(c, 1);
	cache_set_enabled(c, 0);
	cache_set_enabled(c, 1); /* releases the hold */
	put(c, "/b", "two");
	cr_assert_eq(hit(c, "/b"), 1);
	cache_free(c);
}

Test(server_cache_version, newer_clears_same_keeps_older_bypasses)
{
	cache *c = cache_new(1 << 20);
	cr_assert_eq(cache_sync_version(c, 7), 0); /* first: recorded */
	put(c, "/a", "one");
	uint64_t g = cache_generation(c);
	cr_assert_eq(cache_sync_version(c, 7), 0);
	cr_assert_eq(hit(c, "/a"), 1);
	cr_assert_eq(cache_generation(c), g);
	/* a snapshot from before the entries: not to be used */
	cr_assert_eq(cache_sync_version(c, 6), -1);
	cr_assert_eq(cache_entries(c), 1);
	/* a change: cleared, and stores computed before it are dropped */
	cr_assert_eq(cache_sync_version(c, 8), 0);
	cr_assert_eq(cache_entries(c), 0);
	cr_assert_neq(cache_generation(c), g);
	http_response res = {.status = 200};
	sb_puts(&res.body, "old");
	cr_assert_eq(cache_store(c, "/a", g, &res, "\"e\""), 0);
	http_response_free(&res);
	cr_assert_eq(cache_sync_version(c, 7), -1);
	cache_free(c);
}

/* Reading from a replica: WAL positions (server/lsn.c), the decision not
 * to cache an answer from a replica behind the last notified change, made
 * by dispatch() with a fake replay position, and the lag of replica.c. */
#include "cache.h"
#include "dispatch.h"
#include "lsn.h"
#include "openapi_doc.h"
#include "replica.h"

#include <criterion/criterion.h>
#include <string.h>

Test(server_lsn, parses_both_halves_exactly)
{
	uint64_t v = 1;
	cr_assert_eq(lsn_parse("0/0", &v), 0);
	cr_assert_eq(v, 0);
	cr_assert_eq(lsn_parse("0/16B3748", &v), 0);
	cr_assert_eq(v, 0x16B3748ULL);
	cr_assert_eq(lsn_parse("16/b374d848", &v), 0);
	cr_assert_eq(v, 0x16B374D848ULL);
	cr_assert_eq(lsn_parse("FFFFFFFF/FFFFFFFF", &v), 0);
	cr_assert_eq(v, UINT64_MAX);
	/* past 2^53 a double would merge these two */
	uint64_t a, b;
	cr_assert_eq(lsn_parse("FFFFFF/FFFFFFFE", &a), 0);
	cr_assert_eq(lsn_parse("FFFFFF/FFFFFFFF", &b), 0);
	cr_assert_eq(b - a, 1);
}

Test(server_lsn, refuses_anything_else)
{
	static const char *const bad[] = {
	    "",    "/",    "0/",          "/0",          "0",     "0/0/0", " 0/0", "0/0 ",
	    "0/g", "-1/0", "100000000/0", "0/100000000", "0x1/0", "1/+2",  NULL};
	for (size_t i = 0; bad[i]; i++) {
		uint64_t v = 42;
		cr_assert_eq(lsn_parse(bad[i], &v), -1, "'%s' was accepted", bad[i]);
		cr_assert_eq(v, 42, "'%s' changed the output", bad[i]);
	}
	uint64_t v;
	cr_assert_eq(lsn_parse(NULL, &v), -1);
}

Test(server_lsn, compares_as_numbers_not_text)
{
	uint64_t nine, ten, low, high;
	cr_assert_eq(lsn_parse("9/0", &nine), 0);
	cr_assert_eq(lsn_parse("10/0", &ten), 0);
	cr_assert_gt(strcmp("9/0", "10/0"), 0); /* text says 9 > 10 */
	cr_assert_lt(nine, ten);
	cr_assert_eq(lsn_parse("1/FFFFFFFF", &low), 0);
	cr_assert_eq(lsn_parse("2/0", &high), 0);
	cr_assert_eq(high - low, 1);
	cr_assert_eq(lsn_parse("0/A0", &low), 0);
	cr_assert_eq(lsn_parse("0/9F", &high), 0);
	cr_assert_gt(low, high);
}

Test(server_lsn, formats_as_postgresql_does)
{
	char buf[LSN_TEXT_SIZE];
	lsn_format(0x16B374D848ULL, buf);
	cr_assert_str_eq(buf, "16/B374D848");
	lsn_format(0, buf);
	cr_assert_str_eq(buf, "0/0");
	lsn_format(UINT64_MAX, buf);
	cr_assert_str_eq(buf, "FFFFFFFF/FFFFFFFF");
	uint64_t back;
	cr_assert_eq(lsn_parse(buf, &back), 0);
	cr_assert_eq(back, UINT64_MAX);
}

Test(server_lsn, snapshot_cacheable_decision)
{
	/* a primary: always */
	cr_assert_eq(lsn_snapshot_cacheable(0, 0, UINT64_MAX), 1);
	/* a replica: from the notified position on, not one byte before */
	cr_assert_eq(lsn_snapshot_cacheable(1, 0x3000147, 0x3000148), 0);
	cr_assert_eq(lsn_snapshot_cacheable(1, 0x3000148, 0x3000148), 1);
	cr_assert_eq(lsn_snapshot_cacheable(1, 0x3000149, 0x3000148), 1);
	cr_assert_eq(lsn_snapshot_cacheable(1, 0x9ULL << 32, 0x10ULL << 32), 0);
}

Test(server_lsn, cache_keeps_the_highest_notified_position)
{
	cache *c = cache_new(1 << 20);
	cr_assert_eq(cache_notified_lsn(c), 0);
	cache_note_lsn(c, 0x200);
	cache_note_lsn(c, 0x100); /* an older read: no step back */
	cr_assert_eq(cache_notified_lsn(c), 0x200);
	cr_assert_eq(cache_snapshot_fresh(c, 1, 0x1FF), 0);
	cr_assert_eq(cache_snapshot_fresh(c, 1, 0x200), 1);
	cr_assert_eq(cache_snapshot_fresh(c, 0, 0), 1);
	cache_reset_lsn(c, 0x50); /* a new listener connection */
	cr_assert_eq(cache_notified_lsn(c), 0x50);
	cache_free(c);
}

/* ---- dispatch() with a fake replay position ---- */

static cache *rcache;
static dispatch_snapshot fake = {.version = -1};
static int reads;

static int fake_reader(int with_version, http_response *res, dispatch_snapshot *out)
{
	(void)res;
	cr_assert_eq(with_version, 0); /* the cache was never told of a version */
	reads++;
	*out = fake;
	return 0;
}

static void replica_setup(void)
{
	cr_assert_eq(openapi_load("api/openapi.json"), 0, "run from the repository root");
	rcache = cache_new(1 << 20);
	dispatch_set_cache(rcache);
	dispatch_set_version_reader(fake_reader);
	fake = (dispatch_snapshot){.version = -1};
	reads = 0;
}

static void replica_teardown(void)
{
	dispatch_set_version_reader(NULL);
	dispatch_set_cache(NULL);
	cache_free(rcache);
	dispatch_free_config();
	openapi_free();
}

TestSuite(server_replica_cache, .init = replica_setup, .fini = replica_teardown);

static int get_status(const char *target)
{
	dispatch_input in = {.method = "GET", .target = target};
	http_response res = {0};
	dispatch(&in, &res);
	int status = res.status;
	http_response_free(&res);
	return status;
}

Test(server_replica_cache, answer_older_than_the_notified_position_is_not_stored)
{
	/* a change at 0/3000148 was notified; the replica has replayed up to
	 * one byte before it: its answer may be the old one */
	cache_note_lsn(rcache, 0x3000148);
	fake = (dispatch_snapshot){.version = -1, .on_replica = 1, .replay = 0x3000147};
	cr_assert_eq(get_status("/api/v1/openapi.json"), 200);
	cr_assert_eq(reads, 1);
	cr_assert_eq(cache_entries(rcache), 0);
	cr_assert_eq(get_status("/api/v1/openapi.json"), 200);
	cr_assert_eq(cache_entries(rcache), 0);

	/* replayed up to the position: stored, and served from then on */
	fake.replay = 0x3000148;
	cr_assert_eq(get_status("/api/v1/openapi.json"), 200);
	cr_assert_eq(cache_entries(rcache), 1);
	openapi_free(); /* the handler could only answer 404 now */
	cr_assert_eq(get_status("/api/v1/openapi.json"), 200);
	cr_assert_eq(reads, 4);
}

Test(server_replica_cache, on_a_primary_any_position_is_fine)
{
	cache_note_lsn(rcache, UINT64_MAX);
	fake = (dispatch_snapshot){.version = -1, .on_replica = 0, .replay = 0};
	cr_assert_eq(get_status("/api/v1/openapi.json"), 200);
	cr_assert_eq(cache_entries(rcache), 1);
}

Test(server_replica_cache, health_routes_read_no_position)
{
	cr_assert_eq(get_status("/healthz"), 200);
	cr_assert_eq(reads, 0);
}

/* ---- replica.c: the lag from the primary's positions over time ---- */

Test(server_replica_lag, from_the_oldest_position_not_replayed)
{
	replica_track_reset();
	long lag;
	uint64_t bytes;
	replica_lag(0x100, 50000, &lag, &bytes);
	cr_assert_eq(lag, 0); /* nothing known: nothing to be behind */
	cr_assert_eq(bytes, 0);

	replica_note_primary(0x1000, 10000);
	replica_note_primary(0x2000, 12000);
	replica_note_primary(0x3000, 14000);
	replica_lag(0x3000, 15000, &lag, &bytes);
	cr_assert_eq(lag, 0);
	cr_assert_eq(bytes, 0);
	replica_lag(0x2000, 15000, &lag, &bytes); /* behind what was seen at 14 s */
	cr_assert_eq(lag, 1000);
	cr_assert_eq(bytes, 0x1000);
	replica_lag(0x0FFF, 15000, &lag, &bytes); /* behind everything: since 10 s */
	cr_assert_eq(lag, 5000);
	cr_assert_eq(bytes, 0x2001);
	/* a newer position within a second widens the last entry (seen at
	 * 14 s), an older one changes nothing */
	replica_note_primary(0x3800, 14500);
	replica_note_primary(0x2800, 14600);
	replica_lag(0x3000, 16000, &lag, &bytes);
	cr_assert_eq(lag, 2000);
	cr_assert_eq(bytes, 0x800);
	replica_track_reset();
}

Test(server_replica_lag, a_full_ring_still_reports_the_oldest)
{
	replica_track_reset();
	for (int i = 1; i <= REPLICA_TRACK_ENTRIES + 10; i++)
		replica_note_primary((uint64_t)i * 0x100, (long)i * 1000);
	long lag;
	uint64_t bytes;
	/* the first 10 were dropped: the oldest kept is from 11 s */
	replica_lag(0, 400000, &lag, &bytes);
	cr_assert_eq(lag, 400000 - 11000);
	cr_assert_eq(bytes, (uint64_t)(REPLICA_TRACK_ENTRIES + 10) * 0x100);
	replica_track_reset();
}

Test(server_replica_lag, max_lag_setting)
{
	cr_assert_eq(replica_max_lag_ms(), REPLICA_DEFAULT_MAX_LAG_MS);
	replica_set_max_lag_ms(1500);
	cr_assert_eq(replica_max_lag_ms(), 1500);
	replica_set_max_lag_ms(REPLICA_DEFAULT_MAX_LAG_MS);
}

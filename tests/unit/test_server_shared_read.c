/* shared_read (server/shared_read.h): every caller gets the result of a read
 * that started after it called; callers that arrive during a read share the
 * next one; a failed read leaves its followers to read on their own. */
#include "shared_read.h"

#include <criterion/criterion.h>
#include <stdatomic.h>
#include <time.h>

static atomic_int calls;   /* reads run */
static atomic_int in_read; /* a read is inside fn */
static atomic_int fail_read;
static int hold_ms;

static void sleep_ms(int ms)
{
	struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
	nanosleep(&t, NULL);
}

/* The version is the read's number, so a caller can tell which read it got. */
static int fake_read(int with_version, http_response *res, dispatch_snapshot *out)
{
	(void)with_version;
	int n = atomic_fetch_add(&calls, 1) + 1;
	atomic_store(&in_read, 1);
	sleep_ms(hold_ms);
	atomic_store(&in_read, 0);
	if (atomic_load(&fail_read) == n) {
		res->status = 503;
		return -1;
	}
	out->version = n;
	return 0;
}

typedef struct caller {
	shared_read *s;
	int rc;
	long long version;
	http_response res;
} caller;

static void *call(void *arg)
{
	caller *c = arg;
	dispatch_snapshot snap = {.version = -1};
	c->rc = shared_read_do(c->s, fake_read, 1, &c->res, &snap);
	c->version = snap.version;
	return NULL;
}

/* Starts callers[0], waits until its read is in flight, then starts the
 * others, and joins them all. */
static void run_callers(caller *c, int n)
{
	pthread_t th[8];
	pthread_create(&th[0], NULL, call, &c[0]);
	while (!atomic_load(&in_read))
		sleep_ms(1);
	for (int i = 1; i < n; i++)
		pthread_create(&th[i], NULL, call, &c[i]);
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
}

static void reset(int hold, int fail)
{
	atomic_store(&calls, 0);
	atomic_store(&in_read, 0);
	atomic_store(&fail_read, fail);
	hold_ms = hold;
}

Test(server_shared_read, alone_each_call_reads)
{
	shared_read s = SHARED_READ_INIT;
	reset(0, 0);
	caller a = {.s = &s}, b = {.s = &s};
	call(&a);
	call(&b);
	cr_assert_eq(a.version, 1);
	cr_assert_eq(b.version, 2);
	cr_assert_eq(atomic_load(&calls), 2);
}

/* One caller's read is in flight when seven more arrive: they wait for the
 * next read (the first started before they called), which one of them runs
 * for all. */
Test(server_shared_read, callers_during_a_read_share_the_next)
{
	shared_read s = SHARED_READ_INIT;
	reset(300, 0);
	caller c[8];
	for (int i = 0; i < 8; i++)
		c[i] = (caller){.s = &s};
	run_callers(c, 8);
	cr_assert_eq(c[0].version, 1);
	for (int i = 1; i < 8; i++) {
		cr_assert_eq(c[i].rc, 0);
		cr_assert_eq(c[i].version, 2, "caller %d got read %lld", i, c[i].version);
	}
	cr_assert_eq(atomic_load(&calls), 2);
}

/* The shared read fails: its leader gets the error, each follower reads on
 * its own (and succeeds here). */
Test(server_shared_read, a_failed_read_is_not_shared)
{
	shared_read s = SHARED_READ_INIT;
	reset(300, 2);
	caller c[4];
	for (int i = 0; i < 4; i++)
		c[i] = (caller){.s = &s};
	run_callers(c, 4);
	int failed = 0;
	for (int i = 1; i < 4; i++) {
		failed += c[i].rc < 0;
		if (c[i].rc < 0)
			cr_assert_eq(c[i].res.status, 503);
		else
			cr_assert_gt(c[i].version, 2);
	}
	cr_assert_eq(failed, 1); /* the leader of read 2 */
	cr_assert_eq(atomic_load(&calls), 4);
}

/* The primary's WAL positions as seen over time (replica.h). */
#include "replica.h"

#include <pthread.h>
#include <time.h>

/* Closer observations than this are merged into one entry. */
#define MERGE_MS 1000

typedef struct seen {
	uint64_t lsn; /* the newest position merged into this entry */
	long at_ms;   /* when the entry's first position was seen */
} seen;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static seen ring[REPLICA_TRACK_ENTRIES];
static unsigned first, count; /* oldest entry, number of entries */
static long max_lag_ms = REPLICA_DEFAULT_MAX_LAG_MS;

void replica_set_max_lag_ms(long ms)
{
	pthread_mutex_lock(&lock);
	max_lag_ms = ms;
	pthread_mutex_unlock(&lock);
}

long replica_max_lag_ms(void)
{
	pthread_mutex_lock(&lock);
	long ms = max_lag_ms;
	pthread_mutex_unlock(&lock);
	return ms;
}

long replica_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void replica_note_primary(uint64_t lsn, long now_ms)
{
	pthread_mutex_lock(&lock);
	seen *last = count ? &ring[(first + count - 1) % REPLICA_TRACK_ENTRIES] : NULL;
	/* Positions only grow; an older one (a reading that raced a newer
	 * one) says nothing new. */
	if (last && lsn <= last->lsn)
		goto out;
	if (last && now_ms - last->at_ms < MERGE_MS) {
		last->lsn = lsn;
		goto out;
	}
	if (count == REPLICA_TRACK_ENTRIES) {
		first = (first + 1) % REPLICA_TRACK_ENTRIES;
		count--;
	}
	ring[(first + count) % REPLICA_TRACK_ENTRIES] = (seen){.lsn = lsn, .at_ms = now_ms};
	count++;
out:
	pthread_mutex_unlock(&lock);
}

void replica_lag(uint64_t replay, long now_ms, long *lag_ms, uint64_t *lag_bytes)
{
	*lag_ms = 0;
	*lag_bytes = 0;
	pthread_mutex_lock(&lock);
	if (count) {
		uint64_t newest = ring[(first + count - 1) % REPLICA_TRACK_ENTRIES].lsn;
		*lag_bytes = newest > replay ? newest - replay : 0;
	}
	/* The oldest entry holding a position past the replay one: the
	 * primary had written beyond the replica since at least then. */
	for (unsigned i = 0; i < count; i++) {
		const seen *s = &ring[(first + i) % REPLICA_TRACK_ENTRIES];
		if (s->lsn > replay) {
			long ms = now_ms - s->at_ms;
			*lag_ms = ms > 0 ? ms : 0;
			break;
		}
	}
	pthread_mutex_unlock(&lock);
}

void replica_track_reset(void)
{
	pthread_mutex_lock(&lock);
	first = count = 0;
	pthread_mutex_unlock(&lock);
}

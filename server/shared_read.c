#include "shared_read.h"

int shared_read_do(shared_read *s, shared_read_fn fn, int with_version, http_response *res,
                   dispatch_snapshot *out)
{
	pthread_mutex_lock(&s->mu);
	/* the number of the first read to start after this call */
	unsigned long long need = s->started + 1;
	while (s->done < need) {
		if (s->in_flight) {
			pthread_cond_wait(&s->ended, &s->mu);
			continue;
		}
		unsigned long long mine = ++s->started;
		s->in_flight = 1;
		pthread_mutex_unlock(&s->mu);
		dispatch_snapshot snap = {.version = -1};
		int rc = fn(with_version, res, &snap);
		pthread_mutex_lock(&s->mu);
		s->in_flight = 0;
		s->done = mine;
		s->ok = rc == 0;
		s->with_version = with_version;
		s->last = snap;
		pthread_cond_broadcast(&s->ended);
		pthread_mutex_unlock(&s->mu);
		if (rc == 0)
			*out = snap;
		return rc; /* on failure, this thread's own reply is in res */
	}
	/* A read started after this call has ended: the latest one, whose
	 * result is kept. */
	int usable = s->ok && (s->with_version || !with_version);
	dispatch_snapshot snap = s->last;
	pthread_mutex_unlock(&s->mu);
	if (!usable)
		return fn(with_version, res, out);
	*out = snap;
	return 0;
}

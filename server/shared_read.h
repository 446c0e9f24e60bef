/* One read shared by concurrent callers that each need a read started after
 * they called (data_version.c says why): callers that arrive while a read is
 * in flight wait for the next one, which one of them starts as soon as the
 * current one ends, and all of them take its result. A read that fails
 * leaves its followers to read on their own, so each gets the error reply
 * its own read gives; so does a follower that asks for more than the read it
 * would share (the version, when that read skipped it). */
#ifndef SERVER_SHARED_READ_H
#define SERVER_SHARED_READ_H

#include "dispatch.h"
#include "http.h"

#include <pthread.h>

/* Reads the snapshot (with the version when with_version); 0, or -1 with the
 * error reply in res. */
typedef int (*shared_read_fn)(int with_version, http_response *res, dispatch_snapshot *out);

typedef struct shared_read {
	pthread_mutex_t mu;
	pthread_cond_t ended;
	unsigned long long started, done; /* reads numbered as they start; the last ended */
	int in_flight;
	int ok, with_version; /* of the read numbered done */
	dispatch_snapshot last;
} shared_read;

#define SHARED_READ_INIT                                                                           \
	{                                                                                          \
		PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, 0, 0, 0,                \
		{                                                                                  \
			-1, 0, 0                                                                   \
		}                                                                                  \
	}

/* The result of a read of fn that started after this call, run by this
 * thread or shared with others; as fn returns. */
int shared_read_do(shared_read *s, shared_read_fn fn, int with_version, http_response *res,
                   dispatch_snapshot *out);

#endif

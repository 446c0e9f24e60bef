/* Keeps the response cache (cache.h) honest: a thread with a database
 * connection of its own that LISTENs on report_data_changed (sent by every
 * data change when it commits) and then reads the data version (migration
 * 0006); the cache is cleared only when that version changed, so a NOTIFY
 * anyone may send costs a one-row read and nothing else. The idle ping is
 * the same read. Without the data_version table (an older schema) every
 * notification clears the cache. */
#ifndef SERVER_CACHE_LISTENER_H
#define SERVER_CACHE_LISTENER_H

#include "cache.h"

#define CACHE_CHANNEL "report_data_changed"

typedef struct cache_listener cache_listener;

/* Disables the cache and starts the thread, which enables it once LISTEN is
 * in place. Whenever the connection is lost (noticed by the socket closing,
 * or by a ping every few seconds going unanswered) the cache is disabled and
 * cleared, since changes may then go unnoticed; the thread reconnects by
 * itself with backoff (0.1 s doubling to 5 s) and, once listening again,
 * clears and enables the cache. Logs: connection lost (warn), listening
 * (info), each clear (debug). `url` is copied. Returns NULL (logged) only
 * when the thread cannot start; release with cache_listener_stop. */
cache_listener *cache_listener_start(cache *c, const char *url);

/* Stops the thread (waking it from any wait), closes its connection and
 * frees everything. NULL is ignored. */
void cache_listener_stop(cache_listener *l);

#endif

/* A bounded, thread-safe cache of complete 200 responses to GET.
 *
 * The data only changes when an import or report-admin commits, and each
 * such commit sends NOTIFY report_data_changed; cache_listener.c clears the
 * cache on every notification. So a response can be kept until then and
 * served to GET, HEAD and If-None-Match (→ 304) without the database.
 *
 * What is kept: body, content type, ETag and the headers the handler set
 * (Link). What is not: anything dispatch adds per request afterwards
 * (Cache-Control, Vary, CORS), so one entry serves every origin.
 *
 * Staleness: a response computed from data read before a change must not be
 * stored after the clear that change caused. Callers take the generation
 * before running the handler and pass it to cache_store; every clear (and
 * every enable/disable) moves the generation on, so such a store is dropped. */
#ifndef SERVER_CACHE_H
#define SERVER_CACHE_H

#include "etag.h"
#include "http.h"

#include <stddef.h>
#include <stdint.h>

#define CACHE_DEFAULT_BYTES ((size_t)64 * 1024 * 1024)

typedef struct cache cache;

/* A cache holding at most max_bytes (bodies, keys, headers and per-entry
 * bookkeeping all count). An entry larger than max_bytes / 4 is not kept,
 * so that one huge answer cannot empty the cache. The cache starts enabled.
 * Returns NULL when max_bytes is 0 (caching off); release with cache_free. */
cache *cache_new(size_t max_bytes);
void cache_free(cache *c);

/* The identity of a request as the cache sees it (method-independent):
 * the decoded path, the query parameters sorted by name (parameters of the
 * same name keep their order, since the last one wins), each name and value
 * percent-encoded the same way whatever the client's spelling, and the
 * negotiated format. Caller frees. */
char *cache_key(const char *path, const http_param *query, size_t n_query, enum http_format format);

/* The current generation, to pass to cache_store (see above). */
uint64_t cache_generation(cache *c);

/* On a hit (enabled, key present): fills `res` (zeroed by the caller) with
 * status 200, content type, the stored headers and, when with_body, a copy
 * of the body; copies the ETag into etag; marks the entry most recently
 * used; returns 1. Returns 0 on a miss, leaving res untouched. */
int cache_lookup(cache *c, const char *key, int with_body, http_response *res,
                 char etag[ETAG_SIZE]);

/* Stores a copy of a 200 response under key (replacing an older one),
 * evicting least recently used entries to make room. Dropped when the
 * cache is disabled, the generation is no longer `generation`, or the entry
 * is too large. Returns 1 when stored. */
int cache_store(cache *c, const char *key, uint64_t generation, const http_response *res,
                const char *etag);

/* Drops every entry and moves the generation on. */
void cache_clear(cache *c);

/* Disabled: every lookup misses and nothing is stored (used while the
 * change listener has no connection, when changes could go unnoticed).
 * Both directions clear the cache and move the generation on. */
void cache_set_enabled(cache *c, int enabled);
int cache_enabled(cache *c);

/* Held: every lookup misses, but the entries stay (stores go on; a clear
 * still drops them). The change listener holds the cache from a
 * notification until it knows whether the data changed, so that no answer
 * it may have to drop is served meanwhile; a notification without a change
 * then costs that moment of misses, not the entries. cache_set_enabled
 * releases a hold. */
void cache_hold(cache *c, int held);

/* Read-your-writes. A notification reaches the listener a moment after
 * the writer's COMMIT returns, so a client that changes the data and asks
 * at once could still get the answer from before. With a data version
 * (migration 0006, bumped in every writing transaction), dispatch reads it
 * on each cacheable request and syncs the cache with it first:
 * cache_sync_version clears the cache when `version` is newer than the one
 * its entries are from (and records it), returns 0 when the cache may be
 * used, and -1 when `version` is older (that request's snapshot predates
 * the entries: it must neither be served from nor stored in the cache).
 * cache_set_versioned says whether the database has the version (the
 * listener finds out when it connects); without it only the listener's
 * clears apply. */
void cache_set_versioned(cache *c, int versioned);
int cache_versioned(cache *c);
int cache_sync_version(cache *c, long long version);

/* Reading from a replica (README, "Scaling out"). A replica's snapshot may
 * be older than a change already announced: the listener clears the cache
 * on the notification, and a request that then reads from a replica that
 * has not replayed the change yet would put the old answer back. So the
 * listener records the primary's WAL position after each change it hears
 * of (cache_note_lsn: only ever raises it; cache_reset_lsn when it
 * connects, since the cache starts empty then), and dispatch stores an
 * answer only when the replay position read before its queries had
 * reached it (cache_snapshot_fresh; on a primary always). The position is
 * set before the clear it goes with, so a request that starts after the
 * clear always compares against it. */
void cache_note_lsn(cache *c, uint64_t lsn);
void cache_reset_lsn(cache *c, uint64_t lsn);
uint64_t cache_notified_lsn(cache *c);
int cache_snapshot_fresh(cache *c, int on_replica, uint64_t replay);

/* Bytes and entries held now (for tests and logs). */
size_t cache_bytes(cache *c);
size_t cache_entries(cache *c);

#endif

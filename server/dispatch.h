/* From a request as received to a complete response: decoding, routing,
 * negotiation, the handler, then the conventions every route shares (ETag
 * and 304, Cache-Control, Vary, CORS). No libmicrohttpd here (httpd.c feeds
 * it), so unit tests drive it directly. */
#ifndef SERVER_DISPATCH_H
#define SERVER_DISPATCH_H

#include "http.h"

#include <stddef.h>
#include <stdint.h>

/* Limits checked before anything else. They sit well below what the
 * connection memory limit of httpd.c can hold, so these requests get a
 * proper problem+json rather than libmicrohttpd's bare reply. */
#define DISPATCH_MAX_TARGET_BYTES 8192 /* request target (path + query) → 414 */
#define DISPATCH_MAX_HEADER_BYTES 8192 /* all header names + values → 431 */

typedef struct dispatch_input {
	const char *method;
	const char *target; /* raw request target "/path?query", not decoded */
	const char *accept; /* header values; NULL when absent */
	const char *if_none_match;
	const char *origin;
	const char *prefer;          /* Prefer */
	const char *accept_encoding; /* gzip when it allows (content_coding.h) */
	const char *acr_method;      /* Access-Control-Request-Method */
	const char *acr_headers;     /* Access-Control-Request-Headers */
	size_t header_bytes;         /* sum of header name and value lengths */
	/* Message framing, from dispatch_note_header. */
	const char *content_length; /* first Content-Length element, not NUL-ended */
	size_t content_length_len;
	int content_length_conflict; /* another element differs from it */
	int transfer_encoding;       /* a Transfer-Encoding header came */
} dispatch_input;

/* Adds one request header to `in`: its bytes to header_bytes, and what it
 * says about the message framing. Call once per header line as received. */
void dispatch_note_header(dispatch_input *in, const char *name, const char *value);

/* 1 when the framing is ambiguous: Content-Length values that differ, or
 * Transfer-Encoding together with Content-Length. Two parties may then read
 * different bodies (request smuggling), so dispatch() refuses with 400 and
 * the transport answers at once, before any body, and closes. */
int dispatch_framing_invalid(const dispatch_input *in);

/* Allowed CORS origins, comma-separated ("https://a.example,https://b");
 * "*" allows any; NULL or "" allows none. Call before serving. */
void dispatch_set_cors_origins(const char *origins);
void dispatch_free_config(void);

/* The response cache to use (cache.h), or NULL for none (the default). Not
 * owned: the caller frees it after serving has stopped. With a cache, GET
 * and HEAD of routes under /api/v1 are answered from it when possible, and
 * their 200 responses to GET are stored; /healthz, /readyz and every other
 * status are always computed afresh. */
struct cache;
void dispatch_set_cache(struct cache *c);

/* What a cacheable request reads first, in one statement on its own
 * connection: the data version for cache_sync_version (cache.h; read only
 * when with_version, else version is -1) and whether the connection is on
 * a replica and how far it had replayed (for cache_snapshot_fresh).
 * Returns 0, or -1 with the error reply (503 when the database is down) in
 * `res`. NULL (the default, and in unit tests): no per-request check. */
typedef struct dispatch_snapshot {
	long long version; /* -1 when not read */
	int on_replica;    /* pg_is_in_recovery() */
	uint64_t replay;   /* pg_last_wal_replay_lsn(), on a replica */
} dispatch_snapshot;
typedef int (*dispatch_version_reader)(int with_version, http_response *res,
                                       dispatch_snapshot *out);
void dispatch_set_version_reader(dispatch_version_reader read);

/* When a cached answer may be served.
 *
 * DISPATCH_HITS_CHECKED (the default): every cacheable request reads the data
 * version first (the reader above). A client that commits a change and asks
 * at once gets the new answer (read-your-writes), at the price of one
 * database round trip per hit.
 *
 * DISPATCH_HITS_NOTIFIED: a hit is served without the database; the version is
 * read on a miss only, before anything is computed that may be stored. A
 * change then shows once its notification has reached the change listener,
 * which holds the cache from that moment until it has cleared it
 * (cache_listener.c) — the moment after COMMIT returns that the version read
 * exists to close. The notification is lost only with the listener's
 * connection; the listener's ping (a version read every few seconds when
 * idle) notices either, and the cache is off while it reconnects. So an
 * answer can be older than a change by the notification's delivery time,
 * and in the worst case (a connection dropped silently) by two ping
 * intervals; never is an answer from before a change stored after it. */
enum dispatch_cache_hits { DISPATCH_HITS_CHECKED, DISPATCH_HITS_NOTIFIED };
void dispatch_set_cache_hits(enum dispatch_cache_hits hits);

/* The count preference of a Prefer header value ("count=exact, ..." —
 * preferences separated by commas or semicolons, names case-insensitive);
 * COUNT_NONE for NULL, none, or a value not understood (RFC 7240: a
 * preference that cannot be honoured is ignored, never an error). */
enum http_count dispatch_prefer_count(const char *prefer);

/* Fills `res` (zeroed by the caller) with the complete response: status,
 * body (none for 304; for HEAD the transport sends only its length, or
 * no length for a stream),
 * content type and headers. Release with http_response_free. */
void dispatch(const dispatch_input *in, http_response *res);

#endif

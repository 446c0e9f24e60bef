/* Strong entity tags from the bytes of a body, and If-None-Match. */
#ifndef SERVER_ETAG_H
#define SERVER_ETAG_H

#include <stddef.h>

/* A quoted tag plus NUL: '"' + 32 hex digits + '"'. */
#define ETAG_SIZE 35

/* The strong ETag of a body: its XXH3-128 hash (canonical, big-endian) in hex,
 * quoted. Equal bodies give equal tags; JSON and CSV of the same list
 * differ because their bytes do. */
void etag_of(const char *data, size_t n, char out[ETAG_SIZE]);

/* 1 when the If-None-Match header value (a comma-separated list of tags,
 * or "*") matches `etag`, compared weakly as RFC 9110 §13.1.2 asks:
 * W/"x" matches "x". */
int etag_matches(const char *if_none_match, const char *etag);

#endif

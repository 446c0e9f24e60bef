/* gzip for JSON and CSV answers (Content-Encoding), when the client says it
 * takes it (Accept-Encoding). A JSON page of metrics is mostly repeated keys
 * and Chinese text: gzip makes it several times smaller, which a phone on a
 * slow link notices. Chosen in dispatch.c after the handler and the cache,
 * so both keep one identity body per request; a streamed body (csv_stream.h)
 * is compressed as it streams, in bounded memory. */
#ifndef SERVER_CONTENT_CODING_H
#define SERVER_CONTENT_CODING_H

#include "http.h"
#include "sb.h"

#include <stddef.h>

/* Bodies smaller than this go uncompressed: gzip's 18-byte frame and the
 * work would buy nothing. */
#define GZIP_MIN_BYTES 256

/* 1 when an Accept-Encoding value allows gzip: "gzip" or "x-gzip" with a
 * q-value above 0, or "*" above 0 when gzip is not named (RFC 9110
 * §12.5.3). NULL or "" (no header) allows only identity. Tokens are
 * case-insensitive; a malformed q-value counts as q=0. */
int content_coding_accepts_gzip(const char *accept_encoding);

/* 1 for media types worth compressing: JSON (application/json,
 * application/problem+json) and CSV. */
int content_coding_compressible(const char *content_type);

/* Replaces out's contents with the gzip (RFC 1952) of data[0..len).
 * Returns 0, or -1 (out unchanged) when zlib fails. */
int content_coding_gzip(const char *data, size_t len, sb *out);

/* A body_stream giving the gzip of `inner`'s bytes, compressed as they are
 * read (zlib level 1): zlib's state (256 KiB) and one input block of
 * GZIP_STREAM_BLOCK bytes, whatever the length. Takes `inner` (freed with
 * the result). An error of `inner` is an error of the result. Returns NULL
 * (inner untouched, still the caller's) when zlib cannot start. */
#define GZIP_STREAM_BLOCK (64 * 1024)
body_stream *content_coding_gzip_stream(body_stream *inner);

#endif

/* Accept-Encoding and gzip (content_coding.h). zlib's deflate with a gzip
 * header (windowBits 15 + 16), level 6 (zlib's default: on JSON pages the
 * size is within a few percent of level 9 at a fraction of the time), into
 * one buffer of deflateBound bytes: the output can never outgrow it. A
 * streamed body is deflated block by block instead (gzip_stream). */
#include "content_coding.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* The q-value of one element ("gzip;q=0.5" → 0.5; no q → 1; a malformed
 * one → 0). `params` points after the token, at ";…" or the end. */
static double q_value(const char *params, const char *end)
{
	const char *p = params;
	while (p < end) {
		while (p < end && (*p == ';' || *p == ' ' || *p == '\t'))
			p++;
		if (end - p >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
			char buf[8];
			size_t n = (size_t)(end - p - 2);
			if (n == 0 || n >= sizeof buf)
				return 0;
			memcpy(buf, p + 2, n);
			buf[n] = '\0';
			char *stop = NULL;
			double q = strtod(buf, &stop);
			while (*stop == ' ' || *stop == '\t')
				stop++;
			if (*stop != '\0' || !(q >= 0 && q <= 1))
				return 0;
			return q;
		}
		while (p < end && *p != ';')
			p++;
	}
	return 1;
}

int content_coding_accepts_gzip(const char *accept_encoding)
{
	double gzip = -1, any = -1; /* -1: not named */
	const char *p = accept_encoding;
	while (p && *p) {
		const char *end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		const char *t = p;
		while (t < end && (*t == ' ' || *t == '\t'))
			t++;
		const char *t_end = t;
		while (t_end < end && *t_end != ';' && *t_end != ' ' && *t_end != '\t')
			t_end++;
		size_t len = (size_t)(t_end - t);
		double q = q_value(t_end, end);
		if ((len == 4 && strncasecmp(t, "gzip", 4) == 0) ||
		    (len == 6 && strncasecmp(t, "x-gzip", 6) == 0))
			gzip = q > gzip ? q : gzip;
		else if (len == 1 && *t == '*')
			any = q;
		p = *end ? end + 1 : end;
	}
	if (gzip >= 0)
		return gzip > 0;
	return any > 0;
}

int content_coding_compressible(const char *content_type)
{
	if (!content_type)
		return 0;
	size_t len = strcspn(content_type, ";");
	return (len == 16 && strncasecmp(content_type, "application/json", 16) == 0) ||
	       (len == 24 && strncasecmp(content_type, "application/problem+json", 24) == 0) ||
	       (len == 8 && strncasecmp(content_type, "text/csv", 8) == 0);
}

int content_coding_gzip(const char *data, size_t len, sb *out)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	int rc = -1;
	uLong bound = deflateBound(&z, (uLong)len);
	char *buf = malloc(bound);
	if (!buf)
		goto out;
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)buf;
	z.avail_out = (uInt)bound;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END)
		goto out;
	sb_truncate(out, 0);
	sb_append(out, buf, (size_t)z.total_out);
	rc = 0;
out:
	free(buf);
	deflateEnd(&z);
	return rc;
}

/* Level 1 for streams: a 100,000-row CSV download is 2.4 MB at level 1
 * against 2.0 MB at level 6, but takes about the time of the uncompressed
 * one (1.0-1.3 s) instead of 2.2-3.1 s of a worker thread
 * (BENCH_GZIP=1 bench/csv_export_rss.sh). */
#define GZIP_STREAM_LEVEL 1

typedef struct gzip_stream {
	body_stream *inner;
	z_stream z;
	int inner_done; /* inner has returned its end */
	int finished;   /* deflate has written the trailer */
	char in[GZIP_STREAM_BLOCK];
} gzip_stream;

/* Fills buf with compressed bytes, reading `inner` as deflate needs input;
 * returns how many (0 only once the trailer is out), -1 on an error. */
static long gzip_stream_read(void *state, char *buf, size_t max)
{
	gzip_stream *g = state;
	if (g->finished)
		return 0;
	g->z.next_out = (Bytef *)buf;
	g->z.avail_out = (uInt)(max > UINT_MAX ? UINT_MAX : max);
	uInt room = g->z.avail_out;
	while (g->z.avail_out == room) {
		if (g->z.avail_in == 0 && !g->inner_done) {
			long n = g->inner->read(g->inner->state, g->in, sizeof g->in);
			if (n < 0)
				return -1;
			if (n == 0) {
				g->inner_done = 1;
			} else {
				g->z.next_in = (Bytef *)g->in;
				g->z.avail_in = (uInt)n;
			}
		}
		int rc = deflate(&g->z, g->inner_done ? Z_FINISH : Z_NO_FLUSH);
		if (rc == Z_STREAM_END) {
			g->finished = 1;
			break;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR)
			return -1;
	}
	return (long)(room - g->z.avail_out);
}

static void gzip_stream_free(void *state)
{
	gzip_stream *g = state;
	deflateEnd(&g->z);
	g->inner->free(g->inner->state);
	free(g->inner);
	free(g);
}

body_stream *content_coding_gzip_stream(body_stream *inner)
{
	gzip_stream *g = calloc(1, sizeof *g);
	body_stream *s = calloc(1, sizeof *s);
	if (!g || !s ||
	    deflateInit2(&g->z, GZIP_STREAM_LEVEL, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
	        Z_OK) {
		free(g);
		free(s);
		return NULL;
	}
	g->inner = inner;
	s->read = gzip_stream_read;
	s->free = gzip_stream_free;
	s->state = g;
	return s;
}

/* Accept-Encoding and gzip (content_coding.h). zlib's deflate with a gzip
 * header (windowBits 15 + 16), level 6 (zlib's default: on JSON pages the
 * size is within a few percent of level 9 at a fraction of the time), into
 * one buffer of deflateBound bytes: the output can never outgrow it. */
#include "content_coding.h"

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

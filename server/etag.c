/* Strong entity tags (see etag.h).
 *
 * Why XXH3-128 and not a cryptographic hash: the tag only has to change
 * whenever the bytes change, for one URL over the service's life; nobody
 * gains by forging a collision (a client that sent a forged tag would only
 * be told its own copy is current). 128 bits make an accidental collision
 * between two versions of one resource as unlikely as with the SHA-256
 * prefix used before, and XXH3 hashes a 47 KB list page in a few
 * microseconds where SHA-256 took ~45 µs of a miss's ~270 (with SHA-NI;
 * bench/README.md, "HTTP server"). */
#include "etag.h"

#include <string.h>
#include <xxhash.h>

void etag_of(const char *data, size_t n, char out[ETAG_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	XXH128_canonical_t c;
	XXH128_canonicalFromHash(&c, XXH3_128bits(data, n));
	out[0] = '"';
	for (int i = 0; i < 16; i++) {
		out[1 + 2 * i] = hex[c.digest[i] >> 4];
		out[2 + 2 * i] = hex[c.digest[i] & 15];
	}
	out[33] = '"';
	out[34] = '\0';
}
int etag_matches(const char *if_none_match, const char *etag)
{
	if (!if_none_match)
		return 0;
	size_t etag_len = strlen(etag);
	const char *p = if_none_match;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (!*p)
			break;
		if (*p == '*')
			return 1;
		if (p[0] == 'W' && p[1] == '/')
			p += 2;
		const char *end = p;
		if (*p == '"') {
			end = strchr(p + 1, '"');
			end = end ? end + 1 : p + strlen(p);
		} else {
			end = p + strcspn(p, ", \t");
		}
		if ((size_t)(end - p) == etag_len && memcmp(p, etag, etag_len) == 0)
			return 1;
		p = end;
	}
	return 0;
}

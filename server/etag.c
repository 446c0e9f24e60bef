#include "etag.h"

#include <openssl/evp.h>
#include <string.h>

void etag_of(const char *data, size_t n, char out[ETAG_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	if (!EVP_Digest(data, n, digest, &len, EVP_sha256(), NULL))
		memset(digest, 0, sizeof digest);
	out[0] = '"';
	for (int i = 0; i < 16; i++) {
		out[1 + 2 * i] = hex[digest[i] >> 4];
		out[2 + 2 * i] = hex[digest[i] & 15];
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

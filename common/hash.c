#include "hash.h"

#include <openssl/evp.h>

int sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;
	out[0] = '\0';
	/* EVP_Digest is the one-shot, non-deprecated interface of OpenSSL 3. */
	if (EVP_Digest(data, len, md, &md_len, EVP_sha256(), NULL) != 1 || md_len != 32)
		return -1;
	for (unsigned i = 0; i < md_len; i++) {
		out[2 * i] = digits[md[i] >> 4];
		out[2 * i + 1] = digits[md[i] & 15];
	}
	out[2 * md_len] = '\0';
	return 0;
}

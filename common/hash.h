/* SHA-256 of a byte string as 64 lowercase hex digits (OpenSSL libcrypto):
 * the content hash of an imported report and the checksum of a migration. */
#ifndef COMMON_HASH_H
#define COMMON_HASH_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

/* Writes the hex digest and a terminating NUL into out (65 bytes). Returns 0,
 * or -1 if libcrypto failed (out is then ""). */
int sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

#endif

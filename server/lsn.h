/* WAL positions (pg_lsn) as the server compares them: PostgreSQL prints an
 * LSN as two hexadecimal halves "HI/LO" of a 64-bit byte position. Text
 * comparison would be wrong ("9/0" > "10/0"), and so would a double (it
 * loses the low bits past 2^53), so positions are parsed to uint64_t. */
#ifndef SERVER_LSN_H
#define SERVER_LSN_H

#include <stddef.h>
#include <stdint.h>

/* "HI/LO" with 1–8 hex digits each, nothing before or after. Returns 0 and
 * the position in *out, or -1 (out untouched) for anything else. */
int lsn_parse(const char *text, uint64_t *out);

/* Formats as PostgreSQL does ("16/B374D848"); buf of LSN_TEXT_SIZE. */
#define LSN_TEXT_SIZE 18
void lsn_format(uint64_t lsn, char buf[LSN_TEXT_SIZE]);

/* The cache decision of dispatch (cache.h, cache_snapshot_fresh): may an
 * answer computed on a connection whose replay position was `replay` be
 * kept, when every change up to `notified` has been announced? On a
 * primary (on_replica 0) the snapshot always includes every committed
 * change: yes. On a replica only when it had replayed at least up to the
 * announced position before the answer's queries started. */
int lsn_snapshot_cacheable(int on_replica, uint64_t replay, uint64_t notified);

#endif

/* Reading from a streaming replica: how far behind the primary it is.
 *
 * A replica alone cannot tell its lag: when it is caught up its last
 * replayed transaction simply gets old, and when its link to the primary
 * is broken it does not know what it misses. So the server remembers the
 * primary's WAL positions as it sees them (the change listener reads
 * pg_current_wal_lsn() on the primary after every notification and with
 * every 5 s ping; /readyz adds the replica's own received position), each
 * with the moment it was first seen. The replica is then as far behind as
 * the oldest remembered position it has not replayed yet is old: the
 * primary had written past the replay position by then. A position is
 * remembered at most once a second (a newer one within the second widens
 * the last entry, which can only overstate the lag, by under a second),
 * and REPLICA_TRACK_ENTRIES of them are kept; when every one is ahead of
 * the replay position the lag is at least as old as the oldest. */
#ifndef SERVER_REPLICA_H
#define SERVER_REPLICA_H

#include <stdint.h>

#define REPLICA_TRACK_ENTRIES      256
#define REPLICA_DEFAULT_MAX_LAG_MS 30000

/* /readyz answers 503 when the replica is more than this far behind. */
void replica_set_max_lag_ms(long ms);
long replica_max_lag_ms(void);

/* Remembers that the primary had written up to `lsn` (at now_ms, a
 * CLOCK_MONOTONIC time in ms; replica_now_ms gives it). Thread-safe. */
void replica_note_primary(uint64_t lsn, long now_ms);
long replica_now_ms(void);

/* The lag of a replica that has replayed up to `replay`, at now_ms:
 * *lag_ms (0 when it has replayed everything remembered) and *lag_bytes
 * (the newest remembered position minus replay, at least 0). */
void replica_lag(uint64_t replay, long now_ms, long *lag_ms, uint64_t *lag_bytes);

/* Forgets every position (tests). */
void replica_track_reset(void);

#endif

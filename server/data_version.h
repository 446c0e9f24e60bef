/* The per-request read of dispatch_set_version_reader (dispatch.h): the
 * data version (migration 0006) and the replay position, on this thread's
 * connection. */
#ifndef SERVER_DATA_VERSION_H
#define SERVER_DATA_VERSION_H

#include "dispatch.h"
#include "http.h"

/* 0, or -1 with the error reply in res (db_query's). */
int data_version_read(int with_version, http_response *res, dispatch_snapshot *out);

#endif

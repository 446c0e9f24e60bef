/* The data version (migration 0006) read on this thread's connection, for
 * dispatch_set_version_reader (dispatch.h). */
#ifndef SERVER_DATA_VERSION_H
#define SERVER_DATA_VERSION_H

#include "http.h"

/* >= 0, or -1 with the error reply in res (db_query's). */
long long data_version_read(http_response *res);

#endif

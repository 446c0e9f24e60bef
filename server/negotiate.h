/* Content negotiation: which representation a request gets. */
#ifndef SERVER_NEGOTIATE_H
#define SERVER_NEGOTIATE_H

#include "http.h"

/* Picks JSON or CSV from the Accept header (RFC 9110 §12.5.1: media ranges
 * with q-values, the most specific range decides a type's q, q=0 refuses).
 * CSV is offered only when `csv_offered`. An absent or empty Accept means
 * JSON; on a tie JSON wins. Returns 0 and sets *out, or -1 when nothing
 * offered is acceptable (406). */
int negotiate_accept(const char *accept, int csv_offered, enum http_format *out);

#endif

/* The after= cursor of keyset paging: the sort key values of a page's last
 * row, so that the next page is "the rows after these" on an index instead
 * of "skip N rows", whose cost grows with N. It is opaque to clients
 * (base64url of the JSON array [sort, value, ...]) and bound to the sort it
 * was made for; its values only ever travel as query parameters. */
#ifndef SERVER_LIST_CURSOR_H
#define SERVER_LIST_CURSOR_H

#include <jansson.h>
#include <stddef.h>

/* The cursor of `sort` (e.g. "position", "-name") and the n key values
 * `values` (text from the result; integers when ints[i], else strings).
 * Returns a new string the caller frees. */
char *list_cursor_encode(const char *sort, const char *const *values, const int *ints, size_t n);

/* Decodes `cursor` made for `sort` with n keys (integers where ints[i]):
 * on success stores n new strings in values_out (the caller frees each) and
 * returns 0; -1 when it is not such a cursor (bad base64url, not the JSON
 * array, another sort, a wrong count or type, an integer out of range). */
int list_cursor_decode(const char *cursor, const char *sort, const int *ints, size_t n,
                       char **values_out);

#endif

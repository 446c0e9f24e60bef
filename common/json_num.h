/* Exact decimals in JSON. Jansson keeps numbers as doubles and its default
 * dump prints 17 significant digits (182.90000000000001). Decimals here come
 * as text (from numeric columns or the parser) and are turned into the JSON
 * value that prints back as the same decimal when dumped with JSON_NUM_FLAGS. */
#ifndef COMMON_JSON_NUM_H
#define COMMON_JSON_NUM_H

#include <jansson.h>

/* Dump flags that print every number made by json_decimal exactly:
 * 15 significant digits (all a double holds exactly), UTF-8 unescaped. */
#define JSON_NUM_FLAGS (JSON_REAL_PRECISION(15) | JSON_COMPACT)

/* A new JSON number for a decimal such as "182.9", "-2.30", "90000000000";
 * json_null() for NULL; NULL for text that is not a decimal or has more than
 * 15 significant digits. Returns a new reference. */
json_t *json_decimal(const char *text);

#endif

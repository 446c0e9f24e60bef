/* The OpenAPI document served at /api/v1/openapi.json (api/openapi.json). */
#ifndef SERVER_OPENAPI_DOC_H
#define SERVER_OPENAPI_DOC_H

/* Loads and checks the document once at start-up. `path` NULL means: next
 * to the program (<dir of executable>/../api/openapi.json), then
 * ./api/openapi.json. Returns 0, or -1 (logged) when none loads. */
int openapi_load(const char *path);

/* The compact JSON text of the loaded document, or NULL when none. */
const char *openapi_text(void);

void openapi_free(void);

#endif

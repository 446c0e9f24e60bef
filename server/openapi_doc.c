#include "openapi_doc.h"

#include "json_num.h"
#include "log.h"
#include "sb.h"

#include <jansson.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *doc_text;

static int load_from(const char *path)
{
	json_error_t err;
	json_t *doc = json_load_file(path, 0, &err);
	if (!doc) {
		log_debug("openapi: %s: %s (line %d)", path, err.text, err.line);
		return -1;
	}
	if (!json_is_string(json_object_get(doc, "openapi")) ||
	    !json_is_object(json_object_get(doc, "paths"))) {
		log_error("openapi: %s is not an OpenAPI document", path);
		json_decref(doc);
		return -1;
	}
	free(doc_text);
	doc_text = json_dumps(doc, JSON_NUM_FLAGS);
	json_decref(doc);
	log_info("openapi: loaded %s", path);
	return doc_text ? 0 : -1;
}

int openapi_load(const char *path)
{
	if (path)
		return load_from(path) == 0 ? 0 : (log_error("openapi: cannot load %s", path), -1);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		sb candidate = SB_INIT;
		sb_printf(&candidate, "%s/../api/openapi.json", dirname(exe));
		int rc = load_from(sb_str(&candidate));
		sb_free(&candidate);
		if (rc == 0)
			return 0;
	}
	if (load_from("api/openapi.json") == 0)
		return 0;
	log_error("openapi: api/openapi.json not found next to the program or in the "
	          "working directory (set --openapi)");
	return -1;
}

const char *openapi_text(void)
{
	return doc_text;
}

void openapi_free(void)
{
	free(doc_text);
	doc_text = NULL;
}

#include "dispatch.h"

#include "cache.h"
#include "content_coding.h"
#include "db_pool.h"
#include "etag.h"
#include "negotiate.h"
#include "params.h"
#include "router.h"
#include "routes.h"
#include "static_files.h"
#include "urlcodec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define STR_(x) #x
#define STR(x)  STR_(x)

/* Preflight answers may be cached this long by browsers (seconds). */
#define CORS_MAX_AGE "600"
/* Request headers a cross-origin caller may send. */
static const char *const cors_allowed_headers[] = {"accept", "if-none-match", "content-type",
                                                   "prefer", NULL};

static cache *response_cache;
static dispatch_version_reader version_reader;
static int hits_notified; /* dispatch_set_cache_hits */

void dispatch_set_cache(cache *c)
{
	response_cache = c;
}

void dispatch_set_version_reader(dispatch_version_reader read)
{
	version_reader = read;
}

void dispatch_set_cache_hits(enum dispatch_cache_hits hits)
{
	hits_notified = hits == DISPATCH_HITS_NOTIFIED;
}

/* One primary-key read, so that a change committed before this request is
 * never answered from before it, nor one from a replica behind the last
 * change stored (cache.h). Drops *key (frees it, NULL) when this request's
 * snapshot predates the cache's entries. Returns -1 with the error reply in
 * res when the read failed. */
static int sync_with_data(char **key, http_response *res, dispatch_snapshot *snap)
{
	if (!version_reader)
		return 0;
	int versioned = cache_versioned(response_cache);
	if (version_reader(versioned, res, snap) < 0)
		return -1;
	if (versioned && cache_sync_version(response_cache, snap->version) < 0) {
		free(*key);
		*key = NULL;
	}
	return 0;
}

/* A hit fills res and etag and returns 1. A 304 needs no body: the copy is
 * skipped when the client revalidates (and made after all if its tag is
 * old). */
static int lookup_cached(const dispatch_input *in, const char *key, http_response *res,
                         char etag[ETAG_SIZE])
{
	int hit = cache_lookup(response_cache, key, !in->if_none_match, res, etag);
	if (hit && in->if_none_match && !etag_matches(in->if_none_match, etag)) {
		http_response_free(res);
		memset(res, 0, sizeof *res);
		hit = cache_lookup(response_cache, key, 1, res, etag);
	}
	return hit;
}

static char **cors_origins;
static size_t n_cors_origins;
static int cors_any;

void dispatch_free_config(void)
{
	for (size_t i = 0; i < n_cors_origins; i++)
		free(cors_origins[i]);
	free(cors_origins);
	cors_origins = NULL;
	n_cors_origins = 0;
	cors_any = 0;
}

void dispatch_set_cors_origins(const char *origins)
{
	dispatch_free_config();
	for (const char *p = origins; p && *p;) {
		size_t n = strcspn(p, ",");
		const char *s = p;
		size_t len = n;
		while (len && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '/'))
			len--;
		if (len == 1 && *s == '*') {
			cors_any = 1;
		} else if (len) {
			cors_origins =
			    xrealloc(cors_origins, (n_cors_origins + 1) * sizeof *cors_origins);
			cors_origins[n_cors_origins++] = xstrndup(s, len);
		}
		p += n;
		if (*p == ',')
			p++;
	}
}

static int cors_configured(void)
{
	return cors_any || n_cors_origins > 0;
}

static int origin_allowed(const char *origin)
{
	if (!origin || !*origin)
		return 0;
	if (cors_any)
		return 1;
	for (size_t i = 0; i < n_cors_origins; i++)
		if (strcmp(cors_origins[i], origin) == 0)
			return 1;
	return 0;
}

/* 1 when every header named in the comma-separated list may be sent. */
static int cors_headers_allowed(const char *list)
{
	for (const char *p = list ? list : ""; *p;) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		size_t n = strcspn(p, ", \t");
		if (!n)
			break;
		int ok = 0;
		for (size_t i = 0; cors_allowed_headers[i]; i++)
			if (strlen(cors_allowed_headers[i]) == n &&
			    strncasecmp(cors_allowed_headers[i], p, n) == 0)
				ok = 1;
		if (!ok)
			return 0;
		p += n;
	}
	return 1;
}

typedef struct parsed_target {
	char *path;
	http_param *query;
	size_t n_query;
} parsed_target;

static void parsed_target_free(parsed_target *t)
{
	free(t->path);
	for (size_t i = 0; i < t->n_query; i++) {
		free(t->query[i].name);
		free(t->query[i].value);
	}
	free(t->query);
	memset(t, 0, sizeof *t);
}

static void decode_problem(http_response *res, enum url_decode_status st, const char *param)
{
	if (st == URL_DECODE_BAD_PERCENT)
		reply_problem(res, 400, "invalid_percent_encoding",
		              param ? "A query parameter has a malformed percent-encoding."
		                    : "The path has a malformed percent-encoding.",
		              param);
	else
		reply_problem(res, 400, "invalid_utf8",
		              param ? "A query parameter is not valid UTF-8."
		                    : "The path is not valid UTF-8.",
		              param);
}

/* Splits and decodes the target. Returns 0, or -1 with a 400 in res. */
static int parse_target(const char *target, parsed_target *out, http_response *res)
{
	memset(out, 0, sizeof *out);
	size_t path_len = strcspn(target, "?#");
	enum url_decode_status st = url_decode(target, path_len, 0, &out->path);
	if (st != URL_DECODE_OK) {
		decode_problem(res, st, NULL);
		return -1;
	}
	if (target[path_len] != '?')
		return 0;
	const char *q = target + path_len + 1;
	size_t q_len = strcspn(q, "#");
	while (q_len > 0) {
		size_t piece = strcspn(q, "&");
		if (piece > q_len)
			piece = q_len;
		if (piece > 0) {
			const char *eq = memchr(q, '=', piece);
			size_t name_len = eq ? (size_t)(eq - q) : piece;
			char *name = NULL, *value = NULL;
			st = url_decode(q, name_len, 1, &name);
			if (st != URL_DECODE_OK) {
				decode_problem(res, st, NULL);
				return -1;
			}
			st = eq ? url_decode(eq + 1, piece - name_len - 1, 1, &value)
			        : url_decode("", 0, 1, &value);
			if (st != URL_DECODE_OK) {
				decode_problem(res, st, name);
				free(name);
				return -1;
			}
			out->query = xrealloc(out->query, (out->n_query + 1) * sizeof *out->query);
			out->query[out->n_query].name = name;
			out->query[out->n_query].value = value;
			out->n_query++;
		}
		q += piece;
		q_len -= piece;
		if (q_len > 0) {
			q++;
			q_len--;
		}
	}
	return 0;
}

/* OPTIONS on a known path: Allow, plus the CORS preflight answer when the
 * origin, method and headers are all allowed (otherwise the browser gets no
 * Access-Control-* headers and refuses the cross-origin call itself). */
static void answer_options(const dispatch_input *in, const route_match *m, http_response *res)
{
	res->status = 204;
	res->no_etag = 1;
	http_set_header(res, "Allow", m->allow);
	if (cors_configured())
		http_set_header(
		    res, "Vary",
		    "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
	if (!in->acr_method || !origin_allowed(in->origin))
		return;
	if (!strstr(m->allow, in->acr_method) || !cors_headers_allowed(in->acr_headers))
		return;
	http_set_header(res, "Access-Control-Allow-Origin", cors_any ? "*" : in->origin);
	http_set_header(res, "Access-Control-Allow-Methods", m->allow);
	if (in->acr_headers && *in->acr_headers)
		http_set_header(res, "Access-Control-Allow-Headers", in->acr_headers);
	http_set_header(res, "Access-Control-Max-Age", CORS_MAX_AGE);
}

/* Picks the representation: ?format= wins over Accept when given. */
static int negotiate(const dispatch_input *in, const parsed_target *t, int is_list,
                     enum http_format *format, http_response *res)
{
	const char *fmt = NULL;
	for (size_t i = 0; i < t->n_query; i++)
		if (strcmp(t->query[i].name, "format") == 0)
			fmt = t->query[i].value;
	if (fmt) {
		if (strcmp(fmt, "json") == 0) {
			*format = FORMAT_JSON;
			return 0;
		}
		if (strcmp(fmt, "csv") == 0 && is_list) {
			*format = FORMAT_CSV;
			return 0;
		}
		reply_problem(res, 400, "invalid_parameter",
		              is_list ? "format must be json or csv"
		                      : "format must be json (CSV is offered on list routes only)",
		              "format");
		return -1;
	}
	if (negotiate_accept(in->accept, is_list, format) < 0) {
		reply_problem(res, 406, "not_acceptable",
		              is_list
		                  ? "This resource is available as application/json or text/csv."
		                  : "This resource is available as application/json.",
		              NULL);
		return -1;
	}
	return 0;
}

/* Content-Length elements ("5", "5, 5" lists, repeated headers), compared
 * as text without the blanks around them: a second spelling of the same
 * number ("05") counts as a conflict too, which is the safe side. */
static void note_content_length(dispatch_input *in, const char *value)
{
	for (const char *p = value;;) {
		p += strspn(p, " \t");
		size_t n = strcspn(p, ",");
		size_t len = n;
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (!in->content_length) {
			in->content_length = p;
			in->content_length_len = len;
		} else if (len != in->content_length_len ||
		           memcmp(p, in->content_length, len) != 0) {
			in->content_length_conflict = 1;
		}
		if (!p[n])
			break;
		p += n + 1;
	}
}

void dispatch_note_header(dispatch_input *in, const char *name, const char *value)
{
	in->header_bytes += strlen(name) + (value ? strlen(value) : 0);
	if (strcasecmp(name, "Content-Length") == 0)
		note_content_length(in, value ? value : "");
	else if (strcasecmp(name, "Transfer-Encoding") == 0)
		in->transfer_encoding = 1;
}

int dispatch_framing_invalid(const dispatch_input *in)
{
	return in->content_length_conflict || (in->transfer_encoding && in->content_length);
}

/* The conventions applied to every response once the handler is done.
 * `etag` is the body's tag when already known (from the cache), else NULL. */
static void finish(const dispatch_input *in, const route *rt, http_response *res, const char *etag)
{
	int is_get = strcmp(in->method, "GET") == 0 || strcmp(in->method, "HEAD") == 0;
	/* gzip for a JSON or CSV body held whole, when the client takes it
	 * (a streamed one: below): decided before the ETag, which
	 * names the representation sent, so it differs per encoding. */
	int gzip = res->status == 200 && is_get && !res->stream &&
	           res->body.len >= GZIP_MIN_BYTES &&
	           content_coding_compressible(res->content_type) &&
	           content_coding_accepts_gzip(in->accept_encoding);
	if (res->status == 200 && is_get && !res->no_etag) {
		char tag[ETAG_SIZE + 5];
		if (etag)
			snprintf(tag, ETAG_SIZE, "%s", etag);
		else
			etag_of(sb_str(&res->body), res->body.len, tag);
		if (gzip) /* "…" → "…-gzip": the tag of the compressed bytes */
			snprintf(tag + ETAG_SIZE - 2, sizeof tag - (ETAG_SIZE - 2), "-gzip\"");
		http_set_header(res, "ETag", tag);
		/* Cacheable but revalidated each time: an import can change
		 * any answer, and the ETag makes revalidation cheap. */
		http_set_header(res, "Cache-Control", "no-cache");
		if (etag_matches(in->if_none_match, tag)) {
			res->status = 304;
			sb_free(&res->body);
			gzip = 0;
		}
	} else if (res->status != 204) {
		http_set_header(res, "Cache-Control", "no-store");
	}
	if (res->stream && res->status == 200 && is_get &&
	    content_coding_compressible(res->content_type) &&
	    content_coding_accepts_gzip(in->accept_encoding)) {
		/* A streamed body (no ETag to name it) is deflated as it goes. */
		body_stream *packed = content_coding_gzip_stream(res->stream);
		if (packed) {
			res->stream = packed;
			http_set_header(res, "Content-Encoding", "gzip");
		}
	}
	if (gzip) {
		sb packed = SB_INIT;
		if (content_coding_gzip(sb_str(&res->body), res->body.len, &packed) == 0) {
			sb_free(&res->body);
			res->body = packed;
			http_set_header(res, "Content-Encoding", "gzip");
		} else {
			sb_free(&packed); /* zlib failed: the identity body stays */
		}
	}
	/* Every answer, errors included: a browser must never guess a type
	 * (a JSON body sniffed as HTML would be a script injection). */
	http_set_header(res, "X-Content-Type-Options", "nosniff");
	if (strcmp(in->method, "OPTIONS") == 0)
		return; /* answer_options has said all */
	/* Every answer of a route may be gzipped, so caches must key on
	 * Accept-Encoding too. */
	if (rt && rt->is_list)
		http_set_header(res, "Vary",
		                cors_configured() ? "Accept, Prefer, Accept-Encoding, Origin"
		                                  : "Accept, Prefer, Accept-Encoding");
	else
		http_set_header(res, "Vary",
		                cors_configured() ? "Accept-Encoding, Origin" : "Accept-Encoding");
	if (origin_allowed(in->origin)) {
		http_set_header(res, "Access-Control-Allow-Origin", cors_any ? "*" : in->origin);
		http_set_header(res, "Access-Control-Expose-Headers",
		                "ETag, Link, Retry-After, Preference-Applied");
	}
}

enum http_count dispatch_prefer_count(const char *prefer)
{
	static const struct {
		const char *value;
		enum http_count count;
	} counts[] = {
	    {"exact", COUNT_EXACT}, {"planned", COUNT_PLANNED}, {"estimated", COUNT_ESTIMATED}};
	for (const char *p = prefer ? prefer : ""; *p;) {
		p += strspn(p, " \t,;");
		size_t n = strcspn(p, ",;");
		if (n > 6 && strncasecmp(p, "count=", 6) == 0) {
			size_t len = n - 6;
			while (len && (p[6 + len - 1] == ' ' || p[6 + len - 1] == '\t'))
				len--;
			for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
				if (strlen(counts[i].value) == len &&
				    strncasecmp(p + 6, counts[i].value, len) == 0)
					return counts[i].count;
		}
		p += n;
	}
	return COUNT_NONE;
}

void dispatch(const dispatch_input *in, http_response *res)
{
	parsed_target t = {0};
	route_match m = {0};
	const route *rt = NULL;
	char *key = NULL; /* the cache key, when the cache applies */
	char etag[ETAG_SIZE];
	int have_etag = 0;
	uint64_t generation = 0;
	if (strlen(in->target) > DISPATCH_MAX_TARGET_BYTES) {
		reply_problem(
		    res, 414, "uri_too_long",
		    "The request target is longer than " STR(DISPATCH_MAX_TARGET_BYTES) " bytes.",
		    NULL);
		goto out;
	}
	if (in->header_bytes > DISPATCH_MAX_HEADER_BYTES) {
		reply_problem(
		    res, 431, "headers_too_large",
		    "The request headers are larger than " STR(DISPATCH_MAX_HEADER_BYTES) " bytes.",
		    NULL);
		goto out;
	}
	if (dispatch_framing_invalid(in)) {
		reply_problem(res, 400, "invalid_framing",
		              in->transfer_encoding
		                  ? "The request has both Transfer-Encoding and Content-Length."
		                  : "The request has conflicting Content-Length values.",
		              NULL);
		goto out;
	}
	if (in->target[0] != '/') {
		if (strcmp(in->method, "OPTIONS") == 0 && strcmp(in->target, "*") == 0) {
			res->status = 204;
			http_set_header(res, "Allow", "GET, HEAD, OPTIONS");
		} else {
			reply_problem(res, 400, "invalid_target",
			              "The request target must be a path.", NULL);
		}
		goto out;
	}
	/* The dashboard's files: their own headers, no finish() (static_files.c). */
	if (static_files_claims(in->target)) {
		static_files_serve(in, res);
		return;
	}
	if (parse_target(in->target, &t, res) < 0)
		goto out;
	route_find(routes, n_routes, in->method, t.path, &m);
	if (!m.path_known) {
		reply_problem(res, 404, "not_found", "No resource has this path.", NULL);
		goto out;
	}
	if (strcmp(in->method, "OPTIONS") == 0) {
		answer_options(in, &m, res);
		goto out;
	}
	if (!m.route) {
		reply_problem(res, 405, "method_not_allowed",
		              "This resource only supports reading.", NULL);
		http_set_header(res, "Allow", m.allow);
		goto out;
	}
	rt = m.route;
	if (param_check_names(t.query, t.n_query, rt->query, res) < 0)
		goto out;
	http_request req = {
	    .method = in->method,
	    .path = t.path,
	    .query = t.query,
	    .n_query = t.n_query,
	    .accept = in->accept,
	    .if_none_match = in->if_none_match,
	    .origin = in->origin,
	    .count = rt->is_list ? dispatch_prefer_count(in->prefer) : COUNT_NONE,
	    .n_path_params = m.n_params,
	};
	for (size_t i = 0; i < m.n_params; i++)
		req.path_params[i] = m.params[i];
	if (negotiate(in, &t, rt->is_list, &req.format, res) < 0)
		goto out;
	/* Only the data routes: /healthz and /readyz must tell the truth now. */
	if (response_cache && strncmp(t.path, "/api/v1/", 8) == 0)
		key = cache_key(t.path, t.query, t.n_query, req.format);
	if (key && req.count != COUNT_NONE) {
		/* The count asked for changes the body: one entry per kind. */
		static const char *const count_key[] = {"", " count=exact", " count=planned",
		                                        " count=estimated"};
		sb k = SB_INIT;
		sb_puts(&k, key);
		sb_puts(&k, count_key[req.count]);
		free(key);
		key = sb_take(&k);
	}
	dispatch_snapshot snap = {.version = -1};
	/* Checked hits (the default) read the data version before the cache;
	 * notified hits try the cache first and read it only on a miss, before
	 * computing an answer that may be stored (dispatch.h). */
	if (key && !hits_notified && sync_with_data(&key, res, &snap) < 0)
		goto out;
	if (key && lookup_cached(in, key, res, etag)) {
		have_etag = 1;
		goto out;
	}
	if (key && hits_notified && sync_with_data(&key, res, &snap) < 0)
		goto out;
	if (key)
		generation = cache_generation(response_cache);
	rt->handler(&req, res);
	if (res->status == 0) {
		/* A handler that forgot to reply is a bug; say so plainly. */
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
	}
	if (key && res->status == 200 && !res->no_etag) {
		etag_of(sb_str(&res->body), res->body.len, etag);
		have_etag = 1;
		if (strcmp(in->method, "GET") == 0 && db_pool_one_server() &&
		    cache_snapshot_fresh(response_cache, snap.on_replica, snap.replay))
			cache_store(response_cache, key, generation, res, etag);
	}
out:
	/* A connection still held (a transaction, a broken one) goes back
	 * before the response is sent. */
	db_pool_return();
	finish(in, rt, res, have_etag ? etag : NULL);
	free(key);
	route_match_free(&m);
	parsed_target_free(&t);
}

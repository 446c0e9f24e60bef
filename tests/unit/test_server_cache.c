/* The response cache (server/cache.c): keys, hits, eviction by size,
 * generations, enable/disable, and many threads at once (run under ASan). */
#include "cache.h"
#include "dispatch.h"
#include "openapi_doc.h"

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* A 200 response with a body of n bytes of `fill` and one Link header. */
static void make_response(http_response *res, size_t n, char fill)
{
	memset(res, 0, sizeof *res);
	res->status = 200;
	res->content_type = xstrdup("application/json");
	for (size_t i = 0; i < n; i++)
		sb_putc(&res->body, fill);
	http_set_header(res, "Link", "</api/v1/metrics?limit=2&offset=2>; rel=\"next\"");
}

static int store(cache *c, const char *key, size_t n, char fill)
{
	http_response res;
	make_response(&res, n, fill);
	int ok = cache_store(c, key, cache_generation(c), &res, "\"tag\"");
	http_response_free(&res);
	return ok;
}

static int has(cache *c, const char *key)
{
	http_response res = {0};
	char tag[ETAG_SIZE];
	int hit = cache_lookup(c, key, 0, &res, tag);
	http_response_free(&res);
	return hit;
}

static char *key_of(const char *path, const char *const *kv, size_t n, enum http_format f)
{
	http_param q[8];
	for (size_t i = 0; i < n; i++) {
		q[i].name = (char *)kv[2 * i];
		q[i].value = (char *)kv[2 * i + 1];
	}
	return cache_key(path, q, n, f);
}

Test(server_cache, zero_bytes_means_no_cache)
{
	cr_assert_null(cache_new(0));
	cache_free(NULL);
}

Test(server_cache, key_sorts_parameters_and_keeps_repeats_in_order)
{
	const char *a[] = {"year", "2023", "org", "济源 高新区", "limit", "10"};
	const char *b[] = {"limit", "10", "org", "济源 高新区", "year", "2023"};
	char *ka = key_of("/api/v1/metrics", a, 3, FORMAT_JSON);
	char *kb = key_of("/api/v1/metrics", b, 3, FORMAT_JSON);
	cr_assert_str_eq(ka, kb);
	cr_assert_str_eq(ka,
	                 "json %2Fapi%2Fv1%2Fmetrics?limit=10&org=%E6%B5%8E%E6%BA%90%20%E9%AB%98"
	                 "%E6%96%B0%E5%8C%BA&year=2023");
	/* the same query as CSV is another representation */
	char *kc = key_of("/api/v1/metrics", a, 3, FORMAT_CSV);
	cr_assert_str_eq(kc, "csv %2Fapi%2Fv1%2Fmetrics?limit=10&org=%E6%B5%8E%E6%BA%90%20%E9%AB%98"
	                     "%E6%96%B0%E5%8C%BA&year=2023");
	/* the last of a repeated parameter wins, so the order of repeats stays */
	const char *r1[] = {"year", "2022", "year", "2023"};
	const char *r2[] = {"year", "2023", "year", "2022"};
	char *k1 = key_of("/api/v1/reports", r1, 2, FORMAT_JSON);
	char *k2 = key_of("/api/v1/reports", r2, 2, FORMAT_JSON);
	cr_assert_str_eq(k1, "json %2Fapi%2Fv1%2Freports?year=2022&year=2023");
	cr_assert_str_neq(k1, k2);
	/* separators inside names and values cannot forge another key */
	const char *s1[] = {"a", "1&b=2"};
	const char *s2[] = {"a", "1", "b", "2"};
	char *ks1 = key_of("/x", s1, 1, FORMAT_JSON);
	char *ks2 = key_of("/x", s2, 2, FORMAT_JSON);
	cr_assert_str_eq(ks1, "json %2Fx?a=1%26b%3D2");
	cr_assert_str_eq(ks2, "json %2Fx?a=1&b=2");
	/* no query at all */
	char *kn = key_of("/api/v1/sections/7", NULL, 0, FORMAT_JSON);
	cr_assert_str_eq(kn, "json %2Fapi%2Fv1%2Fsections%2F7");
	free(ka);
	free(kb);
	free(kc);
	free(k1);
	free(k2);
	free(ks1);
	free(ks2);
	free(kn);
}

Test(server_cache, hit_gives_back_body_type_headers_and_etag)
{
	cache *c = cache_new(1 << 20);
	http_response res;
	make_response(&res, 5, 'x');
	cr_assert_eq(cache_store(c, "k", cache_generation(c), &res, "\"abc\""), 1);
	http_response_free(&res);

	http_response got = {0};
	char tag[ETAG_SIZE] = "";
	cr_assert_eq(cache_lookup(c, "k", 1, &got, tag), 1);
	cr_assert_eq(got.status, 200);
	cr_assert_str_eq(got.content_type, "application/json");
	cr_assert_eq(got.body.len, 5);
	cr_assert_str_eq(sb_str(&got.body), "xxxxx");
	cr_assert_eq(got.n_headers, 1);
	cr_assert_str_eq(got.headers[0].name, "Link");
	cr_assert_str_eq(got.headers[0].value, "</api/v1/metrics?limit=2&offset=2>; rel=\"next\"");
	cr_assert_str_eq(tag, "\"abc\"");
	http_response_free(&got);

	/* without the body (for a 304) */
	memset(&got, 0, sizeof got);
	cr_assert_eq(cache_lookup(c, "k", 0, &got, tag), 1);
	cr_assert_eq(got.body.len, 0);
	http_response_free(&got);

	memset(&got, 0, sizeof got);
	cr_assert_eq(cache_lookup(c, "other", 1, &got, tag), 0);
	cr_assert_eq(got.status, 0);
	cr_assert_null(got.content_type);
	cache_free(c);
}

Test(server_cache, only_200_is_stored)
{
	cache *c = cache_new(1 << 20);
	http_response res;
	make_response(&res, 5, 'x');
	res.status = 404;
	cr_assert_eq(cache_store(c, "k", cache_generation(c), &res, "\"t\""), 0);
	http_response_free(&res);
	cr_assert_eq(cache_entries(c), 0);
	cache_free(c);
}

Test(server_cache, evicts_least_recently_used_to_stay_within_bytes)
{
	/* Each entry: 1000 body bytes + key + header + overhead, about 1.3 KB:
	 * 6000 bytes hold four of them, and one entry may take 1500 at most. */
	cache *c = cache_new(6000);
	cr_assert_eq(store(c, "a", 1000, 'a'), 1);
	size_t one = cache_bytes(c);
	cr_assert_gt(one, 1000);
	cr_assert_lt(one, 1500);
	cr_assert_eq(store(c, "b", 1000, 'b'), 1);
	cr_assert_eq(store(c, "c", 1000, 'c'), 1);
	cr_assert_eq(store(c, "d", 1000, 'd'), 1);
	cr_assert_eq(cache_entries(c), 4);
	/* touch a: b is now the least recently used */
	cr_assert(has(c, "a"));
	cr_assert_eq(store(c, "e", 1000, 'e'), 1);
	cr_assert_leq(cache_bytes(c), 6000);
	cr_assert_eq(cache_entries(c), 4);
	cr_assert_not(has(c, "b"));
	cr_assert(has(c, "a"));
	cr_assert(has(c, "c"));
	cr_assert(has(c, "d"));
	cr_assert(has(c, "e"));
	/* replacing a key does not count it twice */
	cr_assert_eq(store(c, "e", 1000, 'E'), 1);
	cr_assert_eq(cache_entries(c), 4);
	cr_assert_eq(cache_bytes(c), 4 * one);
	/* an entry above a quarter of the cache is not kept (and evicts nothing) */
	cr_assert_eq(store(c, "big", 1600, 'z'), 0);
	cr_assert_eq(cache_entries(c), 4);
	cache_free(c);
}

Test(server_cache, many_entries_grow_the_table)
{
	cache *c = cache_new(64 << 20);
	char key[32];
	for (int i = 0; i < 2000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		cr_assert_eq(store(c, key, 10, 'x'), 1);
	}
	cr_assert_eq(cache_entries(c), 2000);
	for (int i = 0; i < 2000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		cr_assert(has(c, key), "%s", key);
	}
	cache_free(c);
}

Test(server_cache, clear_and_stale_generation)
{
	cache *c = cache_new(1 << 20);
	cr_assert_eq(store(c, "a", 10, 'a'), 1);
	uint64_t before = cache_generation(c);
	cache_clear(c);
	cr_assert_eq(cache_entries(c), 0);
	cr_assert_eq(cache_bytes(c), 0);
	cr_assert_not(has(c, "a"));
	/* a response computed before the clear is not stored after it */
	http_response res;
	make_response(&res, 10, 'a');
	cr_assert_eq(cache_store(c, "a", before, &res, "\"t\""), 0);
	cr_assert_eq(cache_store(c, "a", cache_generation(c), &res, "\"t\""), 1);
	http_response_free(&res);
	cache_free(c);
}

Test(server_cache, disabled_cache_neither_serves_nor_stores)
{
	cache *c = cache_new(1 << 20);
	cr_assert_eq(store(c, "a", 10, 'a'), 1);
	uint64_t g = cache_generation(c);
	cache_set_enabled(c, 0);
	cr_assert_not(cache_enabled(c));
	cr_assert_eq(cache_entries(c), 0);
	cr_assert_neq(cache_generation(c), g);
	cr_assert_eq(store(c, "a", 10, 'a'), 0);
	cr_assert_not(has(c, "a"));
	cache_set_enabled(c, 1);
	cr_assert(cache_enabled(c));
	cr_assert_eq(store(c, "a", 10, 'a'), 1);
	cr_assert(has(c, "a"));
	cache_free(c);
}

/* Threads store, look up and clear at once; ASan/TSan-free and consistent. */
typedef struct worker_arg {
	cache *c;
	int id;
} worker_arg;

static void *worker(void *p)
{
	worker_arg *a = p;
	char key[32];
	for (int i = 0; i < 3000; i++) {
		snprintf(key, sizeof key, "k%d", (i * 7 + a->id) % 97);
		http_response res;
		char tag[ETAG_SIZE];
		memset(&res, 0, sizeof res);
		if (cache_lookup(a->c, key, 1, &res, tag)) {
			/* a hit is always a whole, consistent entry */
			if (res.body.len != 300 || res.n_headers != 1 ||
			    strcmp(tag, "\"tag\"") != 0)
				abort();
			for (size_t j = 1; j < res.body.len; j++)
				if (sb_str(&res.body)[j] != sb_str(&res.body)[0])
					abort();
			http_response_free(&res);
		} else {
			store(a->c, key, 300, (char)('a' + a->id));
		}
		if (a->id == 0 && i % 500 == 0)
			cache_clear(a->c);
	}
	return NULL;
}

Test(server_cache, concurrent_use_is_safe)
{
	/* small enough that eviction happens all the time */
	cache *c = cache_new(16 * 1024);
	pthread_t t[4];
	worker_arg args[4];
	for (int i = 0; i < 4; i++) {
		args[i] = (worker_arg){c, i};
		cr_assert_eq(pthread_create(&t[i], NULL, worker, &args[i]), 0);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	cr_assert_leq(cache_bytes(c), 16 * 1024);
	cache_free(c);
}

/* ---- dispatch() with a cache: what is stored, and what is added after ---- */

static cache *dcache;

static void dispatch_setup(void)
{
	dispatch_set_cors_origins("https://app.example");
	cr_assert_eq(openapi_load("api/openapi.json"), 0, "run from the repository root");
	dcache = cache_new(1 << 20);
	dispatch_set_cache(dcache);
}

static void dispatch_teardown(void)
{
	dispatch_set_cache(NULL);
	cache_free(dcache);
	dispatch_free_config();
	openapi_free();
}

TestSuite(server_cache_dispatch, .init = dispatch_setup, .fini = dispatch_teardown);

static const char *header_of(const http_response *res, const char *name)
{
	for (size_t i = 0; i < res->n_headers; i++)
		if (strcmp(res->headers[i].name, name) == 0)
			return res->headers[i].value;
	return NULL;
}

static void dispatch_req(const char *method, const char *target, const char *origin,
                         const char *inm, http_response *res)
{
	dispatch_input in = {
	    .method = method, .target = target, .origin = origin, .if_none_match = inm};
	memset(res, 0, sizeof *res);
	dispatch(&in, res);
}

Test(server_cache_dispatch, get_fills_then_get_head_and_304_are_served)
{
	/* the OpenAPI document lives under /api/v1 and needs no database */
	http_response first;
	dispatch_req("GET", "/api/v1/openapi.json", NULL, NULL, &first);
	cr_assert_eq(first.status, 200);
	cr_assert_eq(cache_entries(dcache), 1);
	const char *etag = header_of(&first, "ETag");
	cr_assert_not_null(etag);

	/* what the handler would give is now forgotten: the answer must come
	 * from the cache, and CORS for this origin is added after it */
	openapi_free();
	http_response again;
	dispatch_req("GET", "/api/v1/openapi.json", "https://app.example", NULL, &again);
	cr_assert_eq(again.status, 200);
	cr_assert_eq(again.body.len, first.body.len);
	cr_assert_str_eq(sb_str(&again.body), sb_str(&first.body));
	cr_assert_str_eq(again.content_type, first.content_type);
	cr_assert_str_eq(header_of(&again, "ETag"), etag);
	cr_assert_str_eq(header_of(&again, "Cache-Control"), "no-cache");
	cr_assert_str_eq(header_of(&again, "Access-Control-Allow-Origin"), "https://app.example");
	cr_assert_str_eq(header_of(&again, "Vary"), "Accept-Encoding, Origin");
	/* the first, origin-less answer had none: CORS is not in the entry */
	cr_assert_null(header_of(&first, "Access-Control-Allow-Origin"));
	http_response_free(&again);

	http_response head;
	dispatch_req("HEAD", "/api/v1/openapi.json", NULL, NULL, &head);
	cr_assert_eq(head.status, 200);
	cr_assert_eq(head.body.len, first.body.len); /* the transport sends its length only */
	cr_assert_str_eq(header_of(&head, "ETag"), etag);
	http_response_free(&head);

	http_response nm;
	dispatch_req("GET", "/api/v1/openapi.json", NULL, etag, &nm);
	cr_assert_eq(nm.status, 304);
	cr_assert_eq(nm.body.len, 0);
	cr_assert_str_eq(header_of(&nm, "ETag"), etag);
	http_response_free(&nm);

	/* an old tag: the whole body again */
	http_response old;
	dispatch_req("GET", "/api/v1/openapi.json", NULL, "\"0123\"", &old);
	cr_assert_eq(old.status, 200);
	cr_assert_eq(old.body.len, first.body.len);
	http_response_free(&old);
	http_response_free(&first);
}

Test(server_cache_dispatch, errors_health_and_head_misses_are_not_stored)
{
	http_response res;
	dispatch_req("GET", "/healthz", NULL, NULL, &res);
	cr_assert_eq(res.status, 200);
	http_response_free(&res);
	dispatch_req("GET", "/api/v1/nothing-here", NULL, NULL, &res);
	cr_assert_eq(res.status, 404);
	http_response_free(&res);
	dispatch_req("GET", "/api/v1/openapi.json?format=csv", NULL, NULL, &res);
	cr_assert_eq(res.status, 400);
	http_response_free(&res);
	dispatch_req("HEAD", "/api/v1/openapi.json", NULL, NULL, &res);
	cr_assert_eq(res.status, 200);
	http_response_free(&res);
	cr_assert_eq(cache_entries(dcache), 0);
	/* and while disabled, nothing is stored either */
	cache_set_enabled(dcache, 0);
	dispatch_req("GET", "/api/v1/openapi.json", NULL, NULL, &res);
	cr_assert_eq(res.status, 200);
	http_response_free(&res);
	cr_assert_eq(cache_entries(dcache), 0);
}

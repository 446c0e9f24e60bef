/* The response cache of cache.h: a chained hash table for lookups and a
 * doubly linked list in recency order for eviction, under one mutex. The
 * critical sections are short (a hash lookup and a copy of at most a few
 * tens of KB), far shorter than the database round trip they replace. */
#include "cache.h"

#include "lsn.h"
#include "urlcodec.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bookkeeping charged per entry besides its strings: the struct, the
 * allocator's headers, the bucket pointer. */
#define ENTRY_OVERHEAD 256
#define MIN_BUCKETS    256

typedef struct entry {
	struct entry *chain;       /* next in the same bucket */
	struct entry *prev, *next; /* recency list: head = most recent */
	uint64_t hash;
	char *key;
	char *body;
	size_t body_len;
	char *content_type; /* NULL when none */
	char etag[ETAG_SIZE];
	http_header headers[HTTP_MAX_HEADERS];
	size_t n_headers;
	size_t size; /* what it counts against max_bytes */
} entry;

struct cache {
	pthread_mutex_t lock;
	size_t max_bytes;
	size_t bytes;
	size_t n_entries;
	entry **buckets;
	size_t n_buckets; /* a power of two */
	entry *head, *tail;
	uint64_t generation;
	int enabled;
	int held;              /* cache_hold: lookups miss, entries stay */
	int versioned;         /* cache_set_versioned */
	long long version;     /* data version of the entries; -1 unknown */
	uint64_t notified_lsn; /* cache_note_lsn */
};

static uint64_t hash_of(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

cache *cache_new(size_t max_bytes)
{
	if (max_bytes == 0)
		return NULL;
	cache *c = xcalloc(1, sizeof *c);
	pthread_mutex_init(&c->lock, NULL);
	c->max_bytes = max_bytes;
	c->n_buckets = MIN_BUCKETS;
	c->buckets = xcalloc(c->n_buckets, sizeof *c->buckets);
	c->enabled = 1;
	c->version = -1;
	return c;
}

static void entry_free(entry *e)
{
	free(e->key);
	free(e->body);
	free(e->content_type);
	for (size_t i = 0; i < e->n_headers; i++) {
		free(e->headers[i].name);
		free(e->headers[i].value);
	}
	free(e);
}

static void list_unlink(cache *c, entry *e)
{
	if (e->prev)
		e->prev->next = e->next;
	else
		c->head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		c->tail = e->prev;
	e->prev = e->next = NULL;
}

static void list_push_front(cache *c, entry *e)
{
	e->prev = NULL;
	e->next = c->head;
	if (c->head)
		c->head->prev = e;
	c->head = e;
	if (!c->tail)
		c->tail = e;
}

/* Removes e from table and list and frees it. Lock held. */
static void remove_entry(cache *c, entry *e)
{
	entry **p = &c->buckets[e->hash & (c->n_buckets - 1)];
	while (*p && *p != e)
		p = &(*p)->chain;
	if (*p)
		*p = e->chain;
	list_unlink(c, e);
	c->bytes -= e->size;
	c->n_entries--;
	entry_free(e);
}

static void clear_locked(cache *c)
{
	entry *e = c->head;
	while (e) {
		entry *next = e->next;
		entry_free(e);
		e = next;
	}
	memset(c->buckets, 0, c->n_buckets * sizeof *c->buckets);
	c->head = c->tail = NULL;
	c->bytes = 0;
	c->n_entries = 0;
	c->generation++;
}

void cache_free(cache *c)
{
	if (!c)
		return;
	clear_locked(c);
	free(c->buckets);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

static entry *find_locked(cache *c, const char *key, uint64_t h)
{
	for (entry *e = c->buckets[h & (c->n_buckets - 1)]; e; e = e->chain)
		if (e->hash == h && strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

/* Doubles the buckets when the table gets crowded (load factor 1). */
static void grow_locked(cache *c)
{
	if (c->n_entries < c->n_buckets)
		return;
	size_t n = c->n_buckets * 2;
	entry **b = xcalloc(n, sizeof *b);
	for (size_t i = 0; i < c->n_buckets; i++) {
		entry *e = c->buckets[i];
		while (e) {
			entry *chain = e->chain;
			e->chain = b[e->hash & (n - 1)];
			b[e->hash & (n - 1)] = e;
			e = chain;
		}
	}
	free(c->buckets);
	c->buckets = b;
	c->n_buckets = n;
}

/* Sorts by name only, keeping the order of equal names (insertion sort:
 * stable, and a query has a handful of parameters). */
static void sort_params(const http_param **p, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		const http_param *x = p[i];
		size_t j = i;
		while (j > 0 && strcmp(p[j - 1]->name, x->name) > 0) {
			p[j] = p[j - 1];
			j--;
		}
		p[j] = x;
	}
}

char *cache_key(const char *path, const http_param *query, size_t n_query, enum http_format format)
{
	sb key = SB_INIT;
	sb_puts(&key, format == FORMAT_CSV ? "csv " : "json ");
	/* The path is decoded text; encode it too so that no byte of it
	 * can be confused with the separators below. */
	url_encode_component(&key, path);
	const http_param **sorted = xcalloc(n_query ? n_query : 1, sizeof *sorted);
	for (size_t i = 0; i < n_query; i++)
		sorted[i] = &query[i];
	sort_params(sorted, n_query);
	for (size_t i = 0; i < n_query; i++) {
		sb_putc(&key, i ? '&' : '?');
		url_encode_component(&key, sorted[i]->name);
		sb_putc(&key, '=');
		url_encode_component(&key, sorted[i]->value);
	}
	free(sorted);
	return sb_take(&key);
}

void cache_set_versioned(cache *c, int versioned)
{
	pthread_mutex_lock(&c->lock);
	c->versioned = versioned != 0;
	pthread_mutex_unlock(&c->lock);
}

int cache_versioned(cache *c)
{
	pthread_mutex_lock(&c->lock);
	int v = c->versioned;
	pthread_mutex_unlock(&c->lock);
	return v;
}

int cache_sync_version(cache *c, long long version)
{
	pthread_mutex_lock(&c->lock);
	int rc = 0;
	if (version > c->version) {
		clear_locked(c);
		c->version = version;
	} else if (version < c->version) {
		rc = -1;
	}
	pthread_mutex_unlock(&c->lock);
	return rc;
}

void cache_note_lsn(cache *c, uint64_t lsn)
{
	pthread_mutex_lock(&c->lock);
	if (lsn > c->notified_lsn)
		c->notified_lsn = lsn;
	pthread_mutex_unlock(&c->lock);
}

void cache_reset_lsn(cache *c, uint64_t lsn)
{
	pthread_mutex_lock(&c->lock);
	c->notified_lsn = lsn;
	pthread_mutex_unlock(&c->lock);
}

uint64_t cache_notified_lsn(cache *c)
{
	pthread_mutex_lock(&c->lock);
	uint64_t lsn = c->notified_lsn;
	pthread_mutex_unlock(&c->lock);
	return lsn;
}

int cache_snapshot_fresh(cache *c, int on_replica, uint64_t replay)
{
	return lsn_snapshot_cacheable(on_replica, replay, cache_notified_lsn(c));
}

uint64_t cache_generation(cache *c)
{
	pthread_mutex_lock(&c->lock);
	uint64_t g = c->generation;
	pthread_mutex_unlock(&c->lock);
	return g;
}

int cache_lookup(cache *c, const char *key, int with_body, http_response *res, char etag[ETAG_SIZE])
{
	uint64_t h = hash_of(key);
	int hit = 0;
	pthread_mutex_lock(&c->lock);
	entry *e = c->enabled && !c->held ? find_locked(c, key, h) : NULL;
	if (!e)
		goto out;
	hit = 1;
	list_unlink(c, e);
	list_push_front(c, e);
	res->status = 200;
	res->content_type = e->content_type ? xstrdup(e->content_type) : NULL;
	if (with_body)
		sb_append(&res->body, e->body, e->body_len);
	for (size_t i = 0; i < e->n_headers; i++)
		http_set_header(res, e->headers[i].name, e->headers[i].value);
	memcpy(etag, e->etag, ETAG_SIZE);
out:
	pthread_mutex_unlock(&c->lock);
	return hit;
}

/* A copy of what the cache keeps of res; its size is set. */
static entry *entry_new(const char *key, const http_response *res, const char *etag)
{
	entry *e = xcalloc(1, sizeof *e);
	e->key = xstrdup(key);
	e->hash = hash_of(key);
	e->body_len = res->body.len;
	e->body = xmalloc(e->body_len ? e->body_len : 1);
	if (e->body_len)
		memcpy(e->body, sb_str(&res->body), e->body_len);
	e->content_type = res->content_type ? xstrdup(res->content_type) : NULL;
	snprintf(e->etag, sizeof e->etag, "%s", etag);
	e->size = ENTRY_OVERHEAD + strlen(key) + e->body_len +
	          (e->content_type ? strlen(e->content_type) : 0);
	for (size_t i = 0; i < res->n_headers; i++) {
		e->headers[i].name = xstrdup(res->headers[i].name);
		e->headers[i].value = xstrdup(res->headers[i].value);
		e->size += strlen(res->headers[i].name) + strlen(res->headers[i].value);
	}
	e->n_headers = res->n_headers;
	return e;
}

int cache_store(cache *c, const char *key, uint64_t generation, const http_response *res,
                const char *etag)
{
	if (res->status != 200)
		return 0;
	/* Copy outside the lock; most stores go through. */
	entry *e = entry_new(key, res, etag);
	int stored = 0;
	pthread_mutex_lock(&c->lock);
	if (!c->enabled || c->generation != generation || e->size > c->max_bytes / 4)
		goto out;
	entry *old = find_locked(c, key, e->hash);
	if (old)
		remove_entry(c, old);
	while (c->tail && c->bytes + e->size > c->max_bytes)
		remove_entry(c, c->tail);
	grow_locked(c);
	entry **b = &c->buckets[e->hash & (c->n_buckets - 1)];
	e->chain = *b;
	*b = e;
	list_push_front(c, e);
	c->bytes += e->size;
	c->n_entries++;
	stored = 1;
out:
	pthread_mutex_unlock(&c->lock);
	if (!stored)
		entry_free(e);
	return stored;
}

void cache_clear(cache *c)
{
	pthread_mutex_lock(&c->lock);
	clear_locked(c);
	pthread_mutex_unlock(&c->lock);
}

void cache_set_enabled(cache *c, int enabled)
{
	pthread_mutex_lock(&c->lock);
	clear_locked(c);
	c->enabled = enabled != 0;
	c->held = 0;
	pthread_mutex_unlock(&c->lock);
}

void cache_hold(cache *c, int held)
{
	pthread_mutex_lock(&c->lock);
	c->held = held != 0;
	pthread_mutex_unlock(&c->lock);
}

int cache_enabled(cache *c)
{
	pthread_mutex_lock(&c->lock);
	int on = c->enabled;
	pthread_mutex_unlock(&c->lock);
	return on;
}

size_t cache_bytes(cache *c)
{
	pthread_mutex_lock(&c->lock);
	size_t n = c->bytes;
	pthread_mutex_unlock(&c->lock);
	return n;
}

size_t cache_entries(cache *c)
{
	pthread_mutex_lock(&c->lock);
	size_t n = c->n_entries;
	pthread_mutex_unlock(&c->lock);
	return n;
}

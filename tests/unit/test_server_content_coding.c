/* gzip of answers (server/content_coding.c, dispatch.c): Accept-Encoding
 * as RFC 9110 reads it, bytes that zlib inflates back exactly, and the
 * conventions around it in dispatch(): Content-Encoding, an ETag of its own
 * per encoding (and 304 on it), Vary: Accept-Encoding, small bodies and
 * clients without gzip left alone. /api/v1/openapi.json needs no database. */
#include "content_coding.h"
#include "dispatch.h"
#include "openapi_doc.h"

#include <criterion/criterion.h>
#include <string.h>
#include <zlib.h>

Test(server_content_coding, accept_encoding)
{
	static const struct {
		const char *header;
		int gzip;
	} cases[] = {
	    {NULL, 0},
	    {"", 0},
	    {"gzip", 1},
	    {"GZip", 1},
	    {"x-gzip", 1},
	    {"gzip, deflate, br", 1},
	    {"br;q=1.0, gzip;q=0.5", 1},
	    {"gzip;q=0", 0},
	    {"gzip; q=0.000", 0},
	    {"gzip;q=0.001", 1},
	    {"*", 1},
	    {"*;q=0", 0},
	    {"gzip;q=0, *", 0}, /* named: its own q wins over * */
	    {"identity", 0},
	    {"deflate", 0},
	    {"gzipx, xgzip", 0},
	    {"gzip;q=bogus", 0},
	    {"gzip;q=2", 0},
	    {" ,, gzip ;q=1 ,", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		cr_expect_eq(content_coding_accepts_gzip(cases[i].header), cases[i].gzip, "%s",
		             cases[i].header ? cases[i].header : "(none)");
}

Test(server_content_coding, compressible_types)
{
	cr_expect(content_coding_compressible("application/json"));
	cr_expect(content_coding_compressible("application/problem+json"));
	cr_expect(content_coding_compressible("text/csv; charset=utf-8; header=present"));
	cr_expect(!content_coding_compressible("text/html; charset=utf-8"));
	cr_expect(!content_coding_compressible("application/jsonx"));
	cr_expect(!content_coding_compressible(NULL));
}

/* zlib's inflate of a gzip member; caller frees. */
static char *gunzip(const char *data, size_t len, size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	cr_assert_eq(inflateInit2(&z, 15 + 16), Z_OK);
	size_t cap = len * 20 + 1024;
	char *out = malloc(cap);
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	int rc = inflate(&z, Z_FINISH);
	*out_len = z.total_out;
	inflateEnd(&z);
	cr_assert_eq(rc, Z_STREAM_END, "not one complete gzip member");
	return out;
}

Test(server_content_coding, gzip_round_trip)
{
	sb text = SB_INIT, packed = SB_INIT;
	for (int i = 0; i < 2000; i++)
		sb_printf(&text, "{\"name\":\"工业增加值\",\"value\":%d.5},", i);
	cr_assert_eq(content_coding_gzip(sb_str(&text), text.len, &packed), 0);
	cr_assert_lt(packed.len, text.len / 4, "%zu of %zu bytes", packed.len, text.len);
	cr_assert_eq((unsigned char)sb_str(&packed)[0], 0x1f);
	cr_assert_eq((unsigned char)sb_str(&packed)[1], 0x8b);
	size_t n;
	char *back = gunzip(sb_str(&packed), packed.len, &n);
	cr_assert_eq(n, text.len);
	cr_assert(memcmp(back, sb_str(&text), n) == 0);
	free(back);
	/* an empty body is a valid (20-byte) member too */
	cr_assert_eq(content_coding_gzip("", 0, &packed), 0);
	back = gunzip(sb_str(&packed), packed.len, &n);
	cr_assert_eq(n, 0);
	free(back);
	sb_free(&text);
	sb_free(&packed);
}

static const char *header(const http_response *res, const char *name)
{
	for (size_t i = 0; i < res->n_headers; i++)
		if (strcmp(res->headers[i].name, name) == 0)
			return res->headers[i].value;
	return NULL;
}

static void get(const char *target, const char *accept_encoding, const char *if_none_match,
                http_response *res)
{
	memset(res, 0, sizeof *res);
	dispatch_input in = {.method = "GET",
	                     .target = target,
	                     .accept_encoding = accept_encoding,
	                     .if_none_match = if_none_match};
	dispatch(&in, res);
}

static void load_doc(void)
{
	cr_assert_eq(openapi_load("api/openapi.json"), 0, "run from the repository root");
}

Test(server_content_coding, dispatch_gzips_json_with_its_own_etag, .init = load_doc,
     .fini = openapi_free)
{
	http_response plain, packed;
	get("/api/v1/openapi.json", NULL, NULL, &plain);
	get("/api/v1/openapi.json", "gzip, br", NULL, &packed);
	cr_assert_eq(plain.status, 200);
	cr_assert_eq(packed.status, 200);
	cr_assert_null(header(&plain, "Content-Encoding"));
	cr_assert_str_eq(header(&packed, "Content-Encoding"), "gzip");
	cr_assert_str_eq(header(&plain, "Vary"), "Accept-Encoding");
	cr_assert_str_eq(header(&packed, "Vary"), "Accept-Encoding");
	cr_assert_str_eq(packed.content_type, plain.content_type);
	/* the same bytes once inflated; a tag of its own: "<identity>-gzip" */
	size_t n;
	char *back = gunzip(sb_str(&packed.body), packed.body.len, &n);
	cr_assert_eq(n, plain.body.len);
	cr_assert(memcmp(back, sb_str(&plain.body), n) == 0);
	free(back);
	const char *tag = header(&plain, "ETag"), *gz_tag = header(&packed, "ETag");
	char want[64];
	snprintf(want, sizeof want, "%.*s-gzip\"", (int)strlen(tag) - 1, tag);
	cr_assert_str_eq(gz_tag, want);

	/* revalidation: each tag matches its own representation only */
	http_response res;
	get("/api/v1/openapi.json", "gzip", gz_tag, &res);
	cr_assert_eq(res.status, 304);
	cr_assert_eq(res.body.len, 0);
	cr_assert_null(header(&res, "Content-Encoding"));
	cr_assert_str_eq(header(&res, "ETag"), gz_tag);
	http_response_free(&res);
	get("/api/v1/openapi.json", "gzip", tag, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(header(&res, "Content-Encoding"), "gzip");
	http_response_free(&res);
	get("/api/v1/openapi.json", NULL, gz_tag, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_null(header(&res, "Content-Encoding"));
	http_response_free(&res);
	/* gzip refused by q=0: identity */
	get("/api/v1/openapi.json", "gzip;q=0", NULL, &res);
	cr_assert_null(header(&res, "Content-Encoding"));
	cr_assert_eq(res.body.len, plain.body.len);
	http_response_free(&res);
	http_response_free(&plain);
	http_response_free(&packed);

	/* a small body (a problem of ~150 bytes) is left as it is */
	get("/api/v1/nosuch", "gzip", NULL, &res);
	cr_assert_eq(res.status, 404);
	cr_assert_lt(res.body.len, GZIP_MIN_BYTES);
	cr_assert_null(header(&res, "Content-Encoding"));
	http_response_free(&res);
}

/* A body_stream that hands out `text` in pieces of at most `piece` bytes,
 * then fails when `fail` is set or ends; counts its frees. */
typedef struct fake_stream {
	const char *text;
	size_t len, pos, piece;
	int fail;
	int *frees;
} fake_stream;

static long fake_read(void *state, char *buf, size_t max)
{
	fake_stream *f = state;
	if (f->pos == f->len)
		return f->fail ? -1 : 0;
	size_t n = f->len - f->pos;
	if (n > f->piece)
		n = f->piece;
	if (n > max)
		n = max;
	memcpy(buf, f->text + f->pos, n);
	f->pos += n;
	return (long)n;
}

static void fake_free(void *state)
{
	fake_stream *f = state;
	(*f->frees)++;
	free(f);
}

static body_stream *fake(const char *text, size_t len, size_t piece, int fail, int *frees)
{
	fake_stream *f = calloc(1, sizeof *f);
	*f = (fake_stream){.text = text, .len = len, .piece = piece, .fail = fail, .frees = frees};
	body_stream *s = calloc(1, sizeof *s);
	*s = (body_stream){.read = fake_read, .free = fake_free, .state = f};
	return s;
}

/* Drains `s` with reads of at most `block` bytes; -1 when it failed. */
static long drain(body_stream *s, size_t block, sb *out)
{
	char *buf = malloc(block);
	long n;
	while ((n = s->read(s->state, buf, block)) > 0) {
		cr_assert_leq((size_t)n, block);
		sb_append(out, buf, (size_t)n);
	}
	free(buf);
	return n;
}

Test(server_content_coding, a_stream_is_gzipped_as_it_goes)
{
	sb text = SB_INIT;
	for (int i = 0; i < 30000; i++) /* ~1 MB: many input blocks */
		sb_printf(&text, "%d,测试导出区,导出指标%d,%d.5,亿元\r\n", i, i, i);
	static const size_t pieces[] = {1, 7, 4096, 1 << 20};
	static const size_t blocks[] = {1, 13, 65536};
	for (size_t p = 0; p < 4; p++) {
		for (size_t b = 0; b < 3; b++) {
			if (pieces[p] == 1 && blocks[b] == 1)
				continue; /* a million calls: slow under ASan, nothing new */
			int frees = 0;
			body_stream *s = content_coding_gzip_stream(
			    fake(sb_str(&text), text.len, pieces[p], 0, &frees));
			cr_assert_not_null(s);
			sb packed = SB_INIT;
			cr_assert_eq(drain(s, blocks[b], &packed), 0);
			cr_assert_eq(s->read(s->state, (char[8]){0}, 8), 0,
			             "the end stays the end");
			s->free(s->state);
			free(s);
			cr_assert_eq(frees, 1, "the inner stream is freed once");
			size_t n;
			char *back = gunzip(sb_str(&packed), packed.len, &n);
			cr_assert_eq(n, text.len, "pieces %zu, blocks %zu", pieces[p], blocks[b]);
			cr_assert(memcmp(back, sb_str(&text), n) == 0);
			free(back);
			sb_free(&packed);
		}
	}
	/* an empty stream: a complete empty member */
	int frees = 0;
	body_stream *s = content_coding_gzip_stream(fake("", 0, 1, 0, &frees));
	sb packed = SB_INIT;
	cr_assert_eq(drain(s, 4096, &packed), 0);
	size_t n;
	free(gunzip(sb_str(&packed), packed.len, &n));
	cr_assert_eq(n, 0);
	s->free(s->state);
	free(s);
	sb_free(&packed);
	/* the inner stream fails: so does the gzip stream, and it is freed once */
	s = content_coding_gzip_stream(fake(sb_str(&text), 100000, 4096, 1, &frees));
	cr_assert_eq(drain(s, 4096, &packed), -1);
	s->free(s->state);
	free(s);
	cr_assert_eq(frees, 2);
	sb_free(&packed);
	sb_free(&text);
}

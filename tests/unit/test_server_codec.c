/* Percent-decoding, UTF-8 validation, percent-encoding, ETags and Accept
 * negotiation of the server (server/urlcodec.c, etag.c, negotiate.c). */
#include "etag.h"
#include "negotiate.h"
#include "urlcodec.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static void expect_decoded(const char *in, int plus, const char *want)
{
	char *out = NULL;
	cr_assert_eq(url_decode(in, strlen(in), plus, &out), URL_DECODE_OK, "decoding %s", in);
	cr_assert_str_eq(out, want);
	free(out);
}

static void expect_error(const char *in, enum url_decode_status want)
{
	char *out = (char *)1;
	cr_assert_eq(url_decode(in, strlen(in), 1, &out), want, "decoding %s", in);
	cr_assert_null(out);
}

Test(server_urlcodec, decodes_percent_and_plus)
{
	expect_decoded("%E5%B7%A5%E4%B8%9A", 0, "工业");
	expect_decoded("a+b%2Bc", 1, "a b+c");
	expect_decoded("a+b", 0, "a+b");
	expect_decoded("%e5%b7%a5", 1, "工");
	expect_decoded("招商", 1, "招商");
	expect_decoded("", 1, "");
}

Test(server_urlcodec, rejects_bad_percent_encoding)
{
	expect_error("%", URL_DECODE_BAD_PERCENT);
	expect_error("abc%4", URL_DECODE_BAD_PERCENT);
	expect_error("%zz", URL_DECODE_BAD_PERCENT);
	expect_error("%G1", URL_DECODE_BAD_PERCENT);
}

Test(server_urlcodec, rejects_invalid_utf8)
{
	expect_error("%E4%B8", URL_DECODE_BAD_UTF8);       /* truncated */
	expect_error("%FF", URL_DECODE_BAD_UTF8);          /* never valid */
	expect_error("%C0%AF", URL_DECODE_BAD_UTF8);       /* overlong '/' */
	expect_error("%ED%A0%80", URL_DECODE_BAD_UTF8);    /* surrogate */
	expect_error("%F4%90%80%80", URL_DECODE_BAD_UTF8); /* above U+10FFFF */
	expect_error("a%00b", URL_DECODE_BAD_UTF8);        /* NUL */
}

Test(server_urlcodec, encodes_components)
{
	sb out = SB_INIT;
	url_encode_component(&out, "工业 a&b=c~-._/");
	cr_assert_str_eq(sb_str(&out), "%E5%B7%A5%E4%B8%9A%20a%26b%3Dc~-._%2F");
	sb_free(&out);
}

Test(server_etag, is_quoted_hex_of_the_body)
{
	char a[ETAG_SIZE], b[ETAG_SIZE], c[ETAG_SIZE];
	etag_of("abc", 3, a);
	etag_of("abc", 3, b);
	etag_of("abd", 3, c);
	/* XXH3-128 in its canonical (big-endian) form: the empty input's is
	 * the published 99aa06d3014798d86001c324468d497f */
	cr_assert_str_eq(a, "\"06b05ab6733a618578af5f94892f3950\"");
	char empty[ETAG_SIZE];
	etag_of("", 0, empty);
	cr_assert_str_eq(empty, "\"99aa06d3014798d86001c324468d497f\"");
	cr_assert_str_eq(a, b);
	cr_assert_str_neq(a, c);
}

Test(server_etag, if_none_match_lists_and_weak_tags)
{
	const char *tag = "\"ba7816bf8f01cfea414140de5dae2223\"";
	cr_assert(etag_matches(tag, tag));
	cr_assert(etag_matches("\"x\", \"ba7816bf8f01cfea414140de5dae2223\"", tag));
	cr_assert(etag_matches("W/\"ba7816bf8f01cfea414140de5dae2223\"", tag));
	cr_assert(etag_matches("*", tag));
	cr_assert_not(etag_matches("\"ba7816bf8f01cfea414140de5dae2224\"", tag));
	cr_assert_not(etag_matches("", tag));
	cr_assert_not(etag_matches(NULL, tag));
}

static int pick(const char *accept, int csv)
{
	enum http_format f;
	if (negotiate_accept(accept, csv, &f) < 0)
		return -1;
	return f == FORMAT_CSV ? 'c' : 'j';
}

Test(server_negotiate, picks_by_q_and_specificity)
{
	cr_assert_eq(pick(NULL, 1), 'j');
	cr_assert_eq(pick("", 1), 'j');
	cr_assert_eq(pick("*/*", 1), 'j');
	cr_assert_eq(pick("text/csv", 1), 'c');
	cr_assert_eq(pick("text/csv", 0), -1);
	cr_assert_eq(pick("text/*", 1), 'c');
	cr_assert_eq(pick("application/json, text/csv", 1), 'j');
	cr_assert_eq(pick("application/json;q=0.5, text/csv", 1), 'c');
	cr_assert_eq(pick("text/csv, */*;q=0.1", 1), 'c');
	cr_assert_eq(pick("text/csv, */*;q=0.1", 0), 'j');
	cr_assert_eq(pick("text/html", 1), -1);
	cr_assert_eq(pick("application/json;q=0", 1), -1);
	cr_assert_eq(pick("*/*, application/json;q=0", 0), -1);
	cr_assert_eq(pick("application/problem+json", 0), 'j');
	cr_assert_eq(pick("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 1),
	             'j');
	cr_assert_eq(pick("APPLICATION/JSON", 0), 'j');
}

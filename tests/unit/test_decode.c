/* Decoding: encodings, BOMs, line ends and the refusals with exact offsets. */
#include "decode.h"
#include "parse.h"

#include <criterion/criterion.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Converts UTF-8 to `to` with iconv; returns a malloc'd buffer of *n bytes. */
static unsigned char *convert(const char *to, const char *s, size_t *n)
{
	iconv_t cd = iconv_open(to, "UTF-8");
	cr_assert(cd != (iconv_t)-1);
	size_t in_left = strlen(s), cap = in_left * 4 + 8, out_left = cap;
	unsigned char *buf = malloc(cap);
	char *in = (char *)s, *out = (char *)buf;
	cr_assert(iconv(cd, &in, &in_left, &out, &out_left) != (size_t)-1);
	iconv_close(cd);
	*n = cap - out_left;
	return buf;
}

static char *decode_ok(const unsigned char *b, size_t n, enum text_encoding want)
{
	char *out = NULL;
	size_t len = 0;
	enum text_encoding enc;
	parse_error err;
	memset(&err, 0, sizeof err);
	cr_assert_eq(decode_text(b, n, &out, &len, &enc, &err), PARSE_OK, "%s", err.message);
	cr_assert_eq(enc, want, "encoding %s", encoding_name(enc));
	cr_assert_eq(strlen(out), len);
	return out;
}

static parse_error decode_bad(const unsigned char *b, size_t n)
{
	char *out = (char *)"unset";
	size_t len = 0;
	enum text_encoding enc;
	parse_error err;
	memset(&err, 0, sizeof err);
	cr_assert_eq(decode_text(b, n, &out, &len, &enc, &err), PARSE_BAD_ENCODING);
	cr_assert_null(out);
	cr_assert_eq(err.status, PARSE_BAD_ENCODING);
	return err;
}

static const char *SAMPLE = "济源高新区 2023 年工作总结\n全年营业收入 900 亿元，同比增长 3.4%。\n";

Test(decode, utf8_plain)
{
	char *t = decode_ok((const unsigned char *)SAMPLE, strlen(SAMPLE), ENC_UTF8);
	cr_assert_str_eq(t, SAMPLE);
	free(t);
}

Test(decode, utf8_bom_dropped)
{
	char buf[256] = "\xEF\xBB\xBF";
	strcat(buf, SAMPLE);
	char *t = decode_ok((const unsigned char *)buf, strlen(buf), ENC_UTF8_BOM);
	cr_assert_str_eq(t, SAMPLE);
	free(t);
}

Test(decode, utf16le_with_bom)
{
	size_t n;
	unsigned char *u = convert("UTF-16LE", SAMPLE, &n);
	unsigned char *b = malloc(n + 2);
	b[0] = 0xFF;
	b[1] = 0xFE;
	memcpy(b + 2, u, n);
	char *t = decode_ok(b, n + 2, ENC_UTF16LE);
	cr_assert_str_eq(t, SAMPLE);
	free(t);
	free(b);
	free(u);
}

Test(decode, utf16be_with_bom_and_crlf)
{
	size_t n;
	unsigned char *u = convert("UTF-16BE", "第一行\r\n第二行\r第三行𠀀\n", &n);
	unsigned char *b = malloc(n + 2);
	b[0] = 0xFE;
	b[1] = 0xFF;
	memcpy(b + 2, u, n);
	char *t = decode_ok(b, n + 2, ENC_UTF16BE);
	cr_assert_str_eq(t, "第一行\n第二行\n第三行𠀀\n");
	free(t);
	free(b);
	free(u);
}

Test(decode, utf16_odd_length_refused)
{
	unsigned char b[] = {0xFF, 0xFE, 0x4E, 0x2D, 0x41};
	parse_error e = decode_bad(b, sizeof b);
	cr_assert_eq(e.offset, 4);
}

Test(decode, utf16_unpaired_surrogate_refused)
{
	unsigned char b[] = {0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00};
	parse_error e = decode_bad(b, sizeof b);
	cr_assert_eq(e.offset, 4);
	cr_assert_str_eq(e.message, "invalid UTF-16: unpaired surrogate at byte 4");
}

Test(decode, gbk_detected_from_bytes)
{
	size_t n;
	unsigned char *g = convert("GBK", SAMPLE, &n);
	char *t = decode_ok(g, n, ENC_GB18030);
	cr_assert_str_eq(t, SAMPLE);
	free(t);
	free(g);
}

/* 营业园 in GBK (D3AA D2B5 D4B0) is also valid UTF-8: three lucky sequences
 * before the first byte that is not must not make it "broken UTF-8". */
Test(decode, gbk_that_starts_like_utf8)
{
	size_t n;
	unsigned char *g = convert("GBK", "营业园区实现营业收入12亿元", &n);
	cr_assert_eq(g[0], 0xD3);
	char *t = decode_ok(g, n, ENC_GB18030);
	cr_assert_str_eq(t, "营业园区实现营业收入12亿元");
	free(t);
	free(g);
}

/* Broken UTF-8 with a little Chinese before the bad byte that GB18030 cannot
 * read either: refused as UTF-8 at the first bad byte. */
Test(decode, short_broken_utf8_refused_as_utf8)
{
	const char *in = "园区 2023\xE5\xB9 年";
	parse_error e = decode_bad((const unsigned char *)in, strlen(in));
	cr_assert_str_eq(e.message, "invalid UTF-8 at byte 11");
	cr_assert_eq(e.offset, 11);
}

Test(decode, gb18030_four_byte_characters)
{
	size_t n;
	unsigned char *g = convert("GB18030", "园区𠀀产值€", &n);
	char *t = decode_ok(g, n, ENC_GB18030);
	cr_assert_str_eq(t, "园区𠀀产值€");
	free(t);
	free(g);
}

Test(decode, crlf_and_cr_line_ends)
{
	const char *in = "一\r\n二\r三\n四\r\n\r\n五\f六";
	char *t = decode_ok((const unsigned char *)in, strlen(in), ENC_UTF8);
	cr_assert_str_eq(t, "一\n二\n三\n四\n\n五\n六");
	free(t);
}

Test(decode, utf8_truncated_at_end)
{
	/* "…工作总结" with the last character cut after its first two bytes */
	char buf[64];
	strcpy(buf, "济源高新区2023年工作总结");
	size_t n = strlen(buf) - 1;
	parse_error e = decode_bad((const unsigned char *)buf, n);
	cr_assert_eq(e.offset, (long long)(n - 2));
	char want[64];
	snprintf(want, sizeof want, "invalid UTF-8 at byte %zu", n - 2);
	cr_assert_str_eq(e.message, want);
}

Test(decode, utf8_bad_byte_in_middle)
{
	char buf[128];
	strcpy(buf, "济源高新区2023年工作总结，全年营业收入900亿元");
	size_t at = strlen("济源高新区2023年工作总结，全年") + 1; /* inside 营 */
	buf[at] = 'A';
	parse_error e = decode_bad((const unsigned char *)buf, strlen(buf));
	cr_assert_eq(e.offset, (long long)at - 1);
	cr_assert_str_eq(e.message, "invalid UTF-8 at byte 43");
}

Test(decode, utf8_with_bom_bad_byte)
{
	const char *in = "\xEF\xBB\xBF"
	                 "abc\xFF";
	parse_error e = decode_bad((const unsigned char *)in, strlen(in));
	cr_assert_eq(e.offset, 6);
}

Test(decode, gbk_with_undecodable_byte)
{
	size_t n;
	unsigned char *g = convert("GBK", "高新区工作总结", &n);
	unsigned char *b = malloc(n + 2);
	memcpy(b, g, 6);
	b[6] = 0xFF; /* never a GB18030 lead byte */
	memcpy(b + 7, g + 6, n - 6);
	parse_error e = decode_bad(b, n + 1);
	cr_assert_eq(e.offset, 6);
	cr_assert_str_eq(e.message,
	                 "not UTF-8, UTF-16 or GB18030: undecodable byte 0xFF at byte 6");
	free(b);
	free(g);
}

Test(decode, binary_junk_refused)
{
	unsigned char b[] = {'P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00};
	parse_error e = decode_bad(b, sizeof b);
	cr_assert_eq(e.offset, 2);
	cr_assert_str_eq(e.message, "binary data: control byte 0x03 at byte 2");
}

Test(decode, nul_after_text_refused)
{
	const char in[] = "园区工作\0总结";
	parse_error e = decode_bad((const unsigned char *)in, sizeof in - 1);
	cr_assert_eq(e.offset, 12);
}

Test(decode, mostly_undecodable_refused)
{
	unsigned char b[64];
	for (size_t i = 0; i < sizeof b; i++)
		b[i] = (unsigned char)(0x80 + (i * 37) % 0x80);
	b[0] = 0x80; /* neither UTF-8 nor a GB18030 lead byte */
	parse_error e = decode_bad(b, sizeof b);
	cr_assert_eq(e.offset, 0);
}

Test(decode, empty_decodes_to_empty_string)
{
	char *t = decode_ok((const unsigned char *)"", 0, ENC_UTF8);
	cr_assert_str_eq(t, "");
	free(t);
}

/* The same refusals through report_parse, which also owns the size and
 * emptiness checks. */
static parse_error parse_refused(const void *b, size_t n, enum parse_status want)
{
	report r;
	parse_error e;
	cr_assert_eq(report_parse(b, n, NULL, &r, &e), want, "%s", e.message);
	cr_assert_eq(e.status, want);
	cr_assert_null(r.text);
	cr_assert_eq(r.n_sections, 0);
	return e;
}

Test(decode, parse_empty)
{
	parse_error e = parse_refused("", 0, PARSE_EMPTY);
	cr_assert_eq(e.offset, -1);
}

Test(decode, parse_whitespace_only)
{
	const char *ws = " \r\n\t\n\xE3\x80\x80\xC2\xA0\n\r\n";
	parse_refused(ws, strlen(ws), PARSE_EMPTY);
}

Test(decode, parse_too_large_before_any_work)
{
	size_t n = (size_t)PARSE_MAX_BYTES + 1;
	unsigned char *b = calloc(n, 1); /* all NUL: decoding would refuse it otherwise */
	parse_error e = parse_refused(b, n, PARSE_TOO_LARGE);
	cr_assert_eq(e.offset, -1);
	free(b);
}

Test(decode, parse_bad_encoding_offset)
{
	const char *in = "济源高新区2023年工作总结\n全年\xE8\x90";
	parse_error e = parse_refused(in, strlen(in), PARSE_BAD_ENCODING);
	cr_assert_eq(e.offset, (long long)strlen(in) - 2);
}

/* Encoding detection and strict decoding (see decode.h).
 *
 * Detection order: a BOM decides; otherwise valid UTF-8 is UTF-8. Input that
 * is UTF-8 up to a bad sequence after real multibyte UTF-8 (a truncated or
 * corrupted UTF-8 file) is refused at that byte rather than re-read as
 * GB18030, which would turn it into plausible-looking garbage. Everything
 * else must decode strictly as GB18030. */
#include "decode.h"

#include "sb.h"
#include "utf8.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Valid multibyte UTF-8 sequences seen before a bad byte that make the input
 * UTF-8 beyond doubt. Common GBK characters can read as 2-byte UTF-8
 * sequences (营业园 = D3AA D2B5 D4B0), so a few of them prove nothing: with
 * fewer, GB18030 is tried first and the input is broken UTF-8 only if that
 * fails too (real UTF-8 Chinese text practically never decodes as GB18030:
 * its 3-byte characters leave a lone lead byte before the next ASCII). */
#define UTF8_EVIDENCE 8

const char *encoding_name(enum text_encoding enc)
{
	switch (enc) {
	case ENC_UTF8:
		return "UTF-8";
	case ENC_UTF8_BOM:
		return "UTF-8 (BOM)";
	case ENC_UTF16LE:
		return "UTF-16LE";
	case ENC_UTF16BE:
		return "UTF-16BE";
	case ENC_GB18030:
		return "GB18030";
	}
	return "?";
}

static enum parse_status fail(parse_error *err, long long offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum parse_status fail(parse_error *err, long long offset, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err->status = PARSE_BAD_ENCODING;
	err->offset = offset;
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return PARSE_BAD_ENCODING;
}

/* C0 controls that never occur in a text document. */
static int is_binary_control(unsigned c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

/* Appends one decoded code point, turning CR, CRLF and form feed into LF. */
static void put_cp(sb *b, unsigned cp, int *after_cr)
{
	if (cp == '\n' && *after_cr) {
		*after_cr = 0;
		return;
	}
	*after_cr = cp == '\r';
	if (cp == '\r' || cp == '\f')
		cp = '\n';
	sb_put_utf8(b, cp);
}

/* Offset of the first binary control byte in an ASCII-compatible encoding
 * (UTF-8 and GB18030 never use bytes below 0x30 inside a multibyte
 * character), or len. */
static size_t first_control(const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (is_binary_control(p[i]))
			return i;
	return len;
}

/* Copies UTF-8 already known to be valid, normalising line ends. */
static void copy_utf8(const unsigned char *p, size_t len, sb *b)
{
	int after_cr = 0;
	size_t run = 0; /* start of the pending run without line-end bytes */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = p[i];
		if (c != '\r' && c != '\n' && c != '\f') {
			after_cr = 0;
			continue;
		}
		sb_append(b, (const char *)p + run, i - run);
		put_cp(b, c, &after_cr);
		run = i + 1;
	}
	sb_append(b, (const char *)p + run, len - run);
	if (!b->data)
		sb_append(b, "", 0);
}

/* Scans UTF-8: returns the offset of the first invalid byte (len when all
 * valid) and counts the valid multibyte sequences before it. */
static size_t utf8_scan(const unsigned char *p, size_t len, size_t *multibyte)
{
	size_t i = 0;
	*multibyte = 0;
	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = utf8_valid_seq(p + i, p + len);
		if (n == 0)
			return i;
		(*multibyte)++;
		i += n;
	}
	return len;
}

static enum parse_status decode_utf16(const unsigned char *p, size_t len, size_t base, int big,
                                      sb *b, parse_error *err)
{
	int after_cr = 0;
	size_t i = 0;
	while (i < len) {
		if (len - i < 2)
			return fail(err, (long long)(base + i),
			            "truncated UTF-16: odd byte at byte %zu", base + i);
		unsigned u =
		    big ? (unsigned)(p[i] << 8 | p[i + 1]) : (unsigned)(p[i + 1] << 8 | p[i]);
		size_t at = base + i;
		i += 2;
		unsigned cp = u;
		if (u >= 0xD800 && u <= 0xDBFF) {
			if (len - i < 2)
				return fail(err, (long long)at,
				            "invalid UTF-16: unpaired surrogate at byte %zu", at);
			unsigned lo = big ? (unsigned)(p[i] << 8 | p[i + 1])
			                  : (unsigned)(p[i + 1] << 8 | p[i]);
			if (lo < 0xDC00 || lo > 0xDFFF)
				return fail(err, (long long)at,
				            "invalid UTF-16: unpaired surrogate at byte %zu", at);
			cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			i += 2;
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			return fail(err, (long long)at,
			            "invalid UTF-16: unpaired surrogate at byte %zu", at);
		} else if (is_binary_control(u)) {
			return fail(err, (long long)at,
			            "binary data: control character U+%04X at byte %zu", u, at);
		}
		put_cp(b, cp, &after_cr);
	}
	if (!b->data)
		sb_append(b, "", 0);
	return PARSE_OK;
}

/* Strict GB18030 through iconv. On failure *bad is the offset of the first
 * byte that does not decode. */
static int decode_gb18030(const unsigned char *p, size_t len, sb *b, size_t *bad)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	int ok = 0;
	char chunk[16384];
	if (cd == (iconv_t)-1) {
		*bad = 0;
		return 0;
	}
	char *in = (char *)p;
	size_t in_left = len;
	sb raw = SB_INIT;
	while (in_left > 0) {
		char *o = chunk;
		size_t o_left = sizeof chunk;
		size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
		sb_append(&raw, chunk, sizeof chunk - o_left);
		if (rc == (size_t)-1 && errno != E2BIG) {
			*bad = (size_t)((const unsigned char *)in - p);
			goto out;
		}
	}
	ok = 1;
	copy_utf8((const unsigned char *)sb_str(&raw), raw.len, b);
out:
	sb_free(&raw);
	iconv_close(cd);
	return ok;
}

enum parse_status decode_text(const unsigned char *bytes, size_t len, char **out, size_t *out_len,
                              enum text_encoding *enc, parse_error *err)
{
	sb b = SB_INIT;
	enum parse_status st = PARSE_OK;
	*out = NULL;
	*out_len = 0;

	if (len >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE)) {
		*enc = ENC_UTF16LE;
		st = decode_utf16(bytes + 2, len - 2, 2, 0, &b, err);
		goto out;
	}
	if (len >= 2 && (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
		*enc = ENC_UTF16BE;
		st = decode_utf16(bytes + 2, len - 2, 2, 1, &b, err);
		goto out;
	}

	size_t skip = 0;
	*enc = ENC_UTF8;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
		skip = 3;
		*enc = ENC_UTF8_BOM;
	}
	const unsigned char *p = bytes + skip;
	size_t n = len - skip;
	size_t ctl = first_control(p, n);
	size_t multibyte = 0;
	size_t bad = utf8_scan(p, n, &multibyte);

	if (ctl < bad) {
		st = fail(err, (long long)(skip + ctl),
		          "binary data: control byte 0x%02X at byte %zu", p[ctl], skip + ctl);
		goto out;
	}
	if (bad == n) {
		copy_utf8(p, n, &b);
		goto out;
	}
	/* A BOM or real multibyte UTF-8 before the bad byte: a broken UTF-8 file. */
	if (skip || multibyte >= UTF8_EVIDENCE) {
		st = fail(err, (long long)(skip + bad), "invalid UTF-8 at byte %zu", skip + bad);
		goto out;
	}
	*enc = ENC_GB18030;
	size_t gb_bad = 0;
	if (!decode_gb18030(p, n, &b, &gb_bad)) {
		if (multibyte >= 2 && bad <= gb_bad)
			st = fail(err, (long long)bad, "invalid UTF-8 at byte %zu", bad);
		else
			st = fail(
			    err, (long long)gb_bad,
			    "not UTF-8, UTF-16 or GB18030: undecodable byte 0x%02X at byte %zu",
			    p[gb_bad < n ? gb_bad : n - 1], gb_bad);
		goto out;
	}
	if (ctl < n) {
		st = fail(err, (long long)ctl, "binary data: control byte 0x%02X at byte %zu",
		          p[ctl], ctl);
		goto out;
	}
out:
	if (st != PARSE_OK) {
		sb_free(&b);
		return st;
	}
	*out_len = b.len;
	*out = sb_take(&b);
	return PARSE_OK;
}

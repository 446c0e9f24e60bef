/* Parse throughput: report_parse (decode, normalise, outline, metrics) on the
 * sample, once per call, many times; and on the sample concatenated into a
 * document of a few MB. Each is set beside a reference measured in the same
 * run over the same bytes: a plain UTF-8 validation pass (the least any
 * parser must do) and memcpy (the memory bandwidth).
 *
 *   build/release/bench/parse_bench [FILE] [--mb N]
 */
#include "parse.h"
#include "sb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A plain, strict UTF-8 validation (no overlongs, no surrogates). Returns the
 * number of code points, or -1. */
static long long utf8_validate(const unsigned char *s, size_t n)
{
	long long cps = 0;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t len;
		uint32_t cp;
		if (c < 0x80) {
			i++;
			cps++;
			continue;
		} else if ((c & 0xe0) == 0xc0) {
			len = 2;
			cp = c & 0x1f;
		} else if ((c & 0xf0) == 0xe0) {
			len = 3;
			cp = c & 0x0f;
		} else if ((c & 0xf8) == 0xf0) {
			len = 4;
			cp = c & 0x07;
		} else
			return -1;
		if (i + len > n)
			return -1;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return -1;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
		    (len == 4 && cp < 0x10000) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return -1;
		i += len;
		cps++;
	}
	return cps;
}

enum work { WORK_PARSE, WORK_UTF8, WORK_MEMCPY };

/* Runs `work` over data until at least `min_s` seconds have passed (and at
 * least once); returns the seconds per pass. Exits on a parse failure. */
static double time_pass(enum work work, const unsigned char *data, size_t len, double min_s,
                        long long *sink)
{
	unsigned char *copy = work == WORK_MEMCPY ? xmalloc(len) : NULL;
	long long passes = 0;
	double t0 = now_s(), t;
	do {
		switch (work) {
		case WORK_PARSE: {
			report r;
			parse_error err;
			if (report_parse(data, len, NULL, &r, &err) != PARSE_OK) {
				fprintf(stderr, "parse_bench: parse failed: %s\n", err.message);
				exit(1);
			}
			*sink += (long long)r.n_metrics + (long long)r.n_sections;
			report_free(&r);
			break;
		}
		case WORK_UTF8:
			*sink += utf8_validate(data, len);
			break;
		case WORK_MEMCPY:
			memcpy(copy, data, len);
			*sink += copy[len / 2];
			break;
		}
		passes++;
		t = now_s();
	} while (t - t0 < min_s);
	free(copy);
	return (t - t0) / (double)passes;
}

/* Median of 5 timed rounds. */
static double median_pass(enum work work, const unsigned char *data, size_t len, double min_s,
                          long long *sink)
{
	double v[5];
	for (int i = 0; i < 5; i++)
		v[i] = time_pass(work, data, len, min_s, sink);
	for (int i = 1; i < 5; i++)
		for (int j = i; j > 0 && v[j] < v[j - 1]; j--) {
			double tmp = v[j];
			v[j] = v[j - 1];
			v[j - 1] = tmp;
		}
	return v[2];
}

static void bench(const char *label, const unsigned char *data, size_t len, double min_s)
{
	long long sink = 0;
	double parse = median_pass(WORK_PARSE, data, len, min_s, &sink);
	double utf8 = median_pass(WORK_UTF8, data, len, min_s, &sink);
	double copy = median_pass(WORK_MEMCPY, data, len, min_s, &sink);
	double mb = (double)len / 1e6;
	printf("%-28s %9.3f MB  parse %8.2f MB/s (%9.3f ms/pass)  utf8-validate %8.1f MB/s  "
	       "memcpy %8.1f MB/s  parse/validate %.0fx slower\n",
	       label, mb, mb / parse, parse * 1e3, mb / utf8, mb / copy, parse / utf8);
	if (sink == 42) /* keeps the work from being optimised away */
		puts("");
}

int main(int argc, char **argv)
{
	const char *path = "tests/fixtures/real/jiyuan-gxq-2023.txt";
	double target_mb = 4;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--mb") == 0 && i + 1 < argc)
			target_mb = atof(argv[++i]);
		else
			path = argv[i];
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	sb doc = SB_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_append(&doc, chunk, n);
	fclose(f);
	if (doc.len == 0) {
		fprintf(stderr, "%s: empty\n", path);
		return 1;
	}

	/* The sample repeated: the first copy's title names the report; the
	 * others read as more body text. Kept under PARSE_MAX_BYTES. */
	size_t want = (size_t)(target_mb * 1e6);
	if (want > PARSE_MAX_BYTES)
		want = PARSE_MAX_BYTES;
	sb big = SB_INIT;
	while (big.len + doc.len <= want)
		sb_append(&big, doc.data, doc.len);

	printf("parse_bench: %s (%zu bytes); median of 5 rounds\n", path, doc.len);
	bench("sample, one report per pass", (const unsigned char *)doc.data, doc.len, 0.3);
	char label[64];
	snprintf(label, sizeof label, "sample x %zu concatenated", big.len / doc.len);
	bench(label, (const unsigned char *)big.data, big.len, 0.5);
	sb_free(&doc);
	sb_free(&big);
	return 0;
}

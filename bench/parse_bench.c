/* Parse throughput: report_parse (decode, normalise, outline, metrics) on the
 * sample, once per call, many times; on the sample concatenated into a
 * document of a few MB; and on generated reports with many sections (one
 * top-level part and eight, each of 99 subsections), where time must grow
 * with the size, not with size × sections. Each is set beside a reference
 * measured in the same run over the same bytes: a plain UTF-8 validation pass
 * (the least any parser must do) and memcpy (the memory bandwidth).
 *
 *   build/release/bench/parse_bench [FILE] [--mb N] [--sections-only]
 *   build/release/bench/parse_bench --write PARTS SUBS ITEMS FILE
 *
 * --write saves a generated report (PARTS × SUBS × ITEMS, see gen_outline)
 * so that the importer or a profiler can be run on the same bytes.
 */
#include "parse.h"
#include "sb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The process's CPU time, not the wall clock: on a shared machine the
 * other processes' load stretches wall time by 2-3x from one round to the
 * next, while the CPU time the parse itself takes moves far less. */
static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

/* Prints one row; returns the parse seconds per pass. */
static double bench(const char *label, const unsigned char *data, size_t len, double min_s)
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
	return parse;
}

/* 1..99 as a Chinese numeral: 三, 十二, 二十一. */
static void put_cn(sb *b, int v)
{
	static const char *const d[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
	if (v >= 20)
		sb_puts(b, d[v / 10 - 1]);
	if (v >= 10)
		sb_puts(b, "十");
	if (v % 10)
		sb_puts(b, d[v % 10 - 1]);
}

/* A generated report: `parts` top-level parts (一、…) of `subs` subsections
 * （一）… each. With items = 0 every subsection holds eight paragraphs of
 * figures (amounts with growth, counts, a share and its change in points,
 * 分别 lists: about 2.3 KB); otherwise it holds `items` numbered items 1. …
 * of one short sentence with a figure each, so that sections are as many as
 * figures. The caller frees the buffer. */
static void gen_outline(sb *b, int parts, int subs, int items)
{
	int k = 0;
	sb_puts(b, "测试开发区2023年工作总结\n");
	for (int p = 1; p <= parts; p++) {
		put_cn(b, p);
		sb_printf(b, "、第%d部分工作回顾\n", p);
		for (int s = 1; s <= subs; s++) {
			sb_puts(b, "（");
			put_cn(b, s);
			sb_printf(b, "）推进第%d项重点任务\n", s);
			for (int i = 1; i <= items; i++)
				sb_printf(b, "%d.完成投资%d.5亿元，同比增长6.1%%。\n", i, i);
			for (int j = 0; items == 0 && j < 8; j++)
				sb_printf(
				    b,
				    "全年完成固定资产投资%d.5亿元，同比增长6.1%%；新增规上企业"
				    "32家，总数达到486家。实现工业增加值182.9亿元，增长3.2%%，"
				    "占比达到25.3%%，提高0.8个百分点。城乡居民人均可支配收入"
				    "分别达到41256元和21873元，分别增长5%%和7%%。\n",
				    ++k);
		}
	}
}

static int write_generated(int parts, int subs, int items, const char *path)
{
	sb b = SB_INIT;
	gen_outline(&b, parts, subs, items);
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(b.data, 1, b.len, f) == b.len;
	if (f && fclose(f) != 0)
		ok = 0;
	if (!ok)
		perror(path);
	sb_free(&b);
	return ok ? 0 : 1;
}

/* Parse time of a generated report against one 8 times its size with 8
 * times the sections: the ratio is about 8 when parsing is linear (it was
 * 8.7 and 43 for the two shapes while figures looked their section up among
 * all of them). */
static void bench_sections(int items)
{
	sb small = SB_INIT, big = SB_INIT;
	gen_outline(&small, 1, 99, items);
	gen_outline(&big, 8, 99, items);
	report r;
	parse_error err;
	size_t n_small = 0, n_big = 0;
	if (report_parse((const unsigned char *)small.data, small.len, NULL, &r, &err) == PARSE_OK)
		n_small = r.n_sections;
	report_free(&r);
	if (report_parse((const unsigned char *)big.data, big.len, NULL, &r, &err) == PARSE_OK)
		n_big = r.n_sections;
	report_free(&r);
	char label[64];
	snprintf(label, sizeof label, "%zu sections", n_small);
	double ts = bench(label, (const unsigned char *)small.data, small.len, 0.3);
	snprintf(label, sizeof label, "%zu sections", n_big);
	double tb = bench(label, (const unsigned char *)big.data, big.len, 0.3);
	printf("%-28s %9.2fx the bytes, %.2fx the sections: %.2fx the time (linear: about the "
	       "bytes ratio)\n",
	       items ? "  99 items per subsection" : "  8 paragraphs per subsection",
	       (double)big.len / (double)small.len, (double)n_big / (double)(n_small ? n_small : 1),
	       tb / ts);
	sb_free(&small);
	sb_free(&big);
}

int main(int argc, char **argv)
{
	const char *path = "tests/fixtures/real/jiyuan-gxq-2023.txt";
	double target_mb = 4;
	int sections_only = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--mb") == 0 && i + 1 < argc)
			target_mb = atof(argv[++i]);
		else if (strcmp(argv[i], "--write") == 0 && i + 4 < argc)
			return write_generated(atoi(argv[i + 1]), atoi(argv[i + 2]),
			                       atoi(argv[i + 3]), argv[i + 4]);
		else if (strcmp(argv[i], "--sections-only") == 0)
			sections_only = 1;
		else
			path = argv[i];
	}
	if (sections_only) {
		printf("parse_bench: generated reports; median of 5 rounds\n");
		bench_sections(0);
		bench_sections(99);
		return 0;
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
	bench_sections(0);
	bench_sections(99);
	sb_free(&doc);
	sb_free(&big);
	return 0;
}

/* The extractor on real and held-out reports, through report_parse and
 * report_to_json, scored by tests/tools/score-metrics against the analyst's
 * metrics. Every (document, gold) pair runs the same assertions. */
#include "json_num.h"
#include "parse.h"
#include "report.h"
#include "report_json.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A document as the importer reads it, its gold metrics, and the UTF-8 text
 * the scorer locates gold quotes in (the same file unless the document is in
 * another encoding). Paths are relative to the fixtures directory. Arrays,
 * not pointers: Criterion copies parameters into the test's own process,
 * where the parent's addresses mean nothing. */
typedef struct scored_doc {
	char doc[64], gold[64], scorer_doc[64];
} scored_doc;

static const scored_doc DOCS[] = {
    {"real/jiyuan-gxq-2023.txt", "real/jiyuan-gxq-2023.metrics.json", "real/jiyuan-gxq-2023.txt"},
    {"holdout/gov.txt", "holdout/gov.gold.json", "holdout/gov.txt"},
    {"holdout/zone.gbk.txt", "holdout/zone.gold.json", "holdout/zone.utf8.txt"},
    {"holdout/county-pdf.txt", "holdout/county-pdf.gold.json", "holdout/county-pdf.txt"},
    {"holdout/city-gov.txt", "holdout/city-gov.gold.json", "holdout/city-gov.txt"},
    {"holdout/zone-plan.txt", "holdout/zone-plan.gold.json", "holdout/zone-plan.txt"},
};
#define N_DOCS (sizeof DOCS / sizeof DOCS[0])
#define SAMPLE (&DOCS[0])

static const char *fixtures(void)
{
	const char *dir = getenv("TEST_FIXTURES");
	return dir && *dir ? dir : "tests/fixtures";
}

static char *fixture_path(const char *rel)
{
	sb b = SB_INIT;
	sb_printf(&b, "%s/%s", fixtures(), rel);
	return sb_take(&b);
}

static unsigned char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s", path);
	sb b = SB_INIT;
	char buf[8192];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_append(&b, buf, n);
	fclose(f);
	*len = b.len;
	return (unsigned char *)sb_take(&b);
}

static void parse_doc(const scored_doc *d, report *r)
{
	char *path = fixture_path(d->doc);
	size_t len;
	unsigned char *bytes = read_all(path, &len);
	parse_error err;
	memset(r, 0, sizeof *r);
	enum parse_status st = report_parse(bytes, len, NULL, r, &err);
	cr_assert_eq(st, PARSE_OK, "report_parse %s: %s", d->doc, err.message);
	free(bytes);
	free(path);
}

static const rp_metric *find(const report *r, const char *value, const char *unit)
{
	for (size_t i = 0; i < r->n_metrics; i++)
		if (strcmp(r->metrics[i].value, value) == 0 &&
		    strcmp(r->metrics[i].unit, unit) == 0)
			return &r->metrics[i];
	cr_assert_fail("no metric %s %s", value, unit);
	return NULL;
}

Test(extract_sample, spot_checks)
{
	report r;
	parse_doc(SAMPLE, &r);
	const rp_metric *m = find(&r, "182.9", "亿元");
	cr_assert_str_eq(m->name, "工业增加值");
	cr_assert_str_eq(m->base_value, "18290000000");
	cr_assert_str_eq(m->base_unit, "元");
	cr_assert_str_eq(m->yoy_pct, "6.1");
	cr_assert_eq(m->qualifier, QUAL_NONE);
	cr_assert_eq(m->period_year, 2023);
	cr_assert_not_null(strstr(m->quote, "同比增长6.1%"));

	m = find(&r, "5077.76", "万美元");
	cr_assert_str_eq(m->name, "实际利用外资");
	cr_assert_str_eq(m->base_value, "50777600");
	cr_assert_str_eq(m->base_unit, "美元");
	cr_assert_null(m->yoy_pct);

	m = find(&r, "3", "位");
	cr_assert(m->is_ranking);
	cr_assert_str_eq(m->name, "实际利用外资");
	cr_assert_not_null(strstr(m->quote, "居第三位"));

	m = find(&r, "5200", "万元");
	cr_assert_eq(m->qualifier, QUAL_LOWER_BOUND);
	cr_assert_str_eq(m->qualifier_text, "余");
	cr_assert_str_eq(m->base_value, "52000000");

	m = find(&r, "6", "名");
	cr_assert(m->is_ranking);
	cr_assert_eq(m->period_year, 2022);

	/* Offsets are code points into report.text and the quote is that span. */
	for (size_t i = 0; i < r.n_metrics; i++) {
		const rp_metric *x = &r.metrics[i];
		cr_assert(x->span_start < x->span_end && x->span_end <= r.text_chars);
		cr_assert(x->section >= 0 && (size_t)x->section < r.n_sections);
		cr_assert(!x->is_target, "%s %s is no target", x->value, x->unit);
		if (i > 0)
			cr_assert(x->span_start >= r.metrics[i - 1].span_start, "document order");
	}
	report_free(&r);
}

/* Runs the scorer on the document's JSON and returns its --json report. */
static json_t *score_doc(const scored_doc *sd)
{
	report r;
	parse_doc(sd, &r);
	for (size_t i = 0; i < r.n_metrics; i++)
		cr_expect(r.metrics[i].name && r.metrics[i].name[0], "%s: %s %s has an empty name",
		          sd->doc, r.metrics[i].value, r.metrics[i].unit);
	json_t *doc = report_to_json(&r);
	report_free(&r);
	cr_assert_not_null(doc);

	char out[] = "/tmp/test_extract_sample_XXXXXX";
	int fd = mkstemp(out);
	cr_assert(fd >= 0);
	close(fd);
	cr_assert_eq(json_dump_file(doc, out, JSON_NUM_FLAGS), 0);
	json_decref(doc);

	char *gold = fixture_path(sd->gold);
	char *text = fixture_path(sd->scorer_doc);
	sb cmd = SB_INIT;
	sb_printf(&cmd, "node '%s/../tools/score-metrics/score.js' '%s' '%s' '--doc=%s' --json",
	          fixtures(), gold, out, text);
	FILE *p = popen(sb_str(&cmd), "r");
	cr_assert_not_null(p, "popen %s", sb_str(&cmd));
	sb res = SB_INIT;
	char buf[8192];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		sb_append(&res, buf, n);
	int status = pclose(p);
	unlink(out);
	cr_assert_eq(status, 0, "scorer failed: %s", sb_str(&cmd));

	json_error_t jerr;
	json_t *score = json_loads(sb_str(&res), 0, &jerr);
	cr_assert_not_null(score, "scorer output: %s", jerr.text);
	sb_free(&res);
	sb_free(&cmd);
	free(gold);
	free(text);
	return score;
}

static double number_at(json_t *obj, const char *a, const char *b)
{
	json_t *v = json_object_get(json_object_get(obj, a), b);
	cr_assert(json_is_number(v), "%s.%s is no number", a, b);
	return json_number_value(v);
}

/* How many figures the gold file of a document holds. */
static size_t gold_count(const scored_doc *sd)
{
	char *path = fixture_path(sd->gold);
	json_error_t jerr;
	json_t *gold = json_load_file(path, 0, &jerr);
	cr_assert_not_null(gold, "%s: %s", path, jerr.text);
	json_t *items = json_is_array(gold) ? gold : json_object_get(gold, "metrics");
	size_t n = json_array_size(items);
	cr_assert(n > 0, "%s holds no figures", path);
	json_decref(gold);
	free(path);
	return n;
}

static void assert_scores(const scored_doc *sd)
{
	if (system("command -v node >/dev/null 2>&1") != 0)
		cr_skip_test("node is not installed: cannot run the scorer");
	json_t *score = score_doc(sd);
	json_t *d = json_array_get(json_object_get(score, "documents"), 0);
	cr_assert_not_null(d);
	double f1 = number_at(d, "value_unit", "f1");
	double names = number_at(d, "names", "rate");
	double yoy = number_at(d, "yoy", "rate");
	double stray = number_at(d, "yoy", "extracted_yoy_where_gold_has_none");
	double located = json_number_value(json_object_get(d, "quotes_located"));
	double want = (double)gold_count(sd);
	cr_assert_eq(located, want, "%s: gold quotes located %g of %g", sd->doc, located, want);
	cr_assert(f1 >= 0.95, "%s: value+unit F1 %.3f", sd->doc, f1);
	cr_assert(names >= 0.9, "%s: names hit-rate %.3f", sd->doc, names);
	cr_assert_eq(yoy, 1.0, "%s: yoy rate %.3f", sd->doc, yoy);
	cr_assert_eq(stray, 0.0, "%s: yoy where the gold has none: %g", sd->doc, stray);
	json_decref(score);
}

/* One parameterised test over the table: a failure names its document. */
ParameterizedTestParameters(extract_sample, scorer_f1_names_and_growth)
{
	return cr_make_param_array(scored_doc, (scored_doc *)DOCS, N_DOCS);
}

ParameterizedTest(const scored_doc *sd, extract_sample, scorer_f1_names_and_growth)
{
	assert_scores(sd);
}

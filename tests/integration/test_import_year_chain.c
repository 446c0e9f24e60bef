/* A real year-over-year chain: a province's 2025 report as a Word file and
 * its 2026 report as web text (tests/fixtures/chain/, README there), imported
 * one after the other, give comparisons for 2025 whose base is the 2024
 * figure that the 2025 report stated (base_source "reported"), with the
 * computed change beside the growth the 2026 report states. The values are
 * checked by hand against both texts (README). Reports made here belong to
 * the organisation 测试上海年链 and are removed at the end. */
#include "import_util.h"
#include "itest.h"
#include "json_num.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define ORG "测试上海年链"

/* Imports the fixture `fixture` as ORG, with `year` and 政府工作报告 when
 * year is not NULL (the web text's title gives neither). */
static void import(const char *fixture, const char *year)
{
	char *path = itest_fixture(fixture);
	itest_proc p;
	if (year)
		import_run(&p, "--org", ORG, "--year", year, "--kind", "政府工作报告", path, NULL);
	else
		import_run(&p, "--org", ORG, path, NULL);
	cr_assert_eq(p.exit_code, 0, "%s: %s", fixture, p.err);
	itest_proc_free(&p);
	free(path);
}

/* The only item whose indicator is `indicator` (borrowed from items). */
static json_t *row_of(json_t *items, const char *indicator)
{
	json_t *found = NULL, *row;
	size_t i, n = 0;
	json_array_foreach(items, i, row)
	{
		const char *v = json_string_value(json_object_get(row, "indicator"));
		if (v && strcmp(v, indicator) == 0) {
			found = row;
			n++;
		}
	}
	cr_assert_eq(n, 1, "%zu rows of %s", n, indicator);
	return found;
}

/* row[key] printed as the API prints it ("8374.2", "\"reported\"", "null"). */
static void expect(json_t *row, const char *key, const char *printed)
{
	char *text = json_dumps(json_object_get(row, key), JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	cr_expect_str_eq(text, printed, "%s: %s, expected %s",
	                 json_string_value(json_object_get(row, "indicator")), text, printed);
	free(text);
}

Test(import_year_chain, word_2025_and_text_2026_compare_2025_with_the_stated_2024)
{
	import_forget_org(ORG);
	import("chain/shanghai-2025.docx", NULL);
	import("chain/shanghai-2026.txt", "2026");

	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/comparisons?org=%s&year=2025&limit=1000", org);
	json_t *body = api_get_json(path, 200, NULL);
	json_t *items = json_object_get(body, "items");
	cr_assert(json_is_array(items));

	/* 地方一般公共预算收入达到8500亿元、增长1.5% (2026) against
	 * 地方一般公共预算收入达到8374.2亿元 (2025). */
	json_t *row = row_of(items, "一般公共预算收入");
	expect(row, "value", "8500");
	expect(row, "base_year", "2024");
	expect(row, "base_source", "\"reported\"");
	expect(row, "base_reported_value", "8374.2");
	expect(row, "change", "125.8");
	expect(row, "change_pct", "1.5");
	expect(row, "stated_yoy_pct", "1.5");
	expect(row, "discrepancy_flag", "false");

	/* 技术合同成交额达到6496.8亿元、增长24.9% against 5200.7亿元. */
	row = row_of(items, "技术合同成交额");
	expect(row, "value", "6496.8");
	expect(row, "base_source", "\"reported\"");
	expect(row, "base_reported_value", "5200.7");
	expect(row, "change", "1296.1");
	expect(row, "change_pct", "24.92");
	expect(row, "stated_yoy_pct", "24.9");

	/* 外贸进出口总额4.51万亿元、增长5.6% against 4.27万亿元. */
	row = row_of(items, "进出口总额");
	expect(row, "value", "4.51");
	expect(row, "unit", "\"万亿元\"");
	expect(row, "base_source", "\"reported\"");
	expect(row, "base_reported_value", "4.27");
	expect(row, "change_pct", "5.62");

	json_decref(body);
	free(path);
	free(org);
	import_forget_org(ORG);
}

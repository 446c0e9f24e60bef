/* Outline: the real sample against its expected outline JSON, the hard cases
 * in tests/fixtures/hard, and label recognition. */
#include "outline.h"
#include "parse.h"
#include "utf8.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *fixture_path(const char *rel)
{
	const char *dir = getenv("TEST_FIXTURES");
	size_t n = strlen(dir ? dir : "tests/fixtures") + strlen(rel) + 2;
	char *p = malloc(n);
	snprintf(p, n, "%s/%s", dir ? dir : "tests/fixtures", rel);
	return p;
}

static unsigned char *slurp(const char *rel, size_t *n)
{
	char *path = fixture_path(rel);
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	rewind(f);
	unsigned char *b = malloc((size_t)size + 1);
	cr_assert_eq(fread(b, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	free(path);
	*n = (size_t)size;
	return b;
}

static void parse_fixture(const char *rel, report *r)
{
	size_t n;
	unsigned char *b = slurp(rel, &n);
	parse_error e;
	cr_assert_eq(report_parse(b, n, NULL, r, &e), PARSE_OK, "%s: %s", rel, e.message);
	free(b);
}

/* s without ASCII spaces, for comparisons "ignoring whitespace". */
static char *squeeze(const char *s)
{
	char *o = malloc(strlen(s) + 1), *q = o;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			*q++ = *s;
	*q = '\0';
	return o;
}

static int starts_with_ws(const char *text, const char *prefix)
{
	char *a = squeeze(text), *b = squeeze(prefix);
	int ok = strncmp(a, b, strlen(b)) == 0;
	free(a);
	free(b);
	return ok;
}

static int eq_ws(const char *x, const char *y)
{
	char *a = squeeze(x), *b = squeeze(y);
	int ok = strcmp(a, b) == 0;
	free(a);
	free(b);
	return ok;
}

/* Byte offset of code point `cp` in s. */
static size_t byte_at(const char *s, size_t cp)
{
	size_t b = 0;
	for (size_t k = 0; k < cp; k++) {
		b++;
		while (((unsigned char)s[b] & 0xC0) == 0x80)
			b++;
	}
	return b;
}

/* Every section's offsets agree with report.text and its body. */
static void check_offsets(const report *r)
{
	cr_assert_eq(r->text_chars, utf8_count(r->text, strlen(r->text)));
	for (size_t i = 0; i < r->n_sections; i++) {
		const rp_section *s = &r->sections[i];
		cr_assert(s->start <= s->body_start && s->body_start <= s->end &&
		              s->end <= r->text_chars,
		          "section %zu offsets %zu/%zu/%zu", i, s->start, s->body_start, s->end);
		const char *body_at = r->text + byte_at(r->text, s->body_start);
		cr_assert(strncmp(body_at, s->body, strlen(s->body)) == 0, "section %zu body", i);
		if (s->label) {
			const char *at = r->text + byte_at(r->text, s->start);
			heading_label hl;
			cr_assert(label_parse(at, strlen(at), &hl), "section %zu label", i);
			cr_assert_eq(hl.ordinal, s->ordinal);
		}
		if (s->parent >= 0) {
			const rp_section *p = &r->sections[s->parent];
			cr_assert((size_t)s->parent < i && p->level == s->level - 1);
			cr_assert(p->start < s->start && s->end <= p->end);
		}
	}
}

/* Walks the expected JSON tree in document order against r->sections. */
static void compare_tree(const report *r, json_t *list, size_t *k, int parent)
{
	size_t i;
	json_t *exp;
	json_array_foreach(list, i, exp)
	{
		cr_assert_lt(*k, r->n_sections, "fewer sections than expected");
		size_t at = (*k)++;
		const rp_section *s = &r->sections[at];
		int level = (int)json_integer_value(json_object_get(exp, "level"));
		cr_assert_eq(s->level, level, "section %zu level", at);
		const char *label = json_string_value(json_object_get(exp, "label"));
		const char *heading = json_string_value(json_object_get(exp, "heading"));
		if (label) {
			cr_assert_str_eq(s->label, label);
			cr_assert(eq_ws(s->heading, heading), "section %zu heading %s != %s", at,
			          s->heading, heading);
			cr_assert_eq(s->role, SECTION_BODY);
			cr_assert_eq(s->parent, parent, "section %zu parent", at);
		} else {
			cr_assert_null(s->label);
			cr_assert_null(s->heading);
			const char *role = json_string_value(json_object_get(exp, "role"));
			cr_assert_eq(s->role, strcmp(role, "preamble") == 0 ? SECTION_PREAMBLE
			                                                    : SECTION_CLOSING);
			cr_assert_eq(s->parent, -1);
		}
		const char *sw = json_string_value(json_object_get(exp, "starts_with"));
		if (sw)
			cr_assert(starts_with_ws(s->body, sw),
			          "section %zu body 「%.40s」 != 「%s」", at, s->body, sw);
		cr_assert_eq(s->is_plan, 0);
		json_t *children = json_object_get(exp, "children");
		if (children)
			compare_tree(r, children, k, (int)at);
	}
}

Test(outline, real_sample_matches_expected_outline)
{
	report r;
	json_error_t jerr;
	char *path = fixture_path("real/jiyuan-gxq-2023.outline.json");
	json_t *want = json_load_file(path, 0, &jerr);
	cr_assert_not_null(want, "%s: %s", path, jerr.text);
	parse_fixture("real/jiyuan-gxq-2023.txt", &r);

	cr_assert(eq_ws(r.title, json_string_value(json_object_get(want, "title"))));
	cr_assert_str_eq(r.organization, json_string_value(json_object_get(want, "organization")));
	cr_assert_eq(r.year, json_integer_value(json_object_get(want, "year")));
	cr_assert_str_eq(r.kind, json_string_value(json_object_get(want, "kind")));
	size_t k = 0;
	compare_tree(&r, json_object_get(want, "sections"), &k, -1);
	cr_assert_eq(k, r.n_sections, "more sections than expected");
	check_offsets(&r);
	/* the closing runs to the end of the text, the preamble stops before 一、 */
	cr_assert_eq(r.sections[r.n_sections - 1].end, r.text_chars);
	cr_assert_eq(r.sections[0].end + 1, r.sections[1].start);
	/* a heading on its own line has an empty body; its first child follows */
	cr_assert_str_eq(r.sections[1].body, "");
	cr_assert_eq(r.sections[1].body_start, r.sections[2].start);

	json_decref(want);
	free(path);
	report_free(&r);
}

/* Expected outline of a hard case: one row per section. */
typedef struct row {
	int level;
	const char *label; /* NULL for preamble/closing */
	const char *heading_or_role;
	const char *starts_with;
	int is_plan;
	int parent;
} row;

static void expect_outline(const char *rel, const char *org, int year, const char *kind,
                           const row *rows, size_t n)
{
	report r;
	parse_fixture(rel, &r);
	cr_assert_str_eq(r.organization, org);
	cr_assert_eq(r.year, year);
	cr_assert_str_eq(r.kind, kind);
	cr_assert_eq(r.n_sections, n, "%s: %zu sections", rel, r.n_sections);
	for (size_t i = 0; i < n; i++) {
		const rp_section *s = &r.sections[i];
		cr_assert_eq(s->level, rows[i].level, "%s[%zu] level", rel, i);
		cr_assert_eq(s->parent, rows[i].parent, "%s[%zu] parent", rel, i);
		cr_assert_eq(s->is_plan, rows[i].is_plan, "%s[%zu] is_plan", rel, i);
		if (rows[i].label) {
			cr_assert_str_eq(s->label, rows[i].label);
			cr_assert_str_eq(s->heading, rows[i].heading_or_role);
		} else {
			cr_assert_null(s->label);
			cr_assert_eq(s->role, strcmp(rows[i].heading_or_role, "preamble") == 0
			                          ? SECTION_PREAMBLE
			                          : SECTION_CLOSING);
		}
		cr_assert(strncmp(s->body, rows[i].starts_with, strlen(rows[i].starts_with)) == 0,
		          "%s[%zu] body 「%.60s」", rel, i, s->body);
	}
	check_offsets(&r);
	report_free(&r);
}

#define N(a) (sizeof(a) / sizeof *(a))

Test(outline, ascii_punctuation_and_paren_headings)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "2022年,临河高新区在市委", 0, -1},
	    {1, "一", "主要经济指标稳步增长", "", 0, -1},
	    {2, "（一）", "工业经济提质增效", "全年规模以上工业增加值增长7.2%,高于", 0, 1},
	    {2, "（二）", "项目建设加快推进", "全年实施重点项目42个,完成投资56.8亿元", 0, 1},
	    {1, "二", "改革创新持续深化", "", 0, -1},
	    {2, "（一）", "科技创新能力增强", "新认定高新技术企业21家", 0, 4},
	    {2, "（二）", "营商环境不断优化", "深化\"放管服\"改革", 0, 4},
	};
	expect_outline("hard/ascii-punctuation.txt", "临河高新区", 2022, "工作总结", rows, N(rows));
}

Test(outline, arabic_top_level)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "2022年，在市委、市政府的正确领导下", 0, -1},
	    {1, "1", "主要工作完成情况", "", 0, -1},
	    {2, "（1）", "经济运行总体平稳", "全年完成地区生产总值215.6亿元", 0, 1},
	    {2, "（2）", "招商引资成效明显", "全年签约项目27个，总投资318亿元", 0, 1},
	    {1, "2", "下一步工作计划", "", 1, -1},
	    {2, "（1）", "全力稳增长", "力争规模以上工业增加值增长7%左右，固定资产", 1, 4},
	    {2, "（2）", "狠抓项目建设", "全年谋划实施重点项目30个以上", 1, 4},
	};
	expect_outline("hard/arabic-top-level.txt", "云溪经济技术开发区", 2022, "工作总结", rows,
	               N(rows));
}

static const row yishi_rows[] = {
    {0, NULL, "preamble", "2023年，北岸经济开发区", 0, -1},
    {1, "一", "产业发展势头良好", "", 0, -1},
    {2, "（一）", "主导产业加快集聚", "围绕新材料、生物医药两大主导产业精准发力", 0, 1},
    {2, "（二）", "园区功能日益完善", "新建标准化厂房12万平方米", 0, 1},
    {1, "二", "党的建设全面加强", "", 0, -1},
    {2, "（一）", "思想建设持续深化", "一是坚持第一议题制度", 0, 4},
    {2, "（二）", "作风建设扎实有效", "持续整治形式主义", 0, 4},
};

Test(outline, yishi_enumerations_and_dash_bullets_are_body)
{
	expect_outline("hard/yishi-bullets.txt", "北岸经济开发区", 2023, "工作总结", yishi_rows,
	               N(yishi_rows));
	report r;
	parse_fixture("hard/yishi-bullets.txt", &r);
	/* 一是… and the —— bullets are paragraphs of （一）'s body */
	cr_assert_str_eq(r.sections[2].body,
	                 "围绕新材料、生物医药两大主导产业精准发力，全年新落地产业项目14个。\n"
	                 "一是强化龙头带动，支持骨干企业扩能改造，新增规模以上工业企业6家；二是强化"
	                 "配套协作，引进上下游配套企业9家；三是强化要素保障，盘活闲置土地320亩。\n"
	                 "——新材料产业营业收入达到128.6亿元，同比增长12.3%。\n"
	                 "——生物医药产业营业收入达到46.2亿元，同比增长9.7%。");
	report_free(&r);
}

Test(outline, crlf_file_same_as_lf)
{
	expect_outline("hard/crlf.txt", "北岸经济开发区", 2023, "工作总结", yishi_rows,
	               N(yishi_rows));
}

Test(outline, gbk_encoded_file)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "2023年，东坡经开区认真贯彻落实", 0, -1},
	    {1, "一", "经济发展稳中有进", "", 0, -1},
	    {2, "（一）", "主要指标稳步增长", "全年规模以上工业增加值同比增长6.5%", 0, 1},
	    {2, "（二）", "招商引资成效显著", "全年新签约项目21个，合同投资额96.5亿元。", 0, 1},
	    {1, "二", "营商环境持续优化", "", 0, -1},
	    {2, "（一）", "政务服务提质增效", "全面推行“一窗受理、集成服务”", 0, 4},
	};
	expect_outline("hard/gbk.txt", "东坡经济技术开发区", 2023, "工作总结", rows, N(rows));
}

Test(outline, word_style_paragraphs)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "2023年，石门高新区深入贯彻落实党的二十大精神", 0, -1},
	    {1, "一", "经济运行稳中向好", "", 0, -1},
	    {2, "（一）", "主要指标较快增长", "全年实现营业收入652.3亿元", 0, 1},
	    {2, "（二）", "重点项目扎实推进", "实施重点项目33个，完成投资71.5亿元。", 0, 1},
	    {1, "二", "创新能力持续提升", "", 0, -1},
	    {2, "（一）", "创新主体不断壮大", "新增高新技术企业28家", 0, 4},
	    {2, "（二）", "创新平台加快建设", "新建省级工程技术研究中心6家", 0, 4},
	    {0, NULL, "closing", "2023年，高新区各项工作取得了一定成绩", 0, -1},
	};
	expect_outline("hard/word-paragraphs.txt", "石门高新技术产业开发区", 2023, "工作总结", rows,
	               N(rows));
}

Test(outline, government_report_review_and_targets)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "各位代表：\n现在，我代表市人民政府", 0, -1},
	    {1, "一", "2018年工作回顾", "过去的一年，面对复杂多变的外部环境", 0, -1},
	    {2, "（一）", "产业结构持续优化", "新增规模以上工业企业63家", 0, 1},
	    {2, "（二）", "民生保障不断加强", "城镇新增就业5.2万人", 0, 1},
	    {1, "二", "2019年工作总体要求和主要目标", "今年政府工作的总体要求是：", 1, -1},
	    {1, "三", "2019年重点工作", "", 1, -1},
	    {2, "（一）", "加快建设现代产业体系", "实施工业倍增计划", 1, 5},
	    {2, "（二）", "持续改善城乡面貌", "新建改造城市道路35公里", 1, 5},
	    {0, NULL, "closing", "各位代表！新时代赋予新使命", 0, -1},
	};
	expect_outline("hard/gov-report.txt", "青川市", 2019, "政府工作报告", rows, N(rows));
}

Test(outline, no_headings_is_one_preamble)
{
	static const row rows[] = {
	    {0, NULL, "preamble",
	     "2021年，南湖产业园区在区委、区政府的正确领导下，围绕年初确定的目标任务，统筹推进疫情"
	     "防控和经济发展，较好完成了各项工作任务。\n全年实现规模以上工业总产值86.4亿元",
	     0, -1},
	};
	expect_outline("hard/no-headings.txt", "南湖产业园区", 2021, "工作总结", rows, N(rows));
}

Test(outline, label_recognition)
{
	struct {
		const char *text;
		enum label_style style;
		int ordinal;
		size_t len;
	} cases[] = {
	    {"一、强化政治建设", LABEL_CN, 1, 6},
	    {"十二、其他工作", LABEL_CN, 12, 9},
	    {"二十一、附则", LABEL_CN, 21, 12},
	    {"三.开放招商", LABEL_CN, 3, 4},
	    {"（一）加强理论武装", LABEL_CN_PAREN, 1, 9},
	    {"(三)守好意识形态", LABEL_CN_PAREN, 3, 5},
	    {"1.主要工作", LABEL_AR, 1, 2},
	    {"12、项目建设", LABEL_AR, 12, 5},
	    {"2．下一步工作", LABEL_AR, 2, 4},
	    {"（1）全力稳增长", LABEL_AR_PAREN, 1, 7},
	    {"(10)其他", LABEL_AR_PAREN, 10, 4},
	    {"一、2018年工作回顾", LABEL_CN, 1, 6},
	    {"一.2018年工作回顾", LABEL_CN, 1, 4},
	    {"第二部分 2023年工作安排", LABEL_PART, 2, 13},
	    {"第三部分：主要目标", LABEL_PART, 3, 15},
	    {"第一部分", LABEL_PART, 1, 12},
	};
	for (size_t i = 0; i < N(cases); i++) {
		heading_label hl;
		cr_assert(label_parse(cases[i].text, strlen(cases[i].text), &hl), "%s",
		          cases[i].text);
		cr_assert_eq(hl.style, cases[i].style, "%s", cases[i].text);
		cr_assert_eq(hl.ordinal, cases[i].ordinal, "%s", cases[i].text);
		cr_assert_eq(hl.len, cases[i].len, "%s", cases[i].text);
	}
	const char *not_labels[] = {
	    "1.5亿元的项目", "2023.全年", "一是强化龙头带动", "——新材料产业", "一、",    "100.总则",
	    "1、2、3项",     "（一",      "第一，",           "第一部",       "第一季度"};
	for (size_t i = 0; i < N(not_labels); i++) {
		heading_label hl;
		cr_assert_not(label_parse(not_labels[i], strlen(not_labels[i]), &hl), "%s",
		              not_labels[i]);
	}
}

/* Levels follow nesting, and an out-of-sequence candidate is body text. */
Test(outline, sequence_guards_false_headings)
{
	const char *doc = "测试开发区2023年工作总结\n"
	                  "一、经济发展\n"
	                  "（一）工业增长。全年工业增加值增长6%。\n"
	                  "3、部分企业订单下滑。\n"
	                  "1.重点项目。实施项目12个。\n"
	                  "2.招商引资。签约项目8个。\n"
	                  "（二）服务业增长。服务业增加值增长5%。\n"
	                  "二、社会民生\n"
	                  "四、这一行不是标题。\n";
	report r;
	parse_error e;
	cr_assert_eq(report_parse((const unsigned char *)doc, strlen(doc), NULL, &r, &e), PARSE_OK);
	static const struct {
		int level;
		const char *label;
		int parent;
	} want[] = {{1, "一", -1}, {2, "（一）", 0}, {3, "1", 1},
	            {3, "2", 1},   {2, "（二）", 0}, {1, "二", -1}};
	cr_assert_eq(r.n_sections, N(want));
	for (size_t i = 0; i < N(want); i++) {
		cr_assert_eq(r.sections[i].level, want[i].level, "%zu", i);
		cr_assert_str_eq(r.sections[i].label, want[i].label);
		cr_assert_eq(r.sections[i].parent, want[i].parent, "%zu", i);
	}
	cr_assert_str_eq(r.sections[1].body, "全年工业增加值增长6%。\n3、部分企业订单下滑。");
	cr_assert_str_eq(r.sections[5].body, "四、这一行不是标题。");
	check_offsets(&r);
	report_free(&r);
}

/* When the last numbered section is itself about shortcomings and next
 * steps, its later paragraphs are its body, not a closing; a closing formula
 * after it still is. */
Test(outline, closing_after_a_problems_section)
{
	const char *doc = "测试开发区2023年工作总结\n"
	                  "一、主要成效\n"
	                  "全年完成各项目标任务。\n"
	                  "二、存在问题和下一步打算\n"
	                  "当前园区发展仍存在一些问题。\n"
	                  "2023年，园区产业链条不长的问题仍然突出，下一步将着力补链强链。\n"
	                  "总之，我们将坚定信心，奋力开创园区发展新局面。\n";
	report r;
	parse_error e;
	cr_assert_eq(report_parse((const unsigned char *)doc, strlen(doc), NULL, &r, &e), PARSE_OK);
	cr_assert_eq(r.n_sections, 3);
	cr_assert_str_eq(r.sections[1].heading, "存在问题和下一步打算");
	cr_assert_eq(r.sections[1].is_plan, 1);
	cr_assert_str_eq(r.sections[1].body,
	                 "当前园区发展仍存在一些问题。\n2023年，园区产业链条不长的问"
	                 "题仍然突出，下一步将着力补链强链。");
	cr_assert_eq(r.sections[2].role, SECTION_CLOSING);
	cr_assert_str_eq(r.sections[2].body, "总之，我们将坚定信心，奋力开创园区发展新局面。");
	check_offsets(&r);
	report_free(&r);
}

static void parse_text(const char *doc, report *r)
{
	parse_error e;
	cr_assert_eq(report_parse((const unsigned char *)doc, strlen(doc), NULL, r, &e), PARSE_OK,
	             "%s", e.message);
	check_offsets(r);
}

/* Word layout, ASCII punctuation, CRLF, `1.` top level: a trailing
 * "YYYY年," paragraph about the year after the report's, or looking ahead
 * (力争, 将继续), is the closing, not the end of the last section. */
Test(outline, ascii_year_comma_closing)
{
	const char *doc = "滨江经济开发区管委会2023年工作总结\r\n"
	                  "2023年,开发区坚持稳中求进,各项工作取得新进展.现将有关情况报告如下:\r\n"
	                  "1.经济运行总体平稳\r\n"
	                  "全年完成工业总产值312.5亿元,同比增长6.2%.\r\n"
	                  "2.社会事业稳步发展\r\n"
	                  "新建幼儿园2所,新增学位900个.\r\n"
	                  "2023年,园区新建改建道路18公里.\r\n"
	                  "2024年,开发区将聚焦主导产业,确保工业总产值增长7%.\r\n";
	report r;
	parse_text(doc, &r);
	cr_assert_str_eq(r.organization, "滨江经济开发区");
	cr_assert_eq(r.n_sections, 4);
	cr_assert_eq(r.sections[0].role, SECTION_PREAMBLE);
	cr_assert_str_eq(r.sections[1].label, "1");
	cr_assert_eq(r.sections[1].level, 1);
	cr_assert_str_eq(r.sections[2].label, "2");
	/* an in-year paragraph of the last section stays in it */
	cr_assert_str_eq(r.sections[2].body, "新建幼儿园2所,新增学位900个.\n"
	                                     "2023年,园区新建改建道路18公里.");
	cr_assert_eq(r.sections[3].role, SECTION_CLOSING);
	cr_assert_str_eq(r.sections[3].body, "2024年,开发区将聚焦主导产业,确保工业总产值增长7%.");
	report_free(&r);

	const char *ahead = "滨江经济开发区2023年工作总结\n"
	                    "1.经济运行总体平稳\n"
	                    "全年完成工业总产值312.5亿元,同比增长6.2%.\n"
	                    "园区新建改建道路18公里.\n"
	                    "2023年,开发区将继续聚焦主责主业,力争实现更大突破.\n";
	parse_text(ahead, &r);
	cr_assert_eq(r.n_sections, 2);
	cr_assert_eq(r.sections[1].role, SECTION_CLOSING);
	cr_assert_str_eq(r.sections[1].body, "2023年,开发区将继续聚焦主责主业,力争实现更大突破.");
	report_free(&r);

	const char *next_year = "滨江经济开发区2023年工作总结\n"
	                        "1.经济运行总体平稳\n"
	                        "全年完成工业总产值312.5亿元,同比增长6.2%.\n"
	                        "园区新建改建道路18公里.\n"
	                        "2024年是实施\"十四五\"规划的关键之年.\n"
	                        "我们将奋发有为,再创佳绩.\n";
	parse_text(next_year, &r);
	cr_assert_eq(r.n_sections, 2);
	cr_assert_eq(r.sections[1].role, SECTION_CLOSING);
	cr_assert_str_eq(r.sections[1].body, "2024年是实施\"十四五\"规划的关键之年.\n"
	                                     "我们将奋发有为,再创佳绩.");
	report_free(&r);
}

/* Closing formulas with ASCII punctuation, and a heading that runs on into
 * its body after an ASCII full stop. */
Test(outline, ascii_closing_formulas_and_run_on)
{
	const char *doc = "滨江经济开发区2023年工作总结\n"
	                  "一.项目建设\n"
	                  "(一)重点项目加快推进.全年实施重点项目36个.\n"
	                  "(二)招商引资成效明显.新签约项目21个.\n"
	                  "下一步,我们将持续优化营商环境.\n";
	report r;
	parse_text(doc, &r);
	cr_assert_eq(r.n_sections, 4);
	cr_assert_str_eq(r.sections[1].heading, "重点项目加快推进");
	cr_assert_str_eq(r.sections[1].body, "全年实施重点项目36个.");
	cr_assert_eq(r.sections[3].role, SECTION_CLOSING);
	cr_assert_str_eq(r.sections[3].body, "下一步,我们将持续优化营商环境.");
	report_free(&r);
}

/* A government report's title block: subtitle, the speaker's signature and
 * the date are no part of the preamble, which opens at 各位代表. */
Test(outline, signature_not_in_preamble)
{
	const char *doc = "2021年西岭区政府工作报告\n"
	                  "——2021年1月8日在西岭区第九届人民代表大会第五次会议上\n"
	                  "区长 赵文华\n"
	                  "各位代表：\n"
	                  "现在，我代表区人民政府，向大会报告工作，请予审议。\n"
	                  "一、2020年工作回顾\n"
	                  "过去一年，全区地区生产总值增长6.1%。\n"
	                  "二、2021年主要目标\n"
	                  "地区生产总值增长7%左右。\n";
	report r;
	parse_text(doc, &r);
	cr_assert_str_eq(r.organization, "西岭区");
	cr_assert_eq(r.n_sections, 3);
	cr_assert_eq(r.sections[0].role, SECTION_PREAMBLE);
	cr_assert_str_eq(r.sections[0].body,
	                 "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。");
	cr_assert_eq(r.sections[1].is_plan, 0);
	cr_assert_eq(r.sections[2].is_plan, 1);
	report_free(&r);
}

/* Under a `1.` top level, `一.`, `(1)` and `（1）` nest one level deeper as
 * they appear; an out-of-sequence label stays body text. */
Test(outline, other_styles_nest_under_arabic_top_level)
{
	const char *doc = "滨江经济开发区2023年工作总结\n"
	                  "1.主要成效\n"
	                  "(1)工业经济.规上工业增加值增长8%.\n"
	                  "（2）服务业.服务业增加值增长6%.\n"
	                  "2.存在问题\n"
	                  "一.产业链条不长.龙头企业偏少.\n"
	                  "二.要素保障不足.土地指标紧张.\n"
	                  "3.下一步打算\n"
	                  "(1)抓项目.力争新开工项目30个.\n";
	static const struct {
		int level;
		const char *label;
		const char *heading;
		int parent;
		int is_plan;
	} want[] = {
	    {1, "1", "主要成效", -1, 0},     {2, "（1）", "工业经济", 0, 0},
	    {2, "（2）", "服务业", 0, 0},    {1, "2", "存在问题", -1, 0},
	    {2, "一", "产业链条不长", 3, 0}, {2, "二", "要素保障不足", 3, 0},
	    {1, "3", "下一步打算", -1, 1},   {2, "（1）", "抓项目", 6, 1},
	};
	report r;
	parse_text(doc, &r);
	cr_assert_eq(r.n_sections, N(want));
	for (size_t i = 0; i < N(want); i++) {
		cr_assert_eq(r.sections[i].level, want[i].level, "%zu", i);
		cr_assert_str_eq(r.sections[i].label, want[i].label);
		cr_assert_str_eq(r.sections[i].heading, want[i].heading);
		cr_assert_eq(r.sections[i].parent, want[i].parent, "%zu", i);
		cr_assert_eq(r.sections[i].is_plan, want[i].is_plan, "%zu", i);
	}
	report_free(&r);
}

/* A report in parts: `第一部分` with its heading on the same line or on the
 * next, `一、` nested under it. */
Test(outline, parts_nest_numbered_sections)
{
	const char *doc = "2022年政府工作报告\n"
	                  "江湾区人民政府\n"
	                  "各位代表：\n"
	                  "第一部分 2021年工作回顾\n"
	                  "一、经济平稳增长\n"
	                  "全区地区生产总值增长6.5%。\n"
	                  "二、民生持续改善\n"
	                  "城镇新增就业1.2万人。\n"
	                  "第二部分\n"
	                  "2022年工作安排\n"
	                  "今年发展的主要预期目标是：地区生产总值增长7%。\n"
	                  "一、抓好项目建设\n"
	                  "全年安排重点项目80个。\n";
	static const struct {
		int level;
		const char *label;
		const char *heading;
		const char *body;
		int parent;
		int is_plan;
	} want[] = {
	    {0, NULL, NULL, "各位代表：", -1, 0},
	    {1, "第一部分", "2021年工作回顾", "", -1, 0},
	    {2, "一", "经济平稳增长", "全区地区生产总值增长6.5%。", 1, 0},
	    {2, "二", "民生持续改善", "城镇新增就业1.2万人。", 1, 0},
	    {1, "第二部分", "2022年工作安排", "今年发展的主要预期目标是：地区生产总值增长7%。", -1,
	     1},
	    {2, "一", "抓好项目建设", "全年安排重点项目80个。", 4, 1},
	};
	report r;
	parse_text(doc, &r);
	cr_assert_str_eq(r.organization, "江湾区");
	cr_assert_eq(r.n_sections, N(want));
	for (size_t i = 0; i < N(want); i++) {
		cr_assert_eq(r.sections[i].level, want[i].level, "%zu", i);
		if (want[i].label) {
			cr_assert_str_eq(r.sections[i].label, want[i].label);
			cr_assert_str_eq(r.sections[i].heading, want[i].heading);
		}
		cr_assert_str_eq(r.sections[i].body, want[i].body, "%zu", i);
		cr_assert_eq(r.sections[i].parent, want[i].parent, "%zu", i);
		cr_assert_eq(r.sections[i].is_plan, want[i].is_plan, "%zu", i);
	}
	/* the part's heading line is inside the part, before its body */
	cr_assert_eq(r.sections[4].body_start,
	             r.sections[4].start + 15); /* 第二部分\n2022年工作安排\n */
	report_free(&r);
}

/* A table of contents (leader dots and page numbers) is no outline: the
 * real headings after it are. */
Test(outline, table_of_contents_skipped)
{
	const char *doc = "滨江经济开发区2023年工作总结\n"
	                  "目录\n"
	                  "一、主要成效……………………1\n"
	                  "二、下步打算……………………3\n"
	                  "一、主要成效\n"
	                  "全年完成工业总产值312.5亿元。\n"
	                  "二、下步打算\n"
	                  "力争工业总产值增长7%。\n";
	report r;
	parse_text(doc, &r);
	cr_assert_eq(r.n_sections, 3);
	cr_assert_eq(r.sections[0].role, SECTION_PREAMBLE);
	cr_assert_str_eq(r.sections[0].body, "目录\n一、主要成效……………………1\n二、下步打算……………………3");
	cr_assert_str_eq(r.sections[1].heading, "主要成效");
	cr_assert_str_eq(r.sections[1].body, "全年完成工业总产值312.5亿元。");
	cr_assert_str_eq(r.sections[2].heading, "下步打算");
	report_free(&r);
}

/* An ASCII full stop after CJK text ends the heading even when a figure
 * follows; a decimal point or a Latin abbreviation does not. */
Test(outline, ascii_run_on_split_before_figure)
{
	const char *doc = "滨江经济开发区2023年工作总结\n"
	                  "一.数字经济\n"
	                  "(一)新基建加快布局.5G基站新建1260个.\n"
	                  "(二)园区2.0版建设启动.Wi-Fi全覆盖.\n";
	report r;
	parse_text(doc, &r);
	cr_assert_eq(r.n_sections, 3);
	cr_assert_str_eq(r.sections[1].heading, "新基建加快布局");
	cr_assert_str_eq(r.sections[1].body, "5G基站新建1260个.");
	cr_assert_str_eq(r.sections[2].heading, "园区2.0版建设启动");
	cr_assert_str_eq(r.sections[2].body, "Wi-Fi全覆盖.");
	report_free(&r);
}

Test(outline, label_alone_on_its_line_joins_its_heading)
{
	static const row rows[] = {
	    {0, NULL, "preamble", "2022年，高新区各项工作稳步推进。", 0, -1},
	    {1, "一", "经济发展", "", 0, -1},
	    {2, "（一）", "工业经济", "全年完成规上工业增加值45.6亿元", 0, 1},
	    {2, "（二）", "外资外贸", "实际到位外资3860万美元，同比增长12.1%", 0, 1},
	    {1, "二", "下一步工作", "2023年，力争规上工业增加值增长8%。", 1, -1},
	};
	expect_outline("hard/label-alone.txt", "白鹭湾高新区", 2022, "工作总结", rows, N(rows));
}

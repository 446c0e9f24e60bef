/* Metadata: organisation, year and kind from several title styles, the
 * overrides, and the error when neither title nor flags give them. */
#include "meta.h"
#include "parse.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void meta_of(const char *text, report_meta *m)
{
	norm_lines l;
	norm_split_lines(text, strlen(text), &l);
	meta_detect(&l, m);
	norm_lines_free(&l);
}

static void expect(const char *text, const char *org, int year, const char *kind, const char *title,
                   size_t head_lines)
{
	report_meta m;
	meta_of(text, &m);
	if (org)
		cr_assert_str_eq(m.organization ? m.organization : "(null)", org);
	else
		cr_assert_null(m.organization, "org %s", m.organization);
	cr_assert_eq(m.year, year);
	if (kind)
		cr_assert_str_eq(m.kind ? m.kind : "(null)", kind);
	else
		cr_assert_null(m.kind);
	if (title)
		cr_assert_str_eq(m.title ? m.title : "(null)", title);
	else
		cr_assert_null(m.title);
	cr_assert_eq(m.head_lines, head_lines);
	meta_free(&m);
}

static const char *BODY = "2023 年，在示范区党工委、管委会坚强领导下和相关部门大力支持下，高新区"
                          "较好地完成了各项目标任务。\n";

Test(meta, org_year_kind_title)
{
	char buf[512];
	snprintf(buf, sizeof buf, " 济源高新区 2023 年工作总结\n\n%s", BODY);
	expect(buf, "济源高新区", 2023, "工作总结", "济源高新区2023年工作总结", 1);
}

Test(meta, summary_and_plan_title_over_two_lines)
{
	char buf[512];
	snprintf(buf, sizeof buf, "XX经济技术开发区管委会2022年工作总结和\n2023年工作计划\n%s",
	         BODY);
	expect(buf, "XX经济技术开发区", 2022, "工作总结",
	       "XX经济技术开发区管委会2022年工作总结和2023年工作计划", 2);
}

Test(meta, organisation_and_year_on_separate_lines)
{
	char buf[512];
	snprintf(buf, sizeof buf, "石门高新技术产业开发区\n2023 年工作要点\n%s", BODY);
	expect(buf, "石门高新技术产业开发区", 2023, "工作要点",
	       "石门高新技术产业开发区2023年工作要点", 2);
}

Test(meta, year_first_government_report_with_congress_line)
{
	expect("2019年政府工作报告\n"
	       "——2019年1月10日在青川市第十六届人民代表大会第三次会议上\n"
	       "青川市市长  张明远\n"
	       "各位代表：\n"
	       "现在，我代表市人民政府，向大会报告工作，请予审议。\n",
	       "青川市", 2019, "政府工作报告", "2019年政府工作报告", 3);
}

Test(meta, year_first_with_government_issuer)
{
	expect("2020年政府工作报告\n江北区人民政府\n各位代表：\n", "江北区", 2020, "政府工作报告",
	       "2020年政府工作报告", 2);
}

Test(meta, year_first_with_mayor_line)
{
	expect("2021 年政府工作报告\n东川市市长 李华\n同志们：\n", "东川市", 2021, "政府工作报告",
	       "2021年政府工作报告", 2);
}

Test(meta, work_report_kind)
{
	expect("南湖产业园区管委会2021年工作报告\n2021年，园区经济平稳运行。\n", "南湖产业园区",
	       2021, "工作报告", "南湖产业园区管委会2021年工作报告", 1);
}

/* A work report issued by a 人民政府, or given to a people's congress, is a
 * 政府工作报告; a 管委会's stays a 工作报告. */
Test(meta, government_work_report_kind)
{
	expect("松溪县人民政府2023年工作报告\n2023年，全县经济平稳运行。\n", "松溪县", 2023,
	       "政府工作报告", "松溪县人民政府2023年工作报告", 1);
	expect("2023年工作报告\n——2024年1月8日在松溪县第十八届人民代表大会第三次会议上\n"
	       "各位代表：\n",
	       "松溪县", 2023, "政府工作报告", "2023年工作报告", 2);
	expect("南湖产业园区管委会2023年工作报告\n——2024年1月8日在园区工作会议上\n"
	       "2023年，园区经济平稳运行。\n",
	       "南湖产业园区", 2023, "工作报告", "南湖产业园区管委会2023年工作报告", 2);
	expect("临港区人民政府2023年工作总结\n全年完成各项目标任务。\n", "临港区", 2023, "工作总结",
	       "临港区人民政府2023年工作总结", 1);
}

Test(meta, year_before_organisation)
{
	expect("2023年度济源高新区工作总结\n全年完成各项目标任务。\n", "济源高新区", 2023,
	       "工作总结", "2023年度济源高新区工作总结", 1);
	expect("关于临河高新区2022年工作总结的报告\n全年完成各项目标任务。\n", "临河高新区", 2022,
	       "工作总结", "关于临河高新区2022年工作总结的报告", 1);
}

Test(meta, no_title)
{
	expect(BODY, NULL, 0, NULL, NULL, 0);
}

static enum parse_status parse(const char *text, const parse_options *o, report *r, parse_error *e)
{
	return report_parse((const unsigned char *)text, strlen(text), o, r, e);
}

Test(meta, no_title_no_flags_is_an_error)
{
	report r;
	parse_error e;
	cr_assert_eq(parse(BODY, NULL, &r, &e), PARSE_NO_METADATA);
	cr_assert_eq(e.offset, -1);
	cr_assert_str_eq(e.message,
	                 "organisation and year not found in the title; supply --org and --year");
	cr_assert_null(r.organization);
}

Test(meta, only_year_missing_names_year)
{
	report r;
	parse_error e;
	parse_options o = {.organization = "测试开发区"};
	cr_assert_eq(parse(BODY, &o, &r, &e), PARSE_NO_METADATA);
	cr_assert_str_eq(e.message, "year not found in the title; supply --year");
}

Test(meta, flags_supply_missing_metadata)
{
	report r;
	parse_error e;
	parse_options o = {.organization = "测试开发区", .year = 2023};
	cr_assert_eq(parse(BODY, &o, &r, &e), PARSE_OK, "%s", e.message);
	cr_assert_str_eq(r.organization, "测试开发区");
	cr_assert_eq(r.year, 2023);
	cr_assert_str_eq(r.kind, "工作报告");
	cr_assert_str_eq(r.title, "");
	cr_assert_eq(r.n_sections, 1);
	cr_assert_eq(r.sections[0].role, SECTION_PREAMBLE);
	cr_assert_eq(r.sections[0].start, 0);
	report_free(&r);
}

Test(meta, flags_override_title)
{
	report r;
	parse_error e;
	parse_options o = {.organization = "测试高新区", .year = 2024, .kind = "工作要点"};
	char buf[512];
	snprintf(buf, sizeof buf, "济源高新区 2023 年工作总结\n%s", BODY);
	cr_assert_eq(parse(buf, &o, &r, &e), PARSE_OK, "%s", e.message);
	cr_assert_str_eq(r.organization, "测试高新区");
	cr_assert_eq(r.year, 2024);
	cr_assert_str_eq(r.kind, "工作要点");
	cr_assert_str_eq(r.title, "济源高新区2023年工作总结");
	/* the title is not part of the preamble */
	cr_assert_eq(r.sections[0].start, 15); /* 14 code points and a newline */
	cr_assert(strncmp(r.sections[0].body, "2023年，在示范区", strlen("2023年，在示范区")) == 0);
	report_free(&r);
}

/* The speaker's signature under the subtitle belongs to the title block:
 * an official's title with a name, the organisation before the title, or a
 * bare name; a date line too. */
Test(meta, signature_lines_are_title_block)
{
	expect("2021年西岭区政府工作报告\n"
	       "——2021年1月8日在西岭区第九届人民代表大会第五次会议上\n"
	       "区长 赵文华\n"
	       "各位代表：\n"
	       "现在，我代表区人民政府，向大会报告工作。\n",
	       "西岭区", 2021, "政府工作报告", "2021年西岭区政府工作报告", 3);
	expect("2020年政府工作报告\n"
	       "南平市人民政府市长 林志强\n"
	       "各位代表:\n",
	       "南平市", 2020, "政府工作报告", "2020年政府工作报告", 2);
	expect("2020年政府工作报告\n"
	       "——2020年1月9日在南平市第八届人民代表大会第四次会议上\n"
	       "林志强\n"
	       "2020年1月9日\n"
	       "各位代表：\n",
	       "南平市", 2020, "政府工作报告", "2020年政府工作报告", 4);
	expect("2019年政府工作报告\n"
	       "东湖区代区长  欧阳建国\n"
	       "同志们：\n",
	       "东湖区", 2019, "政府工作报告", "2019年政府工作报告", 2);
}

/* Short first lines that are no signature stay in the body. */
Test(meta, short_body_lines_are_not_signatures)
{
	expect("西岭高新区2021年工作总结\n主要成效\n全年完成各项目标任务。\n", "西岭高新区", 2021,
	       "工作总结", "西岭高新区2021年工作总结", 1);
	expect("西岭高新区2021年工作总结\n区长办公会议精神\n全年完成各项目标任务。\n", "西岭高新区",
	       2021, "工作总结", "西岭高新区2021年工作总结", 1);
}

/* The organisation is the place, not its issuing body; a bare issuer is
 * kept when it is all the title names. */
Test(meta, issuer_stripped_from_organisation)
{
	expect("滨江经济开发区管理委员会2022年工作总结\n全年完成各项目标任务。\n", "滨江经济开发区",
	       2022, "工作总结", "滨江经济开发区管理委员会2022年工作总结", 1);
	expect("北湖区人民政府2021年工作报告\n全年完成各项目标任务。\n", "北湖区", 2021,
	       "政府工作报告", "北湖区人民政府2021年工作报告", 1);
	expect("云台高新区党工委、管委会2023年工作要点\n全年完成各项目标任务。\n", "云台高新区",
	       2023, "工作要点", "云台高新区党工委、管委会2023年工作要点", 1);
	expect("管委会2022年工作总结\n全年完成各项目标任务。\n", "管委会", 2022, "工作总结",
	       "管委会2022年工作总结", 1);
	expect("2020年政府工作报告\n江湾区人民政府\n各位代表：\n", "江湾区", 2020, "政府工作报告",
	       "2020年政府工作报告", 2);
}

/* A title over three lines: organisation, then a summary-and-plan title
 * broken after 和. */
Test(meta, title_over_three_lines)
{
	expect("云台经济开发区管委会\n2022年工作总结和\n2023年工作计划\n全年完成各项目标任务。\n",
	       "云台经济开发区", 2022, "工作总结",
	       "云台经济开发区管委会2022年工作总结和2023年工作计划", 3);
}

/* A first line that ends in ASCII sentence punctuation is a sentence, not a
 * title, even when it names a kind of report. */
Test(meta, ascii_punctuated_sentence_is_no_title)
{
	expect("2022年,园区认真落实年度工作要点.\n全年完成各项目标任务.\n", NULL, 0, NULL, NULL, 0);
	expect("2022年,园区认真落实年度工作要点;\n全年完成各项目标任务.\n", NULL, 0, NULL, NULL, 0);
	/* an ASCII clause under the title is no issuer line */
	expect("2020年政府工作报告\n江湾区人民政府,区长王明\n", NULL, 2020, "政府工作报告",
	       "2020年政府工作报告", 1);
}

/* An attached report starts with 附件 or a document number above its
 * title: those lines are skipped to find the title and belong to no
 * section. */
Test(meta, attachment_and_document_number_above_title)
{
	expect("附件2：\n滨江经济开发区2023年工作总结\n全年完成各项目标任务。\n", "滨江经济开发区",
	       2023, "工作总结", "滨江经济开发区2023年工作总结", 2);
	expect("附件\n滨管发〔2024〕3号\n滨江经济开发区\n2023年工作总结\n（2024年1月5日）\n全年完成"
	       "各项目标任务。\n",
	       "滨江经济开发区", 2023, "工作总结", "滨江经济开发区2023年工作总结", 5);

	report r;
	parse_error e;
	const char *doc = "附件1\n滨江经济开发区2023年工作总结\n全年完成各项目标任务。\n";
	cr_assert_eq(parse(doc, NULL, &r, &e), PARSE_OK, "%s", e.message);
	cr_assert_str_eq(r.text, "附件1\n滨江经济开发区2023年工作总结\n全年完成各项目标任务。");
	cr_assert_str_eq(r.title, "滨江经济开发区2023年工作总结");
	cr_assert_eq(r.n_sections, 1);
	cr_assert_eq(r.sections[0].role, SECTION_PREAMBLE);
	cr_assert_eq(r.sections[0].start, 21); /* 附件1\n = 4, the title and \n = 17 */
	cr_assert_str_eq(r.sections[0].body, "全年完成各项目标任务。");
	report_free(&r);
}

/* A field label in front of the title (a scraper's 标题：, a form's 题目：) is
 * no part of the title nor of the organisation. */
Test(meta, field_label_before_the_title)
{
	expect("标题：2024年某市政府工作报告\n发文单位：某市人民政府\n", "某市", 2024,
	       "政府工作报告", "2024年某市政府工作报告", 2);
	expect("题目：某县2023年工作总结\n正文\n", "某县", 2023, "工作总结", "某县2023年工作总结",
	       1);
}

/* A web page's controls above the title (下载 ⏎ 打印 ⏎ … ⏎ 】, or all on one
 * line) are passed over, as furniture is. */
Test(meta, web_page_controls_above_the_title)
{
	expect("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年上海市政府工作报告\n"
	       "——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n各位代表：\n",
	       "上海市", 2026, "政府工作报告", "2026年上海市政府工作报告", 11);
	expect(
	    "下载 打印 全屏 收藏 【字号：加大 还原 减小】\n2026年福建省政府工作报告\n各位代表：\n",
	    "福建省", 2026, "政府工作报告", "2026年福建省政府工作报告", 2);
}

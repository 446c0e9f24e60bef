/* The Word reader on small .docx files the tests build themselves
 * (tests/unit/docx_build.c): paragraphs, runs, tabs and breaks, tracked
 * changes, tables, notes, comments, hidden text, fields, list numbering,
 * heading levels, the title, and a whole report read from Word exactly as
 * from text. */
#include "docx_build.h"
#include "parse.h"
#include "read_docx.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define P(t) "<w:p><w:r><w:t>" t "</w:t></w:r></w:p>"

static void read_body(const char *body, const char *styles, const char *numbering, const char *core,
                      docx_doc *d)
{
	size_t len;
	unsigned char *bytes = docx_build_body(body, styles, numbering, core, &len);
	parse_error err;
	enum parse_status st = docx_read(bytes, len, d, &err);
	cr_assert_eq(st, PARSE_OK, "docx_read: %d %s", st, err.message);
	free(bytes);
}

static void parse_body(const char *body, const char *styles, const char *numbering,
                       const char *core, report *r)
{
	size_t len;
	unsigned char *bytes = docx_build_body(body, styles, numbering, core, &len);
	parse_error err;
	enum parse_status st = report_parse(bytes, len, NULL, r, &err);
	cr_assert_eq(st, PARSE_OK, "report_parse: %d %s", st, err.message);
	free(bytes);
}

Test(docx, paragraphs_runs_tabs_and_breaks_in_order)
{
	docx_doc d;
	read_body("<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:t xml:space=\"preserve\">乙 </w:t></w:r>"
	          "<w:r><w:tab/><w:t>丙</w:t><w:br/><w:t>丁</w:t></w:r></w:p>"
	          "<w:p/>" P("戊&amp;&lt;") "<w:p><w:r><w:t>己</w:t><w:br w:type=\"page\"/>"
	                                    "<w:t>庚</w:t></w:r></w:p>",
	          NULL, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "甲乙 \t丙\n丁\n\n戊&<\n己庚");
	cr_assert_eq(d.len, strlen(d.text));
	cr_assert_eq(d.paragraphs, 4);
	cr_assert_eq(d.tables, 0);
	cr_assert_null(d.core_title);
	docx_doc_free(&d);
}

Test(docx, tracked_deletions_dropped_insertions_kept)
{
	docx_doc d;
	read_body("<w:p><w:r><w:t>保留</w:t></w:r>"
	          "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
	          "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r></w:ins>"
	          "<w:r><w:delText>孤立删除</w:delText></w:r>"
	          "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
	          "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>移来</w:t></w:r></w:moveTo>"
	          "</w:p>",
	          NULL, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "保留插入移来");
	cr_assert_eq(d.deletions, 2);
	docx_doc_free(&d);

	/* a deleted paragraph mark joins two paragraphs into one */
	read_body("<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"a\"/></w:rPr></w:pPr>"
	          "<w:r><w:t>上半</w:t></w:r></w:p>" P("下半。") P("另一段。"),
	          NULL, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "上半下半。\n另一段。");
	cr_assert_eq(d.deletions, 1);
	docx_doc_free(&d);
}

Test(docx, tables_left_out_and_counted)
{
	docx_doc d;
	read_body(P("前文。") "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>一、表头</w:t></w:r>"
	                      "</w:p></w:tc><w:tc>" P(
	                          "100亿元") "</w:tc></w:tr>"
	                                     "<w:tr><w:tc><w:tbl><w:tr><w:tc>" P(
	                                         "嵌套") "</w:tc></w:tr></w:tbl>"
	                                                 "<w:p/></w:tc></w:tr></w:tbl>" P("后文。"),
	          NULL, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "前文。\n后文。");
	cr_assert_eq(d.tables, 2);
	cr_assert_eq(d.table_rows, 3);
	cr_assert_eq(d.paragraphs, 2);
	docx_doc_free(&d);
}

Test(docx, notes_comments_hidden_text_fields_and_drawings_ignored)
{
	const char *body =
	    "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>正文</w:t></w:r>"
	    "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
	    "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
	    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
	    "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>显示</w:t></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
	    "<w:r><w:instrText> PAGE </w:instrText></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	    "<w:fldSimple w:instr=\"DATE\"><w:r><w:t>今天</w:t></w:r></w:fldSimple>"
	    "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>新</w:t></w:r>"
	    "</mc:Choice><mc:Fallback><w:r><w:t>旧</w:t></w:r></mc:Fallback></mc:AlternateContent>"
	    "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
	    "</w:drawing></w:r>"
	    "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>";
	char *doc = docx_document_xml(body);
	const char *notes = "<w:footnotes xmlns:w=\"" W_NS "\"><w:footnote w:id=\"1\"><w:p><w:r>"
	                    "<w:t>脚注100亿元</w:t></w:r></w:p></w:footnote></w:footnotes>";
	const char *comments = "<w:comments xmlns:w=\"" W_NS "\"><w:comment w:id=\"0\"><w:p><w:r>"
	                       "<w:t>批注</w:t></w:r></w:p></w:comment></w:comments>";
	docx_part parts[] = {{"word/document.xml", doc, 0},
	                     {"word/footnotes.xml", notes, 0},
	                     {"word/comments.xml", comments, 0}};
	size_t len;
	unsigned char *bytes = docx_build(parts, 3, &len);
	docx_doc d;
	parse_error err;
	cr_assert_eq(docx_read(bytes, len, &d, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(d.text, "正文显示3今天新链接");
	cr_assert_eq(d.text_boxes, 1);
	docx_doc_free(&d);
	free(bytes);
	free(doc);
}

static const char *NUMBERING =
    "<w:numbering xmlns:w=\"" W_NS "\">"
    "<w:abstractNum w:abstractNumId=\"7\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%3.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>"
    "</w:numbering>";

#define NUM(lvl, t)                                                                                \
	"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>" \
	"<w:r><w:t>" t "</w:t></w:r></w:p>"

static const char *NUMBERED_BODY = P("2025年测试市政府工作报告") P("各位代表：现在报告工作。")
    NUM("0", "2024年工作回顾") NUM("1", "经济运行") P("地区生产总值达到100亿元，增长5%。")
        NUM("1", "对外开放") NUM("2", "外贸") NUM("3", "要点") NUM("0", "2025年工作安排")
            NUM("1", "目标") P("全年增长6%左右。");

Test(docx, list_numbering_rendered_as_the_labels_word_shows)
{
	docx_doc d;
	read_body(NUMBERED_BODY, NULL, NUMBERING, NULL, &d);
	cr_assert_str_eq(d.text, "2025年测试市政府工作报告\n各位代表：现在报告工作。\n"
	                         "一、\t2024年工作回顾\n（一）\t经济运行\n"
	                         "地区生产总值达到100亿元，增长5%。\n（二）\t对外开放\n1.\t外贸\n"
	                         "要点\n二、\t2025年工作安排\n（一）\t目标\n全年增长6%左右。");
	cr_assert_eq(d.numbered, 6);
	docx_doc_free(&d);
}

Test(docx, numbered_headings_make_the_outline)
{
	report r;
	parse_body(NUMBERED_BODY, NULL, NUMBERING, NULL, &r);
	cr_assert_str_eq(r.organization, "测试市");
	cr_assert_eq(r.year, 2025);
	cr_assert_str_eq(r.format, "docx");
	static const struct {
		int level;
		const char *label, *heading;
	} want[] = {
	    {0, NULL, NULL},           {1, "一", "2024年工作回顾"},
	    {2, "（一）", "经济运行"}, {2, "（二）", "对外开放"},
	    {3, "1", "外贸"},          {1, "二", "2025年工作安排"},
	    {2, "（一）", "目标"},
	};
	cr_assert_eq(r.n_sections, sizeof want / sizeof *want);
	for (size_t i = 0; i < r.n_sections; i++) {
		cr_assert_eq(r.sections[i].level, want[i].level, "section %zu", i);
		if (!want[i].label)
			continue;
		cr_assert_str_eq(r.sections[i].label, want[i].label, "section %zu", i);
		cr_assert_str_eq(r.sections[i].heading, want[i].heading, "section %zu", i);
	}
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(r.metrics[0].name, "地区生产总值");
	cr_assert_str_eq(r.metrics[0].value, "100");
	cr_assert_str_eq(r.metrics[0].unit, "亿元");
	cr_assert_str_eq(r.metrics[0].yoy_pct, "5");
	cr_assert_eq(r.metrics[0].section, 2);
	cr_assert_str_eq(r.metrics[1].value, "6");
	cr_assert_str_eq(r.metrics[1].unit, "%");
	cr_assert(r.metrics[1].is_target);
	report_free(&r);
}

static const char *STYLES =
    "<w:styles xmlns:w=\"" W_NS "\">"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"20\"><w:name w:val=\"heading 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"WPS3\"><w:name w:val=\"标题 3\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"mine\"><w:name w:val=\"My heading\"/>"
    "<w:basedOn w:val=\"1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"cn\"><w:name w:val=\"标题\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"c1\"><w:name w:val=\"heading 1 Char\"/></w:style>"
    "</w:styles>";

#define STYLED(id, t)                                                                              \
	"<w:p><w:pPr><w:pStyle w:val=\"" id "\"/></w:pPr><w:r><w:t>" t "</w:t></w:r></w:p>"

Test(docx, heading_levels_from_outline_level_and_style_names)
{
	docx_doc d;
	read_body(
	    STYLED("1", "一、甲") STYLED("20", "（一）乙") STYLED("WPS3", "1.丙") STYLED("mine",
	                                                                                 "二、丁")
	        P("正文。") "<w:p><w:pPr><w:outlineLvl "
	                    "w:val=\"1\"/></w:pPr><w:r><w:t>（一）戊</w:t></w:r></w:p>"
	                    "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/></w:pPr>"
	                    "<w:r><w:t>正文级别</w:t></w:r></w:p>",
	    STYLES, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "一、甲\n（一）乙\n1.丙\n二、丁\n正文。\n（一）戊\n正文级别");
	cr_assert_eq(d.headings, 5); /* not "正文。" (Normal), not outline level 9 */
	static const unsigned char want[] = {1, 2, 3, 1, 0, 2, 0};
	cr_assert_eq(d.n_lines, sizeof want);
	cr_assert_arr_eq(d.line_levels, want, sizeof want);
	docx_doc_free(&d);

	/* a line break makes a line of no level; the title goes first */
	read_body(STYLED("1", "一、甲<w:br/>乙") STYLED("a3", "2025年测试县政府工作报告"), STYLES,
	          NULL, NULL, &d);
	cr_assert_str_eq(d.text, "2025年测试县政府工作报告\n一、甲\n乙");
	static const unsigned char want2[] = {0, 1, 0};
	cr_assert_eq(d.n_lines, sizeof want2);
	cr_assert_arr_eq(d.line_levels, want2, sizeof want2);
	docx_doc_free(&d);
}

/* The labels of the top-level sections, joined with spaces. */
static char *top_labels(const report *r)
{
	sb b = SB_INIT;
	for (size_t i = 0; i < r->n_sections; i++)
		if (r->sections[i].level == 1)
			sb_printf(&b, "%s%s", b.len ? " " : "", r->sections[i].label);
	return sb_take(&b);
}

Test(docx, word_headings_are_believed_where_the_text_alone_doubts)
{
	/* 四、 after 二、 (an edit dropped 三、), and （二） opening a level */
#define BODY(h)                                                                                    \
	P("2025年测试县政府工作报告")                                                              \
	h("一、2024年工作回顾") P("全年增长5%。") h("二、2025年工作安排") h("（二）稳增长")        \
	    P("投资增长6%。") h("四、加强政府建设") P("完成12项改革。")
#define PLAIN(t) P(t)
#define HEAD(t)  STYLED("1", t)
	report r;
	parse_body(BODY(PLAIN), STYLES, NULL, NULL, &r);
	char *labels = top_labels(&r);
	cr_assert_str_eq(labels, "一 二"); /* the text alone: 四、 is prose, （二） too */
	cr_assert_eq(r.n_sections, 2);
	free(labels);
	report_free(&r);

	parse_body(BODY(HEAD), STYLES, NULL, NULL, &r);
	labels = top_labels(&r);
	cr_assert_str_eq(labels, "一 二 四");
	cr_assert_eq(r.n_sections, 4);
	cr_assert_eq(r.sections[2].level, 2);
	cr_assert_str_eq(r.sections[2].label, "（二）");
	cr_assert_str_eq(r.sections[2].heading, "稳增长");
	cr_assert_eq(r.sections[2].parent, 1);
	cr_assert_str_eq(r.sections[3].heading, "加强政府建设");
	cr_assert_eq(r.metrics[2].section, 3);
	free(labels);
	report_free(&r);

	/* a styled paragraph without a label is no heading */
	parse_body(P("2025年测试县政府工作报告") HEAD("一、回顾") P("增长5%。") HEAD("工作安排")
	               P("增长6%。"),
	           STYLES, NULL, NULL, &r);
	cr_assert_eq(r.n_sections, 1);
	report_free(&r);
#undef BODY
#undef PLAIN
#undef HEAD
}

Test(docx, table_of_contents_paragraphs_left_out)
{
	docx_doc d;
	read_body(STYLED("TOC1", "一、2024年工作回顾\t3") P("一、2024年工作回顾"), STYLES, NULL,
	          NULL, &d);
	cr_assert_str_eq(d.text, "一、2024年工作回顾");
	docx_doc_free(&d);
}

Test(docx, first_title_paragraph_goes_first)
{
	docx_doc d;
	read_body(P("附件2") STYLED("a3", "2025年测试县政府工作报告") STYLED("cn", "第二个标题")
	              P("正文。"),
	          STYLES, NULL, NULL, &d);
	cr_assert_str_eq(d.text, "2025年测试县政府工作报告\n附件2\n第二个标题\n正文。");
	cr_assert(d.title_moved);
	docx_doc_free(&d);
}

static const char *CORE =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> 2024年测试开发区工作总结 "
    "</dc:title><dc:creator>x</dc:creator></cp:coreProperties>";

Test(docx, core_title_when_the_text_has_none)
{
	report r;
	parse_body(P("一、主要工作") P("全年完成固定资产投资12亿元，增长5%。"), NULL, NULL, CORE,
	           &r);
	cr_assert_str_eq(r.title, "2024年测试开发区工作总结");
	cr_assert_str_eq(r.organization, "测试开发区");
	cr_assert_eq(r.year, 2024);
	cr_assert_str_eq(r.kind, "工作总结");
	cr_assert_eq(r.n_sections, 1);
	cr_assert_str_eq(r.sections[0].label, "一");
	report_free(&r);

	/* the text's own title wins over the properties */
	parse_body(P("2023年测试县工作总结") P("一、主要工作") P("全年完成投资12亿元。"), NULL,
	           NULL, CORE, &r);
	cr_assert_str_eq(r.organization, "测试县");
	cr_assert_eq(r.year, 2023);
	report_free(&r);

	docx_doc d;
	read_body(P("正文。"), NULL, NULL, CORE, &d);
	cr_assert_str_eq(d.core_title, "2024年测试开发区工作总结");
	docx_doc_free(&d);
}

Test(docx, strict_ooxml_namespace)
{
	const char *xml =
	    "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
	    "<w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>";
	docx_part parts[] = {{"word/document.xml", xml, 0}};
	size_t len;
	unsigned char *bytes = docx_build(parts, 1, &len);
	docx_doc d;
	parse_error err;
	cr_assert_eq(docx_read(bytes, len, &d, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(d.text, "严格");
	docx_doc_free(&d);
	free(bytes);
}

/* A report saved as Word reads exactly as its text: the paragraphs the text
 * pipeline found (PDF wraps undone) become the Word file's paragraphs; or,
 * with `printed_lines`, every line of the file becomes one (a .docx
 * converted from PDF), whose wraps are then undone as in the text. */
static void expect_same_as_text(const char *fixture, int printed_lines)
{
	const char *dir = getenv("TEST_FIXTURES") ? getenv("TEST_FIXTURES") : "tests/fixtures";
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, fixture);
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "%s", path);
	sb text = SB_INIT;
	char buf[8192];
	size_t got;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0)
		sb_append(&text, buf, got);
	fclose(f);

	report a, b;
	parse_error err;
	cr_assert_eq(report_parse((const unsigned char *)sb_str(&text), text.len, NULL, &a, &err),
	             PARSE_OK, "%s", err.message);
	size_t dlen;
	unsigned char *docx = printed_lines ? docx_from_lines(sb_str(&text), text.len, &dlen)
	                                    : docx_from_lines(a.text, strlen(a.text), &dlen);
	cr_assert_eq(report_parse(docx, dlen, NULL, &b, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(a.format, "text");
	cr_assert_str_eq(b.format, "docx");
	cr_assert_str_eq(a.title, b.title);
	cr_assert_str_eq(a.text, b.text);
	cr_assert_eq(a.n_sections, b.n_sections);
	for (size_t i = 0; i < a.n_sections; i++) {
		cr_assert_eq(a.sections[i].level, b.sections[i].level);
		cr_assert_eq(a.sections[i].start, b.sections[i].start);
		cr_assert_eq(a.sections[i].end, b.sections[i].end);
		cr_assert_str_eq(a.sections[i].body, b.sections[i].body);
	}
	cr_assert_eq(a.n_metrics, b.n_metrics);
	cr_assert_gt(a.n_metrics, 5, "%s: %zu metrics", fixture, a.n_metrics);
	for (size_t i = 0; i < a.n_metrics; i++) {
		cr_assert_str_eq(a.metrics[i].name, b.metrics[i].name);
		cr_assert_str_eq(a.metrics[i].value, b.metrics[i].value);
		cr_assert_str_eq(a.metrics[i].unit, b.metrics[i].unit);
		cr_assert_eq(a.metrics[i].span_start, b.metrics[i].span_start);
	}
	report_free(&a);
	report_free(&b);
	free(docx);
	sb_free(&text);
}

Test(docx, report_saved_as_word_reads_as_its_text)
{
	expect_same_as_text("real/jiyuan-gxq-2023.txt", 0);
	expect_same_as_text("synthetic/luting-gxq-2023.txt", 0);
	expect_same_as_text("synthetic/luting-gxq-2023-gov.txt", 0);
}

Test(docx, pdf_lines_saved_as_word_paragraphs_are_joined_as_in_text)
{
	expect_same_as_text("real/jiyuan-gxq-2023.txt", 1);
	expect_same_as_text("synthetic/luting-gxq-2023.txt", 1);
}

Test(docx, numbering_counters_restarts_and_formats)
{
	const char *numbering =
	    "<w:numbering xmlns:w=\"" W_NS "\">"
	    "<w:abstractNum w:abstractNumId=\"1\">"
	    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"9\"/><w:numFmt w:val=\"decimal\"/>"
	    "<w:lvlText w:val=\"%1.\"/></w:lvl>"
	    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
	    "</w:abstractNum>"
	    "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\">"
	    "<w:numFmt w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"（%1）\"/></w:lvl>"
	    "</w:abstractNum>"
	    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num>"
	    "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
	    "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
	    "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"2\"/></w:num>"
	    "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"404\"/></w:num>"
	    "</w:numbering>";
#define N(id, lvl, t)                                                                              \
	"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"" id "\"/></w:numPr>"    \
	"</w:pPr><w:r><w:t>" t "</w:t></w:r></w:p>"
	docx_doc d;
	read_body(N("5", "0", "a") N("5", "1", "b") N("5", "1", "c") N("5", "0", "d")
	              N("5", "1", "e") N("6", "0", "f") N("7", "0", "g") N("7", "0", "h")
	                  N("8", "0", "i") N("0", "0", "j"),
	          NULL, numbering, NULL, &d);
	cr_assert_str_eq(d.text, "9.\ta\n9.1\tb\n9.2\tc\n10.\td\n10.1\te\n1.\tf\n（一）\tg\n"
	                         "（二）\th\ni\nj");
	cr_assert_eq(d.numbered, 8);
	docx_doc_free(&d);
#undef N
}

Test(docx, word_headings_line_up_when_the_title_comes_from_the_properties)
{
	/* dc:title adds a line above the text: the hints must still fall on
	 * their own paragraphs */
	report r;
	parse_body("<w:p/>" STYLED("1", "一、主要工作") P("完成投资12亿元。")
	               STYLED("1", "三、下步打算") P("增长6%。"),
	           STYLES, NULL, CORE, &r);
	cr_assert_str_eq(r.organization, "测试开发区");
	char *labels = top_labels(&r);
	cr_assert_str_eq(labels, "一 三");
	free(labels);
	cr_assert_str_eq(r.sections[1].heading, "下步打算");
	report_free(&r);
}

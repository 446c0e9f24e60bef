/* Hostile and foreign files: every one is refused with a message saying
 * what it is (exit 2 in the CLI), never a crash, a hang or an expansion.
 * The files are made here: ZIP bombs, too many entries, billion laughs and
 * external entities, deep nesting, truncation at every tenth of a file, and
 * the kinds that are not read (.doc/.wps, other Office files, ZIPs; a PDF
 * cut before its %%EOF). */
#include "docx_build.h"
#include "docx_xml.h"
#include "docx_zip.h"
#include "parse.h"
#include "read_docx.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOOD_BODY                                                                                  \
	"<w:p><w:r><w:t>2025年测试市政府工作报告</w:t></w:r></w:p>"                      \
	"<w:p><w:r><w:t>一、2024年工作回顾</w:t></w:r></w:p>"                               \
	"<w:p><w:r><w:t>地区生产总值达到100亿元，增长5%。</w:t></w:r></w:p>"

/* report_parse must fail with `status` and a message containing `want`. */
static void expect_refused(const unsigned char *bytes, size_t len, enum parse_status status,
                           const char *want)
{
	report r;
	parse_error err;
	enum parse_status st = report_parse(bytes, len, NULL, &r, &err);
	cr_assert_eq(st, status, "status %d, want %d: %s", st, status, err.message);
	cr_assert_eq(err.offset, -1);
	cr_assert(strstr(err.message, want) != NULL, "want \"%s\" in \"%s\"", want, err.message);
	cr_assert_null(r.text);
	cr_assert_eq(r.n_sections, 0);
}

static void expect_refused_parts(const docx_part *parts, size_t n, enum parse_status status,
                                 const char *want)
{
	size_t len;
	unsigned char *bytes = docx_build(parts, n, &len);
	expect_refused(bytes, len, status, want);
	free(bytes);
}

static void expect_refused_document(const char *document_xml, const char *want)
{
	docx_part parts[] = {{"word/document.xml", document_xml, 0}};
	expect_refused_parts(parts, 1, PARSE_BAD_FILE, want);
}

Test(docx_hostile, zip_bomb_refused_before_inflating, .timeout = 20)
{
	/* 32 MiB of XML whitespace deflates to about 32 KiB: 1000 times */
	size_t big = 32u << 20;
	char *doc = docx_document_xml(GOOD_BODY);
	sb b = SB_INIT;
	sb_puts(&b, doc);
	char *pad = xmalloc(big);
	memset(pad, ' ', big);
	sb_append(&b, pad, big);
	docx_part parts[] = {{"word/document.xml", sb_str(&b), b.len}};
	expect_refused_parts(parts, 1, PARSE_BAD_FILE, "refused as a ZIP bomb");
	/* the same bytes spread over many entries are counted together */
	docx_part many[9] = {{"word/document.xml", doc, 0}};
	for (size_t i = 1; i < 9; i++) {
		static char names[9][32];
		snprintf(names[i], sizeof names[i], "word/media/pad%zu.bin", i);
		many[i] = (docx_part){names[i], pad, big / 8};
	}
	expect_refused_parts(many, 9, PARSE_BAD_FILE, "refused as a ZIP bomb");
	free(pad);
	sb_free(&b);
	free(doc);
}

Test(docx_hostile, too_many_entries)
{
	char *doc = docx_document_xml(GOOD_BODY);
	size_t n = DOCX_MAX_ENTRIES + 1;
	docx_part *parts = xcalloc(n, sizeof *parts);
	char(*names)[32] = xcalloc(n, sizeof *names);
	parts[0] = (docx_part){"word/document.xml", doc, 0};
	for (size_t i = 1; i < n; i++) {
		snprintf(names[i], sizeof names[i], "x/%zu", i);
		parts[i] = (docx_part){names[i], "x", 1};
	}
	expect_refused_parts(parts, n, PARSE_BAD_FILE, "entries, over the limit of 4096");
	/* one fewer is fine */
	size_t len;
	unsigned char *bytes = docx_build(parts, n - 1, &len);
	report r;
	parse_error err;
	cr_assert_eq(report_parse(bytes, len, NULL, &r, &err), PARSE_OK, "%s", err.message);
	report_free(&r);
	free(bytes);
	free(names);
	free(parts);
	free(doc);
}

Test(docx_hostile, billion_laughs_and_external_entities_refused, .timeout = 10)
{
	sb b = SB_INIT;
	sb_puts(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n<!ENTITY lol \"lol\">\n");
	for (int i = 1; i <= 9; i++) {
		sb_printf(&b, "<!ENTITY lol%d \"", i);
		for (int k = 0; k < 10; k++)
			sb_printf(&b, "&lol%s;", i == 1 ? "" : (char[]){(char)('0' + i - 1), 0});
		sb_puts(&b, "\">\n");
	}
	sb_puts(&b, "]>\n<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&lol9;</w:t>"
	            "</w:r></w:p></w:body></w:document>");
	expect_refused_document(sb_str(&b), "has a DTD");
	sb_free(&b);

	expect_refused_document(
	    "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]><w:document xmlns:w=\"" W_NS "\">"
	    "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
	    "has a DTD");
	/* an entity used without any declaration is an error, not a lookup */
	expect_refused_document("<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&x;"
	                        "</w:t></w:r></w:p></w:body></w:document>",
	                        "not well-formed XML");
	/* the DTD rule holds for every part read, styles and properties too */
	char *doc = docx_document_xml(GOOD_BODY);
	docx_part styles[] = {
	    {"word/document.xml", doc, 0},
	    {"word/styles.xml", "<!DOCTYPE s SYSTEM \"http://127.0.0.1:9/x.dtd\"><s/>", 0}};
	expect_refused_parts(styles, 2, PARSE_BAD_FILE, "word/styles.xml has a DTD");
	docx_part core[] = {{"word/document.xml", doc, 0},
	                    {"docProps/core.xml", "<!DOCTYPE c [<!ENTITY a \"b\">]><c/>", 0}};
	expect_refused_parts(core, 2, PARSE_BAD_FILE, "docProps/core.xml has a DTD");
	free(doc);
}

/* UTF-16 text, as an XML part may be encoded: 2 bytes per ASCII character. */
static char *utf16le(const char *ascii, size_t *len)
{
	size_t n = strlen(ascii);
	char *out = xcalloc(2 * n + 2, 1);
	out[0] = (char)0xFF;
	out[1] = (char)0xFE;
	for (size_t i = 0; i < n; i++)
		out[2 + 2 * i] = ascii[i];
	*len = 2 * n + 2;
	return out;
}

Test(docx_hostile, a_dtd_in_utf16_is_refused_by_the_reader, .timeout = 10)
{
	/* the byte scan for "<!DOCTYPE" cannot see UTF-16; the reader's own
	 * check refuses the DTD node before any entity is used */
	sb b = SB_INIT;
	sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w:document [<!ENTITY a "
	            "\"aaaaaaaaaa\">");
	for (int i = 1; i <= 9; i++)
		sb_printf(&b, "<!ENTITY %c \"&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;\">", 'a' + i,
		          'a' + i - 1, 'a' + i - 1, 'a' + i - 1, 'a' + i - 1, 'a' + i - 1,
		          'a' + i - 1, 'a' + i - 1, 'a' + i - 1, 'a' + i - 1, 'a' + i - 1);
	sb_puts(&b, "]><w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&j;</w:t></w:r>"
	            "</w:p></w:body></w:document>");
	size_t len;
	char *xml = utf16le(sb_str(&b), &len);
	docx_part parts[] = {{"word/document.xml", xml, len}};
	/* libxml2 stops the expansion itself ("entity reference loop") */
	expect_refused_parts(parts, 1, PARSE_BAD_FILE, "word/document.xml ");
	free(xml);
	sb_free(&b);

	/* a DTD that declares nothing is refused all the same */
	xml = utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w:document>"
	              "<w:document xmlns:w=\"" W_NS "\"><w:body/></w:document>",
	              &len);
	docx_part bare[] = {{"word/document.xml", xml, len}};
	expect_refused_parts(bare, 1, PARSE_BAD_FILE,
	                     "word/document.xml declares a DTD or entities: refused");
	free(xml);

	/* and a UTF-16 part without one reads */
	xml = utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document xmlns:w=\"" W_NS
	              "\"><w:body><w:p><w:r><w:t>2025 year</w:t></w:r></w:p></w:body></w:document>",
	              &len);
	docx_part ok[] = {{"word/document.xml", xml, len}};
	size_t zlen;
	unsigned char *bytes = docx_build(ok, 1, &zlen);
	docx_doc d;
	parse_error err;
	cr_assert_eq(docx_read(bytes, zlen, &d, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(d.text, "2025 year");
	docx_doc_free(&d);
	free(bytes);
	free(xml);
}

static char *nested(int depth)
{
	sb b = SB_INIT;
	sb_puts(&b, "<w:document xmlns:w=\"" W_NS "\"><w:body>");
	for (int i = 0; i < depth; i++)
		sb_puts(&b, "<w:sdt>");
	for (int i = 0; i < depth; i++)
		sb_puts(&b, "</w:sdt>");
	sb_puts(&b, "</w:body></w:document>");
	return sb_take(&b);
}

Test(docx_hostile, deep_nesting_refused, .timeout = 10)
{
	char *xml = nested(DOCX_MAX_XML_DEPTH + 10);
	expect_refused_document(xml, "nests elements more than 128 deep");
	free(xml);
	/* so repetitive that the ZIP ratio refuses it first: refused either way */
	xml = nested(200000);
	expect_refused_document(xml, "");
	free(xml);
}

Test(docx_hostile, truncated_and_damaged_files, .timeout = 30)
{
	char *doc = docx_document_xml(GOOD_BODY);
	docx_part parts[] = {{"word/document.xml", doc, 0}};
	size_t len;
	unsigned char *bytes = docx_build(parts, 1, &len);
	report r;
	parse_error err;
	cr_assert_eq(report_parse(bytes, len, NULL, &r, &err), PARSE_OK, "%s", err.message);
	report_free(&r);
	for (size_t cut = 4; cut < len; cut += len / 10)
		expect_refused(bytes, cut, PARSE_BAD_FILE, "damaged or truncated ZIP file");
	expect_refused(bytes, len - 1, PARSE_BAD_FILE, "damaged or truncated ZIP file");
	/* the central directory intact, the compressed data overwritten */
	unsigned char *bad = xmalloc(len);
	memcpy(bad, bytes, len);
	memset(bad + 40, 0xAA, len / 3);
	expect_refused(bad, len, PARSE_BAD_FILE, "");
	free(bad);
	free(bytes);

	/* a whole ZIP whose XML is cut */
	doc[strlen(doc) / 2] = '\0';
	expect_refused_document(doc, "word/document.xml is not well-formed XML (line ");
	expect_refused_document("", "word/document.xml is not well-formed XML");
	free(doc);
}

Test(docx_hostile, a_word_file_without_text)
{
	char *doc = docx_document_xml("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>");
	docx_part parts[] = {{"word/document.xml", doc, 0}};
	expect_refused_parts(parts, 1, PARSE_EMPTY, "the Word document has no text");
	free(doc);
}

Test(docx_hostile, other_zip_files_say_what_they_are)
{
	docx_part plain[] = {{"report.txt", "2025年测试市政府工作报告", 0}};
	expect_refused_parts(plain, 1, PARSE_UNSUPPORTED,
	                     "a ZIP archive that is not a Word document (it has no "
	                     "word/document.xml): unpack it and import the report inside");
	docx_part xlsx[] = {{"[Content_Types].xml", "<Types/>", 0}, {"xl/workbook.xml", "<w/>", 0}};
	expect_refused_parts(xlsx, 2, PARSE_UNSUPPORTED, "an Excel workbook (.xlsx)");
	docx_part pptx[] = {{"ppt/presentation.xml", "<p/>", 0}};
	expect_refused_parts(pptx, 1, PARSE_UNSUPPORTED, "a PowerPoint presentation (.pptx)");
	docx_part odt[] = {{"mimetype", "application/vnd.oasis.opendocument.text", 0},
	                   {"content.xml", "<c/>", 0}};
	expect_refused_parts(odt, 2, PARSE_UNSUPPORTED, "an OpenDocument file (.odt)");
	docx_part ofd[] = {{"OFD.xml", "<ofd:OFD/>", 0}};
	expect_refused_parts(ofd, 1, PARSE_UNSUPPORTED, "an OFD file");
	/* part names are case-insensitive in OPC */
	char *doc = docx_document_xml(GOOD_BODY);
	docx_part upper[] = {{"Word/Document.xml", doc, 0}};
	size_t len;
	unsigned char *bytes = docx_build(upper, 1, &len);
	report r;
	parse_error err;
	cr_assert_eq(report_parse(bytes, len, NULL, &r, &err), PARSE_OK, "%s", err.message);
	report_free(&r);
	free(bytes);
	free(doc);
}

Test(docx_hostile, files_of_other_kinds_say_what_to_do)
{
	const unsigned char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
	expect_refused(pdf, sizeof pdf - 1, PARSE_BAD_FILE,
	               "a truncated PDF (no %%EOF at its end): get the whole file again");

	/* an OLE2 compound file: header, then a directory naming WordDocument */
	unsigned char ole[1024];
	memset(ole, 0, sizeof ole);
	memcpy(ole, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	const char *name = "WordDocument";
	for (size_t i = 0; name[i]; i++)
		ole[512 + 2 * i] = (unsigned char)name[i];
	expect_refused(
	    ole, sizeof ole, PARSE_UNSUPPORTED,
	    "an old Word .doc (or WPS .wps) file: save it as .docx, or export it as text");
	memset(ole + 512, 0, 64);
	expect_refused(ole, sizeof ole, PARSE_UNSUPPORTED, "an old Office compound file");

	const unsigned char rtf[] = "{\\rtf1\\ansi 2025年测试市政府工作报告}";
	expect_refused(rtf, sizeof rtf - 1, PARSE_UNSUPPORTED, "an RTF file");
}

static char *many_attributes(const char *before, int n)
{
	sb b = SB_INIT;
	sb_printf(&b, "<w:document xmlns:w=\"" W_NS "\"><w:body>%s<w:p", before);
	for (int i = 0; i < n; i++)
		sb_printf(&b, " a%d=\"1\"", i);
	sb_puts(&b, "><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>");
	return sb_take(&b);
}

Test(docx_hostile, too_many_attributes_in_one_tag, .timeout = 10)
{
	/* 100 000 would keep libxml2's quadratic duplicate check busy for
	 * about 20 s; refused before parsing */
	char *xml = many_attributes("", 100000);
	docx_part parts[] = {{"word/document.xml", xml, 0}};
	size_t len;
	unsigned char *bytes = docx_build(parts, 1, &len);
	docx_doc d;
	parse_error err;
	cr_assert_eq(docx_read(bytes, len, &d, &err), PARSE_BAD_FILE);
	cr_assert_str_eq(err.message,
	                 "word/document.xml has a tag with more than 128 attributes: refused");
	free(bytes);
	free(xml);
	/* a quote in a comment or CDATA does not hide the tag from the count */
	xml = many_attributes("<!-- it's --><w:p><w:r><w:t><![CDATA[\"]]></w:t></w:r></w:p>", 200);
	expect_refused_document(xml, "has a tag with more than 128 attributes");
	free(xml);
	/* 128 are fine */
	xml = many_attributes("", 127);
	docx_part ok[] = {{"word/document.xml", xml, 0}};
	bytes = docx_build(ok, 1, &len);
	cr_assert_eq(docx_read(bytes, len, &d, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(d.text, "x");
	docx_doc_free(&d);
	free(bytes);
	free(xml);
}

/* Deterministic mutations of a rich document, as XML and as ZIP bytes:
 * each one reads or is refused, and ASan/UBSan see no error. */
Test(docx_hostile, mutated_files_never_crash)
{
	const char *styles =
	    "<w:styles xmlns:w=\"" W_NS "\"><w:style w:type=\"paragraph\" w:styleId=\"h1\">"
	    "<w:name w:val=\"heading 1\"/><w:basedOn w:val=\"h1\"/><w:pPr><w:numPr><w:ilvl "
	    "w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
	const char *numbering =
	    "<w:numbering xmlns:w=\"" W_NS "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl "
	    "w:ilvl=\"0\"><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、%9%\"/>"
	    "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>"
	    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"98\"/></w:lvlOverride></w:num>"
	    "</w:numbering>";
	char *doc = docx_document_xml(
	    GOOD_BODY "<w:p><w:pPr><w:pStyle w:val=\"h1\"/></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"
	              "<w:p><w:pPr><w:pStyle w:val=\"h1\"/></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>"
	              "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
	              "<w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:tab/>"
	              "<w:br/><w:t>丙</w:t></w:r></w:p>");
	size_t dl = strlen(doc);
	unsigned state = 2025;
	size_t ok = 0, refused = 0;
	for (int round = 0; round < 300; round++) {
		char *m = xstrdup(doc);
		for (int k = 0; k < 1 + round % 4; k++) {
			state = state * 1103515245u + 12345u;
			size_t at = (state >> 8) % dl;
			static const char pick[] = "<>/=\"' w:pt0&;";
			m[at] = pick[(state >> 4) % (sizeof pick - 1)];
		}
		docx_part parts[] = {{"word/document.xml", m, 0},
		                     {"word/styles.xml", styles, 0},
		                     {"word/numbering.xml", numbering, 0}};
		size_t len;
		unsigned char *bytes = docx_build(parts, 3, &len);
		if (round % 2) { /* and damage the archive itself */
			state = state * 1103515245u + 12345u;
			bytes[(state >> 8) % len] ^= (unsigned char)(1u << ((state >> 4) % 8));
		}
		report r;
		parse_error err;
		if (report_parse(bytes, len, NULL, &r, &err) == PARSE_OK) {
			ok++;
			report_free(&r);
		} else {
			cr_assert(err.message[0] != '\0');
			refused++;
		}
		free(bytes);
		free(m);
	}
	cr_assert_eq(ok + refused, 300);
	cr_assert_gt(ok, 0); /* some mutations keep the file readable */
	cr_assert_gt(refused, 0);
	free(doc);
}

/* Found by tests/fuzz/fuzz_docx.c: a style opened inside one that never
 * ended leaked the unfinished style's strings (ASan's leak check fails this
 * test when it does again). Both styles are dropped or kept; the document
 * reads. */
Test(docx_hostile, a_style_inside_an_unfinished_style)
{
	static const char styles[] =
	    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" W_NS "\">"
	    "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"Normal\"/>"
	    "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style>"
	    "</w:style></w:styles>";
	size_t len;
	unsigned char *bytes = docx_build_body(
	    "<w:p><w:pPr><w:pStyle "
	    "w:val=\"B\"/></w:pPr><w:r><w:t>全年实现营业收入900亿元。</w:t></w:r></w:p>",
	    styles, NULL, NULL, &len);
	docx_doc d;
	parse_error err;
	cr_assert_eq(docx_read(bytes, len, &d, &err), PARSE_OK, "%s", err.message);
	cr_expect_str_eq(d.text, "全年实现营业收入900亿元。");
	docx_doc_free(&d);
	free(bytes);
}

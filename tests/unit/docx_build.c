/* Building .docx files in memory for the tests (see docx_build.h). */
#include "docx_build.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

unsigned char *docx_build(const docx_part *parts, size_t n, size_t *len)
{
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &zerr);
	cr_assert_not_null(mem);
	zip_t *za = zip_open_from_source(mem, ZIP_TRUNCATE, &zerr);
	cr_assert_not_null(za, "zip_open_from_source: %s", zip_error_strerror(&zerr));
	zip_source_keep(mem); /* keep the memory after zip_close writes it */
	for (size_t i = 0; i < n; i++) {
		size_t l = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *s = zip_source_buffer(za, parts[i].data, l, 0);
		cr_assert_not_null(s);
		zip_int64_t idx = zip_file_add(za, parts[i].name, s, ZIP_FL_OVERWRITE);
		cr_assert_geq(idx, 0, "zip_file_add %s: %s", parts[i].name, zip_strerror(za));
		/* fixed times: the same parts make the same bytes */
		zip_file_set_mtime(za, (zip_uint64_t)idx, 315532800, 0);
	}
	cr_assert_eq(zip_close(za), 0, "zip_close");
	zip_stat_t st;
	cr_assert_eq(zip_source_stat(mem, &st), 0);
	cr_assert_eq(zip_source_open(mem), 0);
	unsigned char *out = xmalloc(st.size ? st.size : 1);
	cr_assert_eq(zip_source_read(mem, out, st.size), (zip_int64_t)st.size);
	zip_source_close(mem);
	zip_source_free(mem);
	zip_error_fini(&zerr);
	*len = st.size;
	return out;
}

char *docx_document_xml(const char *body)
{
	sb b = SB_INIT;
	sb_printf(&b,
	          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	          "<w:document xmlns:w=\"" W_NS "\" "
	          "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
	          "<w:body>%s<w:sectPr/></w:body></w:document>",
	          body);
	return sb_take(&b);
}

unsigned char *docx_build_body(const char *body, const char *styles, const char *numbering,
                               const char *core, size_t *len)
{
	char *doc = docx_document_xml(body);
	docx_part parts[4] = {{"word/document.xml", doc, 0}};
	size_t n = 1;
	if (styles)
		parts[n++] = (docx_part){"word/styles.xml", styles, 0};
	if (numbering)
		parts[n++] = (docx_part){"word/numbering.xml", numbering, 0};
	if (core)
		parts[n++] = (docx_part){"docProps/core.xml", core, 0};
	unsigned char *out = docx_build(parts, n, len);
	free(doc);
	return out;
}

unsigned char *docx_from_lines(const char *text, size_t n, size_t *len)
{
	sb body = SB_INIT;
	const char *end = text + n;
	for (const char *p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		sb_puts(&body, "<w:p><w:r><w:t xml:space=\"preserve\">");
		for (const char *q = p; q < e; q++) {
			if (*q == '&')
				sb_puts(&body, "&amp;");
			else if (*q == '<')
				sb_puts(&body, "&lt;");
			else if (*q == '>')
				sb_puts(&body, "&gt;");
			else if (*q != '\r')
				sb_putc(&body, *q);
		}
		sb_puts(&body, "</w:t></w:r></w:p>");
		p = nl ? nl + 1 : end;
	}
	unsigned char *out = docx_build_body(sb_str(&body), NULL, NULL, NULL, len);
	sb_free(&body);
	return out;
}

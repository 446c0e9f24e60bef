/* Small PDFs for the tests (pdf_build.h). */
#include "pdf_build.h"

#include <stdlib.h>
#include <string.h>

void pdf_build(sb *out, const char *const *objs, size_t n)
{
	size_t base = out->len;
	size_t *off = calloc(n ? n : 1, sizeof *off);
	sb_puts(out, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
	for (size_t i = 0; i < n; i++) {
		off[i] = out->len - base;
		sb_printf(out, "%zu 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	size_t xref = out->len - base;
	sb_printf(out, "xref\n0 %zu\n0000000000 65535 f \n", n + 1);
	for (size_t i = 0; i < n; i++)
		sb_printf(out, "%010zu 00000 n \n", off[i]);
	sb_printf(out, "trailer\n<</Size %zu /Root 1 0 R>>\nstartxref\n%zu\n%%%%EOF\n", n + 1,
	          xref);
	free(off);
}

void pdf_build_page(sb *out, const char *content, const char *resources, const char *const *extra,
                    size_t n_extra)
{
	sb page = SB_INIT, stream = SB_INIT;
	sb_printf(&page,
	          "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
	          "/Resources %s>>",
	          resources);
	sb_printf(&stream, "<</Length %zu>>\nstream\n%s\nendstream", strlen(content), content);
	const char **objs = calloc(4 + n_extra, sizeof *objs);
	objs[0] = "<</Type /Catalog /Pages 2 0 R>>";
	objs[1] = "<</Type /Pages /Kids [3 0 R] /Count 1>>";
	objs[2] = sb_str(&page);
	objs[3] = sb_str(&stream);
	for (size_t i = 0; i < n_extra; i++)
		objs[4 + i] = extra[i];
	pdf_build(out, objs, 4 + n_extra);
	free(objs);
	sb_free(&page);
	sb_free(&stream);
}

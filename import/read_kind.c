/* Recognising a file's kind from its leading bytes (see read_kind.h). */
#include "read_kind.h"

#include <string.h>

static int starts(const unsigned char *b, size_t n, const char *magic, size_t k)
{
	return n >= k && memcmp(b, magic, k) == 0;
}

/* An OLE2 directory names its streams in UTF-16LE; a Word 97-2003 document
 * (and a WPS 文字 file, which uses the same format) has "WordDocument".
 * Looking for the name anywhere is enough to choose the message: nothing is
 * read from the file either way. */
static int has_utf16_name(const unsigned char *b, size_t n, const char *name)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + 2 * k <= n; i++) {
		size_t j = 0;
		while (j < k && b[i + 2 * j] == (unsigned char)name[j] && b[i + 2 * j + 1] == 0)
			j++;
		if (j == k)
			return 1;
	}
	return 0;
}

enum input_kind input_kind_detect(const unsigned char *bytes, size_t len)
{
	if (starts(bytes, len, "PK\3\4", 4) || starts(bytes, len, "PK\5\6", 4))
		return INPUT_ZIP;
	if (starts(bytes, len, "%PDF-", 5))
		return INPUT_PDF;
	if (starts(bytes, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return has_utf16_name(bytes, len, "WordDocument") ? INPUT_OLE2_DOC : INPUT_OLE2;
	if (starts(bytes, len, "{\\rtf", 5))
		return INPUT_RTF;
	return INPUT_TEXT;
}

const char *input_kind_refusal(enum input_kind kind)
{
	switch (kind) {
	case INPUT_OLE2_DOC:
		return "an old Word .doc (or WPS .wps) file: save it as .docx, or export it as "
		       "text";
	case INPUT_OLE2:
		return "an old Office compound file (.xls, .ppt or similar), not a Word document: "
		       "save the report as .docx or text";
	case INPUT_RTF:
		return "an RTF file: RTF is not read; save it as .docx, or export it as text";
	case INPUT_TEXT:
	case INPUT_ZIP:
	case INPUT_PDF: /* read by read_pdf.h */
		break;
	}
	return NULL;
}

const char *zip_kind_refusal(int (*has)(const char *name, void *ctx), void *ctx)
{
	if (has("OFD.xml", ctx))
		return "an OFD file: OFD is not read; export it as text or save it as .docx";
	if (has("content.xml", ctx) && has("mimetype", ctx))
		return "an OpenDocument file (.odt): save it as .docx, or export it as text";
	if (has("xl/workbook.xml", ctx))
		return "an Excel workbook (.xlsx), not a Word document: save the report as .docx "
		       "or text";
	if (has("ppt/presentation.xml", ctx))
		return "a PowerPoint presentation (.pptx), not a Word document: save the report "
		       "as .docx or text";
	return "a ZIP archive that is not a Word document (it has no word/document.xml): "
	       "unpack it and import the report inside";
}

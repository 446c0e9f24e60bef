/* What kind of file a report's bytes are, decided from the bytes alone
 * (never from the file name): plain text, a ZIP (which read_docx.h opens and
 * accepts when it is a Word document), a PDF (read_pdf.h), or a kind that is
 * not read and is refused with a message saying what it is and what to do. */
#ifndef IMPORT_READ_KIND_H
#define IMPORT_READ_KIND_H

#include <stddef.h>

enum input_kind {
	INPUT_TEXT = 0, /* anything without a known signature: decode_text decides */
	INPUT_ZIP,      /* PK\3\4 or an empty archive's PK\5\6 */
	INPUT_PDF,      /* %PDF- */
	INPUT_OLE2_DOC, /* OLE2 compound file with a WordDocument stream: .doc, .wps */
	INPUT_OLE2,     /* any other OLE2 compound file: .xls, .ppt, .et, .dps */
	INPUT_RTF,      /* {\rtf */
};

/* The kind of bytes[0..len). */
enum input_kind input_kind_detect(const unsigned char *bytes, size_t len);

/* For a kind that is refused: "an RTF file: RTF is not read; ..."; NULL
 * for INPUT_TEXT, INPUT_ZIP and INPUT_PDF, which are read. Static string. */
const char *input_kind_refusal(enum input_kind kind);

/* For a ZIP that is not a Word document, judged from whether it has the
 * entries `has(name, ctx)` says it has: what it is and what to do. Static
 * string. */
const char *zip_kind_refusal(int (*has)(const char *name, void *ctx), void *ctx);

#endif

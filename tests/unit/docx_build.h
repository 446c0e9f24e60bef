/* Word files made by the tests themselves, reproducibly: a ZIP (written with
 * libzip into memory) of the parts given as strings. */
#ifndef TESTS_UNIT_DOCX_BUILD_H
#define TESTS_UNIT_DOCX_BUILD_H

#include <stddef.h>

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef struct docx_part {
	const char *name; /* "word/document.xml" */
	const char *data; /* the bytes */
	size_t len;       /* 0 = strlen(data) */
} docx_part;

/* A ZIP of parts[0..n) (deflated). Returns its bytes (caller frees) and
 * their count in *len; fails the current test when libzip does. */
unsigned char *docx_build(const docx_part *parts, size_t n, size_t *len);

/* word/document.xml around `body` (the content of w:body); caller frees. */
char *docx_document_xml(const char *body);

/* A .docx of `body` plus, when not NULL, styles.xml, numbering.xml and
 * docProps/core.xml. Caller frees. */
unsigned char *docx_build_body(const char *body, const char *styles, const char *numbering,
                               const char *core, size_t *len);

/* A .docx with one paragraph per line of text[0..n) (w:t escaped). */
unsigned char *docx_from_lines(const char *text, size_t n, size_t *len);

#endif

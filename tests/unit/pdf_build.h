/* Small PDFs built by the tests: objects given as text, numbered from 1
 * in order, with a correct cross-reference table, trailer (/Root 1 0 R) and
 * %%EOF. */
#ifndef TESTS_PDF_BUILD_H
#define TESTS_PDF_BUILD_H

#include "sb.h"

#include <stddef.h>

/* Writes a PDF of the n objects objs[0..n) into *out (appended). */
void pdf_build(sb *out, const char *const *objs, size_t n);

/* A one-page PDF whose page has the content stream `content` and the
 * resources dictionary `resources` (e.g. "<</Font <</F1 5 0 R>>>>"), with
 * `extra` objects numbered from 5 on. */
void pdf_build_page(sb *out, const char *content, const char *resources, const char *const *extra,
                    size_t n_extra);

#endif

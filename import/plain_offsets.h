/* Where each figure's number stands in the input read as plain text.
 *
 * A figure's span_start/span_end are offsets into report.text, the parser's
 * own normalised document. A reader who holds only the input file wants the
 * figure's place in that file's text; the evaluation tool the team and its
 * reviewers score with (score-metrics, ../shared/tools) reads it in one
 * stated form — the "plain text": every line trimmed, empty lines dropped,
 * the rest joined with no separator, spaces that touch a CJK character and
 * spaces between a digit and % dropped — and counts in UTF-16 code units,
 * as JavaScript indexes strings. With that offset the tool pairs a figure
 * only with the gold figure whose quote holds it, instead of with the first
 * equal value anywhere in the document. */
#ifndef IMPORT_PLAIN_OFFSETS_H
#define IMPORT_PLAIN_OFFSETS_H

#include "report.h"

#include <stddef.h>

/* Sets every metric's plain_start: the UTF-16 offset of its number in the
 * plain text of text (the decoded input, NUL-terminated UTF-8), found by locating
 * its quote there in document order, or -1 where the quote is not found
 * (text NULL — a Word or PDF input, whose file is no plain text — or text
 * the parser rewrote). Linear in the input: at most PLAIN_MAX_COMPARE
 * character comparisons per plain character in all, after which the rest
 * stay -1. */
#define PLAIN_MAX_COMPARE 64
void plain_offsets_set(report *r, const char *text);

#endif

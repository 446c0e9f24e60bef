/* Whole-document parsing: bytes of a report file in, a report out.
 * No database, no I/O: the same function serves the import, --dry-run,
 * the unit tests and the benchmark. */
#ifndef IMPORT_PARSE_H
#define IMPORT_PARSE_H

#include "report.h"

#include <stddef.h>

/* Largest input accepted (16 MiB); documented in README. A real work report
 * is well under 1 MB; the limit keeps a mistaken input from exhausting memory
 * and is checked before any other work, so an oversized file is refused at
 * once. Parsing runs in linear time. */
#define PARSE_MAX_BYTES (16u * 1024u * 1024u)

/* Most lines an input may have (newlines + 1), checked right after decoding.
 * Every line costs a few hundred bytes of bookkeeping whatever its length (its
 * normalised copy, its paragraph, its outline offsets), so a file of
 * two-byte lines would multiply its size by a hundred; a real report of
 * PARSE_MAX_BYTES, PDF text wrapped every 40 characters, has about 140,000. */
#define PARSE_MAX_LINES 400000u

/* What the limits buy (tests/unit/test_parse_limits.c checks it on hostile
 * inputs): parsing any input of at most PARSE_MAX_BYTES holds at most
 * PARSE_MEMORY_PER_BYTE bytes of heap per input byte (the text in its forms:
 * decoded, lines, paragraphs, joined, code points, section bodies) plus
 * PARSE_MEMORY_FIXED (the bookkeeping of at most PARSE_MAX_LINES lines,
 * about 80 MB, and of at most EXTRACT_MAX_METRICS figures, about 100 MB) at
 * any moment: at most 512 MiB, measured at 231 MB for the worst input
 * found (15 MB of short lines of figures). It takes about a second (release build). */
#define PARSE_MEMORY_PER_BYTE 16u
#define PARSE_MEMORY_FIXED    (256u * 1024u * 1024u)

typedef struct parse_options {
	const char *organization; /* override; NULL = from the title */
	int year;                 /* override; 0 = from the title */
	const char *kind;         /* override; NULL = from the title */
} parse_options;

enum parse_status {
	PARSE_OK = 0,
	PARSE_EMPTY,            /* no text at all */
	PARSE_TOO_LARGE,        /* over PARSE_MAX_BYTES or PARSE_MAX_LINES */
	PARSE_BAD_ENCODING,     /* undecodable bytes; error.offset is the byte offset */
	PARSE_NO_METADATA,      /* no title with organisation and year, and no overrides */
	PARSE_TOO_MANY_FIGURES, /* more than EXTRACT_MAX_METRICS figures */
	PARSE_UNSUPPORTED,      /* not read: .doc, other ZIPs, encrypted or image-only PDF */
	PARSE_BAD_FILE,         /* a damaged, truncated or hostile .docx or PDF, or over a limit */
};

typedef struct parse_error {
	enum parse_status status;
	long long offset;  /* byte offset into the input, -1 when not about a position */
	char message[256]; /* for people: what is wrong, without the file name */
} parse_error;

/* Fills *err with status `st`, no position (offset -1) and the message
 * (printf format); returns `st`, so that a caller can `return parse_fail(...)`
 * or `st = parse_fail(...); goto out;`. */
enum parse_status parse_fail(parse_error *err, enum parse_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Parses a report. On PARSE_OK fills *out (caller frees with report_free);
 * otherwise fills *err and leaves *out zeroed. opts may be NULL. Without a
 * title, report.title is "" and, unless opts->kind is given, report.kind is
 * "工作报告"; organisation and year must come from the title or opts. */
enum parse_status report_parse(const unsigned char *bytes, size_t len, const parse_options *opts,
                               report *out, parse_error *err);

#endif

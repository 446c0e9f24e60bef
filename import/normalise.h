/* Normalising decoded report text: lines first, then paragraphs.
 *
 * Line stage: split on '\n', trim (ASCII whitespace, U+3000, NBSP), drop
 * blank lines and page-number lines (`- 3 -`, `第3页`, a bare number of up
 * to three digits), make full-width digits/letters/figure signs ASCII, and drop
 * spaces that are PDF layout (touching CJK text or full-width punctuation,
 * between a digit and '%'). Spaces between two Latin/digit tokens stay.
 *
 * Paragraph stage: join PDF hard wraps back into paragraphs. A line starts a
 * new paragraph when it is a numbered heading, when the previous line is a
 * heading on its own, or when the previous line ends a sentence and is
 * noticeably shorter than the document's typical full line (estimated from
 * the distribution of line widths). Documents with one paragraph per line
 * (Word exports) are recognised and kept line by line. Linear time. */
#ifndef IMPORT_NORMALISE_H
#define IMPORT_NORMALISE_H

#include <stddef.h>

typedef struct norm_line {
	char *text; /* normalised, NUL-terminated, never empty; owned */
	size_t len; /* bytes */
	int width;  /* display width of the trimmed input line (CJK = 2 columns) */
	size_t src; /* which input line it is (0-based, blank lines counted) */
} norm_line;

typedef struct norm_lines {
	norm_line *v;
	size_t n;
} norm_lines;

/* Splits and normalises text[0..len) (UTF-8, '\n' line ends) into *out;
 * release with norm_lines_free. */
void norm_split_lines(const char *text, size_t len, norm_lines *out);
void norm_lines_free(norm_lines *lines);

/* Normalises the characters of one line (no trimming or splitting): the
 * same rules as the line stage. Returns a new string the caller frees. */
char *norm_line_text(const char *s, size_t len);

typedef struct norm_paras {
	char **v;    /* each paragraph, NUL-terminated, owned */
	size_t *len; /* their byte lengths */
	size_t *src; /* the input line each one starts on (norm_line.src) */
	size_t n;
} norm_paras;

/* Joins lines[first..] into paragraphs in *out; release with
 * norm_paras_free. `word_layout` receives 1 when the document was taken as
 * one paragraph per line (may be NULL). */
void norm_paragraphs(const norm_lines *lines, size_t first, norm_paras *out, int *word_layout);
void norm_paras_free(norm_paras *paras);

#endif

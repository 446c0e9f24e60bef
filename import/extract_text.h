/* The extractor's view of report.text: code points with their byte offsets,
 * and literal matching at a position (forwards and backwards). */
#ifndef IMPORT_EXTRACT_TEXT_H
#define IMPORT_EXTRACT_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <uchar.h>

/* Delimiter classes of a code point in its place (xt_text.cls). */
enum {
	XT_CLAUSE = 1,   /* ends a clause (xt_clause_delim_at) */
	XT_SENTENCE = 2, /* ends a sentence for binding (xt_sentence_delim_at) */
	XT_PERIOD = 4,   /* ends a full sentence (xt_period_at) */
};

/* Five bytes per code point: the extractor's memory grows with the text, and
 * the parse size limit bounds it (parse.h). */
typedef struct xt_text {
	uint32_t *cp; /* n code points (and a 0 after them); invalid bytes decode as U+FFFD */
	uint8_t *cls; /* n + 1 delimiter classes, XT_* bits */
	size_t n;
	const char *src; /* not owned */
} xt_text;

/* Decodes utf8 (NUL-terminated). The text owns cp/cls; xt_free releases them. */
void xt_init(xt_text *t, const char *utf8);
void xt_free(xt_text *t);

/* Code point at pos, or 0 outside the text. */
uint32_t xt_get(const xt_text *t, size_t pos);

/* Length in code points of `lit` (UTF-8) when it occurs at pos, else 0. */
size_t xt_at(const xt_text *t, size_t pos, const char *lit);
/* Length of `lit` when it ends exactly at `end` and starts at or after
 * `floor`, else 0. */
size_t xt_before(const xt_text *t, size_t end, size_t floor, const char *lit);
/* Longest of the NULL-terminated `lits` at pos / ending at end; 0 if none.
 * *which (may be NULL) receives the literal that matched. */
size_t xt_at_any(const xt_text *t, size_t pos, const char *const *lits, const char **which);
size_t xt_before_any(const xt_text *t, size_t end, size_t floor, const char *const *lits,
                     const char **which);
/* The same for UTF-32 words (U"同比"): hot word lists are written this way
 * so that matching needs no decoding. */
size_t xt_at32(const xt_text *t, size_t pos, const char32_t *w);
size_t xt_at_any32(const xt_text *t, size_t pos, const char32_t *const *ws);
size_t xt_before_any32(const xt_text *t, size_t end, size_t floor, const char32_t *const *ws);
/* 1 when a word of ws starts at some position in [from, to). */
int xt_in_any32(const xt_text *t, size_t from, size_t to, const char32_t *const *ws);
/* 1 when a year of four digits and 年 (2020年) starts at i, no digit before
 * it. */
int xt_year_at(const xt_text *t, size_t i);
/* 1 when a word of ws starts at pos + k, k at most `max`, with ideographs
 * only from pos to it, before `end` (20万各民族家庭: 家庭 after 各民族). */
int xt_word_in_han_run(const xt_text *t, size_t pos, size_t end, size_t max,
                       const char32_t *const *ws);
/* Length of a UTF-32 word. */
size_t xt_len32(const char32_t *w);

/* First position in [from, to) where lit occurs, or (size_t)-1. */
size_t xt_find(const xt_text *t, size_t from, size_t to, const char *lit);

/* The UTF-8 text of code points [a, b). Caller frees. */
char *xt_dup(const xt_text *t, size_t a, size_t b);

/* Number of code points in a UTF-8 literal. */
size_t xt_lit_len(const char *lit);
/* Decodes one code point of a UTF-8 literal and advances *s. */
uint32_t xt_lit_next(const char **s);
/* 1 when c is one of the characters of the UTF-8 literal `set` (a set of
 * single characters, "村区县市镇乡省"), else 0. */
int xt_lit_has(const char *set, uint32_t c);

int xt_is_digit(uint32_t c);
int xt_is_ascii_alpha(uint32_t c);
/* CJK ideograph (not punctuation). */
int xt_is_han(uint32_t c);
/* Ends a clause: ， 、 ； 。 ： ！ ？ and their ASCII forms, newline. */
int xt_is_clause_delim(uint32_t c);
/* Ends a sentence for binding growth to a figure: 。 ； ！ ？ ; ! ? newline. */
int xt_is_sentence_delim(uint32_t c);
/* Ends a full sentence: 。 ！ ？ ! ? newline (not ；). */
int xt_is_period(uint32_t c);
/* Opening and closing quotes and title marks: “ 《 「 『 ‘ and ” 》 」 』 ’. */
int xt_is_open_quote(uint32_t c);
int xt_is_close_quote(uint32_t c);
/* Dashes between the bounds of a range: - － ~ ～ — ― – 至 到. */
int xt_is_range_dash(uint32_t c);
/* The end of the number at pos, not past `to`: digits, thousands commas
 * before groups of exactly three digits (1,234 and 12,345,678: a comma
 * after one to three digits, or a full group of three), a decimal part;
 * pos itself when no digit is there. */
size_t xt_number_end(const xt_text *t, size_t pos, size_t to);
/* The same at a position of the text, where an ASCII '.' also ends a sentence
 * unless it is a decimal point (between two digits). */
int xt_clause_delim_at(const xt_text *t, size_t i);
int xt_sentence_delim_at(const xt_text *t, size_t i);
int xt_period_at(const xt_text *t, size_t i);

#endif

/* Exact decimal arithmetic on text: figures are scaled to base units without
 * ever passing through floating point ("182.9" x 10^8 -> "18290000000"). */
#ifndef IMPORT_DECIMAL_H
#define IMPORT_DECIMAL_H

/* 1 when `s` is a plain decimal: optional '-', digits, optional '.' and digits. */
int decimal_valid(const char *s);

/* `s` multiplied by 10^exp10 (exp10 >= 0), in canonical form: no leading
 * zeros, no trailing fraction zeros, no lone '.', "-0" becomes "0".
 * Returns a new string the caller frees, or NULL when `s` is not valid. */
char *decimal_scale(const char *s, int exp10);

/* `s` with its sign flipped ("2.3" -> "-2.3", "-1" -> "1", "0" -> "0").
 * Returns a new string the caller frees, or NULL when `s` is not valid. */
char *decimal_negate(const char *s);

#endif

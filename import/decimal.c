/* Exact decimal scaling as text. */
#include "decimal.h"

#include "sb.h"

#include <stdlib.h>
#include <string.h>

int decimal_valid(const char *s)
{
	if (!s)
		return 0;
	if (*s == '-')
		s++;
	size_t int_digits = 0, frac_digits = 0;
	while (*s >= '0' && *s <= '9') {
		s++;
		int_digits++;
	}
	if (*s == '.') {
		s++;
		while (*s >= '0' && *s <= '9') {
			s++;
			frac_digits++;
		}
		if (frac_digits == 0)
			return 0;
	}
	return *s == '\0' && int_digits > 0;
}

char *decimal_scale(const char *s, int exp10)
{
	if (!decimal_valid(s) || exp10 < 0)
		return NULL;
	int negative = *s == '-';
	if (negative)
		s++;
	/* All digits in one run, with the point moved right by exp10. */
	const char *dot = strchr(s, '.');
	size_t int_len = dot ? (size_t)(dot - s) : strlen(s);
	const char *frac = dot ? dot + 1 : "";
	size_t frac_len = strlen(frac);
	size_t total = int_len + frac_len + (size_t)exp10;
	char *digits = xmalloc(total + 1);
	memcpy(digits, s, int_len);
	memcpy(digits + int_len, frac, frac_len);
	memset(digits + int_len + frac_len, '0', (size_t)exp10);
	digits[total] = '\0';
	size_t point = int_len + (size_t)exp10; /* digits before the point */

	size_t lead = 0;
	while (lead + 1 < point && digits[lead] == '0')
		lead++;
	size_t end = total;
	while (end > point && digits[end - 1] == '0')
		end--;

	sb out = SB_INIT;
	int zero = 1;
	for (size_t i = lead; i < end; i++)
		if (digits[i] != '0')
			zero = 0;
	if (negative && !zero)
		sb_putc(&out, '-');
	sb_append(&out, digits + lead, point - lead);
	if (end > point) {
		sb_putc(&out, '.');
		sb_append(&out, digits + point, end - point);
	}
	free(digits);
	return sb_take(&out);
}

char *decimal_negate(const char *s)
{
	if (!decimal_valid(s))
		return NULL;
	char *canon = decimal_scale(s, 0);
	if (strcmp(canon, "0") == 0)
		return canon;
	char *out;
	if (canon[0] == '-') {
		out = xstrdup(canon + 1);
	} else {
		out = xmalloc(strlen(canon) + 2);
		out[0] = '-';
		strcpy(out + 1, canon);
	}
	free(canon);
	return out;
}

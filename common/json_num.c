#include "json_num.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

json_t *json_decimal(const char *text)
{
	if (!text)
		return json_null();
	const char *p = text;
	if (*p == '-' || *p == '+')
		p++;
	size_t int_digits = 0, frac_digits = 0, frac_nonzero_end = 0;
	int significant = 0, seen_nonzero = 0;
	const char *q = p;
	for (; isdigit((unsigned char)*q); q++, int_digits++)
		if (*q != '0' || seen_nonzero) {
			seen_nonzero = 1;
			significant++;
		}
	if (*q == '.') {
		q++;
		for (; isdigit((unsigned char)*q); q++) {
			frac_digits++;
			if (*q != '0')
				frac_nonzero_end = frac_digits;
		}
	}
	if (*q != '\0' || int_digits + frac_digits == 0)
		return NULL;
	/* Significant digits after trailing fractional zeros are dropped. */
	significant += (int)frac_nonzero_end;
	if (!seen_nonzero) {
		/* 0.00123: leading fractional zeros are not significant */
		const char *f = strchr(p, '.');
		size_t lead = 0;
		if (f)
			for (f++; *f == '0'; f++)
				lead++;
		significant = frac_nonzero_end ? (int)(frac_nonzero_end - lead) : 1;
	}
	if (significant > 15)
		return NULL;
	if (frac_nonzero_end == 0) {
		/* An integer, perhaps written "303000000.00": print without ".0". */
		errno = 0;
		long long v = strtoll(text, NULL, 10);
		if (errno == 0)
			return json_integer(v);
	}
	return json_real(strtod(text, NULL));
}

/* Chinese numeral parsing for rankings. */
#include "cn_numeral.h"

static int digit_value(uint32_t c)
{
	switch (c) {
	case 0x3007: /* 〇 */
	case 0x96F6: /* 零 */
		return 0;
	case 0x4E00: /* 一 */
		return 1;
	case 0x4E8C: /* 二 */
	case 0x4E24: /* 两 */
		return 2;
	case 0x4E09: /* 三 */
		return 3;
	case 0x56DB: /* 四 */
		return 4;
	case 0x4E94: /* 五 */
		return 5;
	case 0x516D: /* 六 */
		return 6;
	case 0x4E03: /* 七 */
		return 7;
	case 0x516B: /* 八 */
		return 8;
	case 0x4E5D: /* 九 */
		return 9;
	default:
		return -1;
	}
}

static long unit_value(uint32_t c)
{
	switch (c) {
	case 0x5341: /* 十 */
		return 10;
	case 0x767E: /* 百 */
		return 100;
	case 0x5343: /* 千 */
		return 1000;
	default:
		return 0;
	}
}

int cn_numeral_char(uint32_t c)
{
	return digit_value(c) >= 0 || unit_value(c) > 0;
}

size_t cn_numeral_parse(const xt_text *t, size_t pos, long *value)
{
	long total = 0, pending = -1; /* pending: a digit waiting for its unit */
	size_t i = pos;
	while (i < t->n) {
		uint32_t c = t->cp[i];
		int d = digit_value(c);
		long u = unit_value(c);
		if (d >= 0) {
			if (pending > 0)
				break; /* two digits in a row: not a numeral we read */
			pending = d;
		} else if (u > 0) {
			/* 十 alone means 10: 十二 = 12, 二十 = 20. */
			if (pending == 0)
				break; /* 零十 is not a numeral */
			total += (pending > 0 ? pending : 1) * u;
			pending = -1;
		} else {
			break;
		}
		i++;
	}
	if (i == pos)
		return 0;
	if (pending > 0)
		total += pending;
	*value = total;
	return i - pos;
}

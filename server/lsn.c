#include "lsn.h"

#include <stdio.h>

/* One half: 1–8 hex digits, up to `stop` (or the end when stop is 0). */
static int parse_half(const char **p, char stop, uint32_t *out)
{
	uint32_t v = 0;
	int digits = 0;
	for (; **p && **p != stop; (*p)++) {
		char ch = **p;
		int d;
		if (ch >= '0' && ch <= '9')
			d = ch - '0';
		else if (ch >= 'a' && ch <= 'f')
			d = ch - 'a' + 10;
		else if (ch >= 'A' && ch <= 'F')
			d = ch - 'A' + 10;
		else
			return -1;
		if (++digits > 8)
			return -1;
		v = v << 4 | (uint32_t)d;
	}
	if (!digits)
		return -1;
	*out = v;
	return 0;
}

int lsn_parse(const char *text, uint64_t *out)
{
	if (!text)
		return -1;
	const char *p = text;
	uint32_t hi, lo;
	if (parse_half(&p, '/', &hi) < 0 || *p != '/')
		return -1;
	p++;
	if (parse_half(&p, 0, &lo) < 0 || *p)
		return -1;
	*out = (uint64_t)hi << 32 | lo;
	return 0;
}

void lsn_format(uint64_t lsn, char buf[LSN_TEXT_SIZE])
{
	snprintf(buf, LSN_TEXT_SIZE, "%X/%X", (unsigned)(lsn >> 32), (unsigned)(lsn & 0xffffffffu));
}

int lsn_snapshot_cacheable(int on_replica, uint64_t replay, uint64_t notified)
{
	return !on_replica || replay >= notified;
}

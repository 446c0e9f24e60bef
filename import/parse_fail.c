/* parse_fail (parse.h): the one way the parser's stages state an error that
 * has no byte position. */
#include "parse.h"

#include <stdarg.h>
#include <stdio.h>

enum parse_status parse_fail(parse_error *err, enum parse_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err->status = st;
	err->offset = -1;
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return st;
}

/* A growable byte buffer that always keeps a terminating NUL.
 * The struct owns its data; sb_free releases it, sb_take hands it to the caller. */
#ifndef COMMON_SB_H
#define COMMON_SB_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sb {
	char *data; /* NUL-terminated, NULL until the first append */
	size_t len;
	size_t cap;
} sb;

#define SB_INIT                                                                                    \
	{                                                                                          \
		NULL, 0, 0                                                                         \
	}

/* All appenders abort the process on out-of-memory: there is no sensible way
 * for a report parser or a request handler to go on without memory. */
void sb_append(sb *b, const char *s, size_t n);
void sb_puts(sb *b, const char *s);
void sb_putc(sb *b, char c);
void sb_printf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(sb *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Appends one Unicode code point as UTF-8. */
void sb_put_utf8(sb *b, unsigned cp);
void sb_truncate(sb *b, size_t len);
/* Returns the contents (never NULL; "" when empty), which the caller frees;
 * the buffer is left empty. */
char *sb_take(sb *b);
void sb_free(sb *b);
/* Contents as a C string, valid until the next change; "" when empty. */
const char *sb_str(const sb *b);

/* Out-of-memory safe wrappers, same contract as sb_*: abort on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Makes room for one more element in the array p of *cap elements of size
 * elem, of which n are used: returns p itself while n < *cap, else p grown
 * to twice its capacity (first) and *cap updated. The caller owns the
 * result as it owned p; abort on overflow or failure. */
void *xgrow(void *p, size_t *cap, size_t n, size_t elem, size_t first);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif

/* The parser's limits (parse.h, extract.h) on hostile generated inputs: too
 * many figures or lines are refused with a clear error, and no input costs
 * more heap than PARSE_MEMORY_PER_BYTE per byte plus PARSE_MEMORY_FIXED.
 *
 * Peak heap is measured exactly, not guessed from the RSS: under
 * AddressSanitizer (the build `make test` runs) the allocator's malloc and
 * free hooks count the bytes live at every moment, and the test keeps the
 * highest count seen while report_parse runs. RSS would hold ASan's shadow
 * and quarantine, and `ulimit -v` cannot work under ASan, which reserves
 * terabytes of address space; a limit on the release binary would only say
 * "did not crash" where this says how much. Without ASan the memory tests
 * are skipped (the refusal tests still run). Each input is a few MB: enough
 * to pass every limit (figures at about 1.7 MB, lines at 400,000), small
 * enough to parse in seconds under ASan. */
#include "extract.h"
#include "parse.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define HAVE_HEAP_HOOKS 1
/* From the sanitizer runtime's <sanitizer/allocator_interface.h> (a stable C
 * interface; gcc on Debian ships the runtime without that header). */
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *, size_t),
                                              void (*free_hook)(const volatile void *));
size_t __sanitizer_get_allocated_size(const volatile void *p);

static atomic_llong live_bytes, peak_bytes;
static atomic_int counting;

static void on_malloc(const volatile void *ptr, size_t size)
{
	(void)ptr;
	if (!atomic_load(&counting))
		return;
	long long now = atomic_fetch_add(&live_bytes, (long long)size) + (long long)size;
	long long peak = atomic_load(&peak_bytes);
	while (now > peak && !atomic_compare_exchange_weak(&peak_bytes, &peak, now))
		;
}

static void on_free(const volatile void *ptr)
{
	if (!atomic_load(&counting) || !ptr)
		return;
	/* Blocks allocated before counting began are freed too: live_bytes may
	 * dip below zero, which only lowers the peak measured after it. */
	atomic_fetch_sub(&live_bytes, (long long)__sanitizer_get_allocated_size(ptr));
}
#else
#define HAVE_HEAP_HOOKS 0
#endif

/* Title + `unit` repeated up to `bytes` (whole units) + '\n'. Caller frees. */
static sb repeat(const char *unit, size_t bytes)
{
	sb b = SB_INIT;
	sb_puts(&b, "测试开发区2023年工作总结\n");
	size_t ul = strlen(unit);
	while (b.len + ul + 1 <= bytes)
		sb_append(&b, unit, ul);
	sb_putc(&b, '\n');
	return b;
}

/* Parses b; returns the status and fills *peak with the most heap bytes live
 * at once during the parse (0 without hooks). The report is freed. */
static enum parse_status parse_measured(const sb *b, long long *peak, parse_error *err)
{
	report r;
#if HAVE_HEAP_HOOKS
	static int installed;
	if (!installed) {
		__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free);
		installed = 1;
	}
	atomic_store(&live_bytes, 0);
	atomic_store(&peak_bytes, 0);
	atomic_store(&counting, 1);
#endif
	enum parse_status st = report_parse((const unsigned char *)b->data, b->len, NULL, &r, err);
#if HAVE_HEAP_HOOKS
	atomic_store(&counting, 0);
	*peak = atomic_load(&peak_bytes);
#else
	*peak = 0;
#endif
	report_free(&r);
	return st;
}

/* Parses b expecting `want`, and asserts a peak heap of at most
 * PARSE_MEMORY_PER_BYTE per input byte plus `fixed`. */
static void expect_bounded(const char *what, const sb *b, enum parse_status want, long long fixed)
{
	if (!HAVE_HEAP_HOOKS)
		cr_skip_test("needs AddressSanitizer's allocator hooks to measure the heap");
	long long peak;
	parse_error err;
	enum parse_status st = parse_measured(b, &peak, &err);
	cr_assert_eq(st, want, "%s: status %d (%s)", what, st, err.message);
	long long bound = (long long)PARSE_MEMORY_PER_BYTE * (long long)b->len + fixed;
	cr_log_info("%s: %zu bytes, peak heap %lld bytes (%.1f per input byte), bound %lld", what,
	            b->len, peak, (double)peak / (double)b->len, bound);
	cr_assert_leq(peak, bound, "%s: peak heap %lld bytes over the bound %lld", what, peak,
	              bound);
}

/* Issue 12 finding 4: 分别增长5%和 repeated under a title. Every 5% was a
 * figure with a quote of 400 code points (the text has no clause ends); now
 * quotes are cut to MAX_QUOTE and the figures stop at the limit. */
Test(parse_limits, respectively_flood_is_refused_within_the_memory_bound, .timeout = 120)
{
	sb b = repeat("分别增长5%和", 4u << 20);
	expect_bounded("分别增长5%和 × 4 MB", &b, PARSE_TOO_MANY_FIGURES, PARSE_MEMORY_FIXED);
	sb_free(&b);
}

Test(parse_limits, too_many_figures_is_a_clear_error, .timeout = 120)
{
	/* Exactly one figure more than the limit, each a growth of its own. */
	sb b = SB_INIT;
	sb_puts(&b, "测试开发区2023年工作总结\n");
	for (unsigned i = 0; i <= EXTRACT_MAX_METRICS; i++)
		sb_puts(&b, i % 20 == 19 ? "增长5%。\n" : "增长5%，");
	report r;
	parse_error err;
	cr_assert_eq(report_parse((const unsigned char *)b.data, b.len, NULL, &r, &err),
	             PARSE_TOO_MANY_FIGURES);
	cr_assert_str_eq(err.message, "more than 100000 figures: over the limit of figures per "
	                              "report");
	cr_assert_eq(err.offset, -1);
	cr_assert_eq(r.n_metrics, 0);
	cr_assert_null(r.metrics);
	sb_free(&b);
}

Test(parse_limits, a_report_at_the_figure_limit_parses, .timeout = 120)
{
	sb b = SB_INIT;
	sb_puts(&b, "测试开发区2023年工作总结\n");
	for (unsigned i = 0; i < EXTRACT_MAX_METRICS; i++)
		sb_puts(&b, i % 20 == 19 ? "增长5%。\n" : "增长5%，");
	report r;
	parse_error err;
	cr_assert_eq(report_parse((const unsigned char *)b.data, b.len, NULL, &r, &err), PARSE_OK,
	             "%s", err.message);
	cr_assert_eq(r.n_metrics, EXTRACT_MAX_METRICS);
	cr_assert_str_eq(r.metrics[0].yoy_pct, "5");
	report_free(&r);
	sb_free(&b);
}

Test(parse_limits, too_many_lines_is_refused_before_any_work)
{
	sb b = SB_INIT;
	sb_puts(&b, "测试开发区2023年工作总结\n"); /* one line more below: 400,001 */
	for (unsigned i = 1; i < PARSE_MAX_LINES; i++)
		sb_puts(&b, "5%\n");
	report r;
	parse_error err;
	cr_assert_eq(report_parse((const unsigned char *)b.data, b.len, NULL, &r, &err),
	             PARSE_TOO_LARGE);
	cr_assert_str_eq(err.message, "input has 400001 lines, over the limit of 400000 lines");
	sb_free(&b);
	report_free(&r);
}

/* One long line and no figures: the per-byte part alone must hold it (1 MiB
 * of slack for the report's fixed parts); many lines add their bookkeeping,
 * which the fixed part covers. */
Test(parse_limits, long_text_without_figures_stays_within_the_per_byte_bound, .timeout = 120)
{
	sb han = repeat("发展", 4u << 20);
	expect_bounded("发展 × 4 MB, one line", &han, PARSE_OK, 1 << 20);
	sb_free(&han);
	sb ascii = repeat("a", 4u << 20);
	expect_bounded("a × 4 MB, one line", &ascii, PARSE_OK, 1 << 20);
	sb_free(&ascii);
	sb lines = SB_INIT;
	sb_puts(&lines, "测试开发区2023年工作总结\n");
	for (unsigned i = 2; i < PARSE_MAX_LINES; i++)
		sb_puts(&lines, "发展。\n");
	expect_bounded("发展。 × 399,998 lines", &lines, PARSE_OK, PARSE_MEMORY_FIXED);
	sb_free(&lines);
}

/* Short figures on the most lines allowed: lines and figures at once. */
Test(parse_limits, figures_on_many_lines_stay_within_the_bound, .timeout = 120)
{
	sb b = SB_INIT;
	sb_puts(&b, "测试开发区2023年工作总结\n");
	for (unsigned i = 2; i < PARSE_MAX_LINES; i++)
		sb_puts(&b, "居第1名，增长5%，达到3亿元\n");
	expect_bounded("figures × 399,998 lines", &b, PARSE_TOO_MANY_FIGURES, PARSE_MEMORY_FIXED);
	sb_free(&b);
}

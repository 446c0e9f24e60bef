/* Exact decimal scaling as text. */
#include "decimal.h"

#include <criterion/criterion.h>
#include <stdlib.h>

static void scaled(const char *in, int exp10, const char *want)
{
	char *got = decimal_scale(in, exp10);
	cr_assert_not_null(got, "decimal_scale(%s, %d)", in, exp10);
	cr_assert_str_eq(got, want, "%s x 10^%d", in, exp10);
	free(got);
}

static void negated(const char *in, const char *want)
{
	char *got = decimal_negate(in);
	cr_assert_not_null(got, "decimal_negate(%s)", in);
	cr_assert_str_eq(got, want, "-(%s)", in);
	free(got);
}

Test(decimal, scales_without_floating_point)
{
	scaled("182.9", 8, "18290000000");
	scaled("3.03", 8, "303000000");
	scaled("5077.76", 4, "50777600");
	scaled("1.2", 12, "1200000000000");
	scaled("0.5", 4, "5000");
	scaled("1.23456", 4, "12345.6");
	scaled("0.000123", 2, "0.0123");
	scaled("900", 8, "90000000000");
	scaled("36", 0, "36");
	scaled("9007199254740993", 4, "90071992547409930000");
}

Test(decimal, canonical_form)
{
	scaled("007", 0, "7");
	scaled("3.030", 0, "3.03");
	scaled("2.00", 0, "2");
	scaled("0.0", 0, "0");
	scaled("-0.0", 4, "0");
	scaled("-2.3", 0, "-2.3");
	scaled("-0.25", 1, "-2.5");
}

Test(decimal, negates)
{
	negated("2.3", "-2.3");
	negated("-1", "1");
	negated("0", "0");
	negated("8", "-8");
	negated("0.50", "-0.5");
}

Test(decimal, rejects_what_is_not_a_decimal)
{
	cr_assert_null(decimal_scale("", 0));
	cr_assert_null(decimal_scale("1.", 0));
	cr_assert_null(decimal_scale(".5", 0));
	cr_assert_null(decimal_scale("1,000", 0));
	cr_assert_null(decimal_scale("1e5", 0));
	cr_assert_null(decimal_scale("abc", 0));
	cr_assert_null(decimal_scale(NULL, 0));
	cr_assert_null(decimal_scale("1", -1));
	cr_assert_null(decimal_negate("--1"));
	cr_assert(decimal_valid("-12.5"));
	cr_assert(!decimal_valid("12.5%"));
}

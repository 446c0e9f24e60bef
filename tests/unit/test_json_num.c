#include "json_num.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>

static char *dump(const char *decimal)
{
	json_t *v = json_decimal(decimal);
	cr_assert_not_null(v, "json_decimal(%s)", decimal);
	char *s = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	json_decref(v);
	return s;
}

static void expect(const char *decimal, const char *printed)
{
	char *s = dump(decimal);
	cr_assert_str_eq(s, printed, "%s printed as %s", decimal, s);
	free(s);
}

Test(json_decimal, prints_decimals_exactly)
{
	expect("182.9", "182.9");
	expect("0.1", "0.1");
	expect("5077.76", "5077.76");
	expect("870.41", "870.41");
	expect("-2.3", "-2.3");
	expect("3.030", "3.03");
}

Test(json_decimal, integers_stay_integers)
{
	expect("18290000000", "18290000000");
	expect("303000000.00", "303000000");
	expect("0", "0");
	expect("-8", "-8");
}

Test(json_decimal, null_and_garbage)
{
	json_t *n = json_decimal(NULL);
	cr_assert(json_is_null(n));
	json_decref(n);
	cr_assert_null(json_decimal("abc"));
	cr_assert_null(json_decimal("1.2.3"));
	cr_assert_null(json_decimal(""));
	cr_assert_null(json_decimal("1234567890.1234567"), "more than 15 significant digits");
}

Test(sb, grows_and_formats)
{
	sb b = SB_INIT;
	cr_assert_str_eq(sb_str(&b), "");
	for (int i = 0; i < 1000; i++)
		sb_printf(&b, "%d,", i % 10);
	cr_assert_eq(b.len, 2000);
	sb_truncate(&b, 4);
	sb_put_utf8(&b, 0x4E00); /* 一 */
	cr_assert_str_eq(sb_str(&b), "0,1,\xE4\xB8\x80");
	char *s = sb_take(&b);
	cr_assert_null(b.data);
	cr_assert_str_eq(s, "0,1,一");
	free(s);
}

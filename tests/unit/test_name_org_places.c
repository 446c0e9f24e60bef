/* The report's own place in its figures' names (extract_name.c:
 * name_org_places, name_cut_org_place). */
#include "extract_name.h"
#include "extract_text.h"

#include <criterion/criterion.h>
#include <stdlib.h>

/* The report's own place opening a name is cut as 全区 is: the organisation
 * without its body's word, and what follows each 省/市 of it. */
Test(name_org_places, the_reports_own_place_opens_no_name)
{
	xt_name places[ORG_PLACES_MAX];
	size_t n = name_org_places("深圳市罗湖区人民政府", places);
	cr_assert_eq(n, 2);
	char *a = name_to_utf8(&places[0]), *b = name_to_utf8(&places[1]);
	cr_expect_str_eq(a, "深圳市罗湖区");
	cr_expect_str_eq(b, "罗湖区");
	free(a);
	free(b);
	cr_assert_eq(name_org_places("大鹏新区管理委员会", places), 1);
	cr_assert_eq(name_org_places(NULL, places), 0);

	static const struct {
		const char *in, *out;
	} cases[] = {
	    {"罗湖区全社会固定资产投资总规模", "全社会固定资产投资总规模"},
	    {"深圳市罗湖区税收", "税收"},
	    {"罗湖区", "罗湖区"},                 /* nothing would be left */
	    {"罗湖口岸通关量", "罗湖口岸通关量"}, /* the place without 区: a name */
	};
	n = name_org_places("深圳市罗湖区人民政府", places);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		xt_name nm = {.n = 0};
		for (const char *p = cases[i].in; *p;)
			nm.cp[nm.n++] = xt_lit_next(&p);
		name_cut_org_place(&nm, places, n);
		char *got = name_to_utf8(&nm);
		cr_expect_str_eq(got, cases[i].out, "%s", cases[i].in);
		free(got);
	}
}

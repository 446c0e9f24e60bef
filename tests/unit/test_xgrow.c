#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>

Test(xgrow, keeps_the_array_while_there_is_room)
{
	size_t cap = 4;
	int *p = xmalloc(cap * sizeof *p);
	int *q = xgrow(p, &cap, 3, sizeof *p, 8);
	cr_assert_eq(q, p);
	cr_assert_eq(cap, 4);
	free(q);
}

Test(xgrow, starts_at_first_then_doubles)
{
	size_t cap = 0, n = 0;
	int *p = NULL;
	size_t seen[4];
	for (int i = 0; i < 20; i++) {
		p = xgrow(p, &cap, n, sizeof *p, 8);
		p[n++] = i;
		if (i == 0)
			seen[0] = cap;
		if (i == 8)
			seen[1] = cap;
		if (i == 16)
			seen[2] = cap;
	}
	seen[3] = cap;
	cr_assert_eq(seen[0], 8);
	cr_assert_eq(seen[1], 16);
	cr_assert_eq(seen[2], 32);
	cr_assert_eq(seen[3], 32);
	for (int i = 0; i < 20; i++)
		cr_assert_eq(p[i], i);
	free(p);
}

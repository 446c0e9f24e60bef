/* log_limit: a burst per window, the rest counted and reported. */
#include "log_limit.h"

#include <criterion/criterion.h>

Test(server_log_limit, burst_then_counted_then_reported)
{
	log_limit l = LOG_LIMIT_INIT(3, 1000);
	unsigned long held = 99;
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(log_limit_admit(&l, 5000 + i, &held), 1);
		cr_assert_eq(held, 0);
	}
	for (int i = 0; i < 50; i++)
		cr_assert_eq(log_limit_admit(&l, 5100 + i, &held), 0);
	/* a new window: the first line says how many were dropped */
	cr_assert_eq(log_limit_admit(&l, 6000, &held), 1);
	cr_assert_eq(held, 50);
	cr_assert_eq(log_limit_admit(&l, 6001, &held), 1);
	cr_assert_eq(held, 0);
	cr_assert_eq(log_limit_admit(&l, 6002, &held), 1);
	cr_assert_eq(log_limit_admit(&l, 6003, &held), 0);
	cr_assert_eq(log_limit_admit(&l, 6999, &held), 0);
	cr_assert_eq(log_limit_admit(&l, 7000, &held), 1);
	cr_assert_eq(held, 2);
}

/* The after= cursor (list_cursor.h) and the Prefer count preference
 * (dispatch_prefer_count): round trips, and every malformed input refused. */
#include "dispatch.h"
#include "list_cursor.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

Test(server_list_cursor, round_trip_keeps_every_value)
{
	const char *values[] = {"2023", "济源高新区 \"引号\" \\ 斜杠", "-9223372036854775807"};
	const int ints[] = {1, 0, 1};
	char *cursor = list_cursor_encode("-year", values, ints, 3);
	/* URL-safe as it is: base64url without padding */
	cr_assert_eq(
	    strspn(cursor, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
	    strlen(cursor));
	char *out[3] = {NULL};
	cr_assert_eq(list_cursor_decode(cursor, "-year", ints, 3, out), 0);
	for (size_t i = 0; i < 3; i++) {
		cr_assert_str_eq(out[i], values[i]);
		free(out[i]);
	}
	free(cursor);
}

Test(server_list_cursor, refuses_what_it_did_not_make)
{
	const char *values[] = {"7", "42"};
	const int ints[] = {1, 1};
	const int text_int[] = {0, 1};
	char *cursor = list_cursor_encode("position", values, ints, 2);
	char *out[2] = {NULL};
	cr_assert_eq(list_cursor_decode(cursor, "-position", ints, 2, out), -1, "another sort");
	cr_assert_eq(list_cursor_decode(cursor, "position", ints, 1, out), -1, "another count");
	cr_assert_eq(list_cursor_decode(cursor, "position", text_int, 2, out), -1, "another type");
	cr_assert_null(out[0]);
	cursor[0] = '*';
	cr_assert_eq(list_cursor_decode(cursor, "position", ints, 2, out), -1, "not base64url");
	const char *junk[] = {"", "A", "bm90IGpzb24", "eyJhIjoxfQ", "WyJwb3NpdGlvbiIsMS41LDJd"};
	for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++)
		cr_assert_eq(list_cursor_decode(junk[i], "position", ints, 2, out), -1, "%s",
		             junk[i]);
	cr_assert_null(out[0]);
	cr_assert_null(out[1]);
	free(cursor);
}

Test(server_list_cursor, prefer_count)
{
	cr_assert_eq(dispatch_prefer_count(NULL), COUNT_NONE);
	cr_assert_eq(dispatch_prefer_count(""), COUNT_NONE);
	cr_assert_eq(dispatch_prefer_count("count=exact"), COUNT_EXACT);
	cr_assert_eq(dispatch_prefer_count("COUNT=Planned"), COUNT_PLANNED);
	cr_assert_eq(dispatch_prefer_count("return=minimal, count=estimated"), COUNT_ESTIMATED);
	cr_assert_eq(dispatch_prefer_count("count=exact ; handling=lenient"), COUNT_EXACT);
	cr_assert_eq(dispatch_prefer_count("count=exactly"), COUNT_NONE);
	cr_assert_eq(dispatch_prefer_count("count="), COUNT_NONE);
	cr_assert_eq(dispatch_prefer_count("xcount=exact"), COUNT_NONE);
	cr_assert_eq(dispatch_prefer_count("count=bogus, count=planned"), COUNT_PLANNED);
}

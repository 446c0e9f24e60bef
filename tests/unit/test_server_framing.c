/* Request headers as dispatch_note_header reads them: header bytes, and
 * the framing checks (conflicting Content-Length, Transfer-Encoding with
 * Content-Length) that dispatch() answers with 400 invalid_framing; and
 * nosniff on every answer. */
#include "dispatch.h"

#include <criterion/criterion.h>
#include <string.h>

static int framing_invalid(const char *const *headers)
{
	dispatch_input in = {.method = "GET", .target = "/healthz"};
	for (size_t i = 0; headers[i]; i += 2)
		dispatch_note_header(&in, headers[i], headers[i + 1]);
	return dispatch_framing_invalid(&in);
}

Test(server_framing, content_length_values)
{
	const char *one[] = {"Content-Length", "5", NULL};
	const char *same[] = {"Content-Length", "5", "content-length", " 5 ", NULL};
	const char *list_same[] = {"Content-Length", "5, 5", NULL};
	const char *two[] = {"Content-Length", "5", "Content-Length", "6", NULL};
	const char *list[] = {"Content-Length", "5,6", NULL};
	const char *spelled[] = {"Content-Length", "5", "Content-Length", "05", NULL};
	const char *empty[] = {"Content-Length", "5", "Content-Length", "", NULL};
	cr_assert_eq(framing_invalid(one), 0);
	cr_assert_eq(framing_invalid(same), 0);
	cr_assert_eq(framing_invalid(list_same), 0);
	cr_assert_eq(framing_invalid(two), 1);
	cr_assert_eq(framing_invalid(list), 1);
	cr_assert_eq(framing_invalid(spelled), 1);
	cr_assert_eq(framing_invalid(empty), 1);
}

Test(server_framing, transfer_encoding_with_content_length)
{
	const char *te[] = {"Transfer-Encoding", "chunked", NULL};
	const char *both[] = {"Transfer-Encoding", "chunked", "Content-Length", "3", NULL};
	const char *both_rev[] = {"content-length", "3", "TRANSFER-ENCODING", "gzip", NULL};
	cr_assert_eq(framing_invalid(te), 0);
	cr_assert_eq(framing_invalid(both), 1);
	cr_assert_eq(framing_invalid(both_rev), 1);
}

Test(server_framing, header_bytes_and_the_answer)
{
	dispatch_input in = {.method = "GET", .target = "/healthz"};
	dispatch_note_header(&in, "Host", "t");
	dispatch_note_header(&in, "Content-Length", "1");
	dispatch_note_header(&in, "Transfer-Encoding", "chunked");
	cr_assert_eq(in.header_bytes, 4 + 1 + 14 + 1 + 17 + 7);
	http_response res = {0};
	dispatch(&in, &res);
	cr_assert_eq(res.status, 400);
	cr_assert_str_eq(res.content_type, "application/problem+json");
	cr_assert_not_null(strstr(sb_str(&res.body), "\"code\":\"invalid_framing\""));
	int nosniff = 0;
	for (size_t i = 0; i < res.n_headers; i++)
		if (strcmp(res.headers[i].name, "X-Content-Type-Options") == 0 &&
		    strcmp(res.headers[i].value, "nosniff") == 0)
			nosniff++;
	cr_assert_eq(nosniff, 1);
	http_response_free(&res);
}

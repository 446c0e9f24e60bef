/* The server under abuse (issue 12), each case bounded in time and count,
 * on loopback only, against servers the tests start with small limits:
 * requests too large for a connection's memory, a burst of connections
 * several times the limit, slow clients trickling their heads, ambiguous
 * message framing, and the headers every answer carries. */
#include "server_proc.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Sends `req` on a new connection and reads the answer until it is
 * complete (its Content-Length), the server closes, or timeout_ms pass.
 * Returns the status (0: no answer); *elapsed_ms the time it took; *out,
 * when not NULL, the raw answer (caller frees). */
static int exchange(int port, const char *req, size_t len, int timeout_ms, long *elapsed_ms,
                    char **out)
{
	long t0 = server_proc_now_ms();
	int fd = server_proc_connect(port, NULL);
	cr_assert_geq(fd, 0, "connect: %s", strerror(errno));
	size_t sent = 0;
	while (sent < len) {
		ssize_t n = send(fd, req + sent, len - sent, MSG_NOSIGNAL);
		if (n <= 0)
			break; /* the server may answer and close before all is sent */
		sent += (size_t)n;
	}
	size_t cap = 1 << 16, got = 0;
	char *buf = malloc(cap + 1);
	buf[0] = '\0';
	for (;;) {
		long left = timeout_ms - (server_proc_now_ms() - t0);
		struct pollfd p = {fd, POLLIN, 0};
		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			break;
		if (got == cap) {
			cap *= 2;
			buf = realloc(buf, cap + 1);
		}
		ssize_t n = recv(fd, buf + got, cap - got, 0);
		if (n <= 0)
			break;
		got += (size_t)n;
		buf[got] = '\0';
		const char *end = strstr(buf, "\r\n\r\n");
		const char *cl = strcasestr(buf, "\r\nContent-Length:");
		if (end && cl && cl < end &&
		    got - (size_t)(end + 4 - buf) >= strtoul(cl + 17, NULL, 10))
			break;
	}
	close(fd);
	*elapsed_ms = server_proc_now_ms() - t0;
	int status = 0;
	if (strncmp(buf, "HTTP/1.1 ", 9) == 0)
		status = atoi(buf + 9);
	if (out)
		*out = buf;
	else
		free(buf);
	return status;
}

static char *request_with(const char *line_start, char fill, size_t n, const char *rest)
{
	size_t a = strlen(line_start), b = strlen(rest);
	char *s = malloc(a + n + b + 1);
	memcpy(s, line_start, a);
	memset(s + a, fill, n);
	memcpy(s + a + n, rest, b + 1);
	return s;
}

/* Finding 1: "?" and 2,000 "&" exhausted the connection's memory pool;
 * libmicrohttpd then neither answered (30 s hang) nor completed the
 * request, so the in-flight count stayed up (a stop waited 10 s) and the
 * ASan build leaked. Now each oversized request gets its answer at once
 * and the stop finds nothing in flight (the ASan exit code tells leaks). */
Test(api_abuse, oversized_requests_are_answered_at_once_and_freed, .fini = server_proc_cleanup,
     .timeout = 60)
{
	server_proc s;
	server_proc_start(&s, NULL);
	long ms;
	char *body = NULL;

	char *req =
	    request_with("GET /api/v1/metrics?limit=1", '&', 2000, " HTTP/1.1\r\nHost: t\r\n\r\n");
	cr_assert_eq(exchange(s.port, req, strlen(req), 3000, &ms, &body), 200, "%.300s", body);
	cr_assert_lt(ms, 1000);
	cr_assert_not_null(strstr(body, "\"limit\":1,"), "%.300s", body);
	free(body);
	free(req);

	req = request_with("GET /api/v1/metrics?", '&', 20000, " HTTP/1.1\r\nHost: t\r\n\r\n");
	cr_assert_eq(exchange(s.port, req, strlen(req), 3000, &ms, &body), 414, "%.300s", body);
	cr_assert_lt(ms, 1000);
	cr_assert_not_null(strstr(body, "\"code\":\"uri_too_long\""), "%.300s", body);
	free(body);
	free(req);

	/* 20,000 one-byte header lines: beyond the pool, libmicrohttpd's own 431 */
	size_t n = 20000;
	char *hdrs = malloc(4 * n + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(hdrs + 4 * i, "a:\r\n", 4);
	hdrs[4 * n] = '\0';
	char *r2 = api_path("GET /healthz HTTP/1.1\r\nHost: t\r\n%s\r\n", hdrs);
	cr_assert_eq(exchange(s.port, r2, strlen(r2), 3000, &ms, NULL), 431);
	cr_assert_lt(ms, 1000);
	free(r2);
	free(hdrs);

	long stop_ms = 0;
	int rc = server_proc_stop(&s, &stop_ms);
	cr_assert_eq(rc, 0, "exit %d (99: a sanitizer report): %s", rc, s.log);
	/* A request whose answer has just gone out may still count for a few
	 * ms; one never completed would hold the stop for its 10 s grace. */
	cr_assert_null(strstr(s.log, "still in flight"), "%s", s.log);
	cr_assert_lt(stop_ms, 3000, "the stop took %ld ms", stop_ms);
}

static void sleep_ms(long ms)
{
	nanosleep(&(struct timespec){ms / 1000, (ms % 1000) * 1000000L}, NULL);
}

/* A keep-alive GET of `path` on an open connection; returns the status of
 * its complete answer, or 0 when none came within timeout_ms. */
static int ask(int fd, const char *path, int timeout_ms)
{
	char req[256];
	int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: t\r\n\r\n", path);
	if (send(fd, req, (size_t)n, MSG_NOSIGNAL) != n)
		return 0;
	char buf[8192];
	size_t got = 0;
	long t0 = server_proc_now_ms();
	for (;;) {
		long left = timeout_ms - (server_proc_now_ms() - t0);
		struct pollfd p = {fd, POLLIN, 0};
		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			return 0;
		ssize_t r = recv(fd, buf + got, sizeof buf - 1 - got, 0);
		if (r <= 0)
			return 0;
		got += (size_t)r;
		buf[got] = '\0';
		const char *end = strstr(buf, "\r\n\r\n");
		const char *cl = strcasestr(buf, "\r\nContent-Length:");
		if (end && cl && cl < end &&
		    got - (size_t)(end + 4 - buf) >= strtoul(cl + 17, NULL, 10))
			return strncmp(buf, "HTTP/1.1 ", 9) == 0 ? atoi(buf + 9) : 0;
	}
}

/* 1 when the server has closed fd (end of stream or reset). */
static int closed_by_server(int fd)
{
	struct pollfd p = {fd, POLLIN, 0};
	if (poll(&p, 1, 0) <= 0)
		return 0;
	char c;
	ssize_t r = recv(fd, &c, 1, MSG_DONTWAIT);
	return r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

/* Finding 2: with MHD_USE_EPOLL, libmicrohttpd 0.9.75 stalled once more
 * clients came than its connection limit. With a limit of 32, a burst of
 * 128 connections must neither starve the connections already served nor
 * keep the server from serving within a second once the burst is gone. */
Test(api_abuse, a_burst_of_four_times_the_limit_leaves_service_intact, .fini = server_proc_cleanup,
     .timeout = 60)
{
	enum { KEPT = 4, BURST = 128 };
	server_proc s;
	const char *extra[] = {"--max-connections", "32", "--per-ip-limit", "0", NULL};
	server_proc_start(&s, extra);
	int kept[KEPT];
	for (int i = 0; i < KEPT; i++) {
		kept[i] = server_proc_connect(s.port, NULL);
		cr_assert_geq(kept[i], 0);
		cr_assert_eq(ask(kept[i], "/healthz", 2000), 200);
	}
	int burst[BURST], connected = 0;
	for (int i = 0; i < BURST; i++) {
		burst[i] = server_proc_connect(s.port, NULL);
		if (burst[i] >= 0) {
			connected++;
			const char *head = "GET /healthz HTTP/1.1\r\n";
			(void)!send(burst[i], head, strlen(head), MSG_NOSIGNAL);
		}
	}
	cr_assert_gt(connected, 32, "only %d connections of the burst got through", connected);
	sleep_ms(200);
	for (int i = 0; i < KEPT; i++) {
		long t0 = server_proc_now_ms();
		cr_assert_eq(ask(kept[i], "/api/v1/reports?limit=1", 2000), 200,
		             "a connection served before the burst is starved");
		cr_assert_lt(server_proc_now_ms() - t0, 1000);
	}
	for (int i = 0; i < BURST; i++)
		if (burst[i] >= 0)
			close(burst[i]);
	long t0 = server_proc_now_ms();
	int status = 0;
	while (status != 200 && server_proc_now_ms() - t0 < 3000) {
		int fd = server_proc_connect(s.port, NULL);
		if (fd >= 0) {
			status = ask(fd, "/healthz", 500);
			close(fd);
		}
	}
	long recovered = server_proc_now_ms() - t0;
	cr_assert_eq(status, 200, "no answer for 3 s after the burst");
	cr_assert_lt(recovered, 1000, "served again only after %ld ms", recovered);
	for (int i = 0; i < KEPT; i++)
		close(kept[i]);
	cr_assert_eq(server_proc_stop(&s, NULL), 0, "%s", s.log);
}

/* Finding 3 (slowloris): clients that send one header line every 300 ms
 * never trip the inactivity timeout. From one address only 8 get a
 * connection (--per-ip-limit), and those are closed once their head has
 * taken 1.5 s (--head-timeout), while a client from another address is
 * served at once throughout. */
Test(api_abuse, slow_heads_are_limited_per_address_and_cut_at_the_deadline,
     .fini = server_proc_cleanup, .timeout = 60)
{
	enum { SLOW = 40, PER_IP = 8, DEADLINE_MS = 1500 };
	server_proc s;
	const char *extra[] = {
	    "--max-connections", "64", "--per-ip-limit", "8", "--head-timeout", "1500", NULL};
	server_proc_start(&s, extra);
	int slow[SLOW];
	long closed_at[SLOW];
	long t0 = server_proc_now_ms();
	for (int i = 0; i < SLOW; i++) {
		slow[i] = server_proc_connect(s.port, "127.0.0.2");
		cr_assert_geq(slow[i], 0, "connect from 127.0.0.2: %s", strerror(errno));
		const char *head = "GET /healthz HTTP/1.1\r\nHost: t\r\n";
		(void)!send(slow[i], head, strlen(head), MSG_NOSIGNAL);
		closed_at[i] = -1;
	}
	int open_at_1s = -1, served = 0;
	long worst_ms = 0;
	for (long now = 0; now < 3500; now = server_proc_now_ms() - t0) {
		int open = 0;
		for (int i = 0; i < SLOW; i++) {
			if (closed_at[i] >= 0)
				continue;
			if (closed_by_server(slow[i])) {
				closed_at[i] = now;
				close(slow[i]);
				continue;
			}
			open++;
			(void)!send(slow[i], "X-Slow: 1\r\n", 11, MSG_NOSIGNAL);
		}
		if (open_at_1s < 0 && now >= 1000)
			open_at_1s = open;
		if (now >= 300 && served < 3) {
			/* a normal client, from 127.0.0.1 */
			long a = server_proc_now_ms();
			int fd = server_proc_connect(s.port, NULL);
			cr_assert_geq(fd, 0);
			cr_assert_eq(ask(fd, "/healthz", 1000), 200, "normal client not served");
			close(fd);
			long took = server_proc_now_ms() - a;
			worst_ms = took > worst_ms ? took : worst_ms;
			served++;
		}
		sleep_ms(300);
	}
	cr_assert_eq(served, 3);
	cr_assert_lt(worst_ms, 1000);
	cr_assert_eq(open_at_1s, PER_IP, "%d slow connections open after 1 s", open_at_1s);
	int cut = 0;
	for (int i = 0; i < SLOW; i++) {
		cr_assert_geq(closed_at[i], 0, "slow connection %d still open after 3.5 s", i);
		if (closed_at[i] >= DEADLINE_MS - 300) {
			cr_assert_lt(closed_at[i], DEADLINE_MS + 1000, "cut only after %ld ms",
			             closed_at[i]);
			cut++;
		}
	}
	cr_assert_eq(cut, PER_IP);
	cr_assert_eq(server_proc_stop(&s, NULL), 0, "%s", s.log);
	cr_assert_not_null(strstr(s.log, "whose request head took over 1500 ms"), "%s", s.log);
}

static int api_port(void)
{
	const char *url = itest_env("TEST_API_URL");
	const char *colon = strrchr(url, ':');
	cr_assert_not_null(colon);
	return atoi(colon + 1);
}

/* Finding 5: framing two parties could read differently (request
 * smuggling) is refused with a problem, at once, and the connection closed. */
Test(api_abuse, ambiguous_framing_is_refused)
{
	static const char *const reqs[] = {
	    "GET /api/v1/reports HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\n"
	    "Content-Length: 2\r\n\r\nab",
	    /* (a list in the first header libmicrohttpd refuses itself, without
	     * problem+json: it parses that one as a number) */
	    "GET /api/v1/reports HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\n"
	    "Content-Length: 1, 2\r\n\r\nab",
	    "GET /api/v1/reports HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n"
	    "Content-Length: 3\r\n\r\n0\r\n\r\n",
	};
	for (size_t i = 0; i < sizeof reqs / sizeof reqs[0]; i++) {
		long ms;
		char *out = NULL;
		cr_assert_eq(exchange(api_port(), reqs[i], strlen(reqs[i]), 3000, &ms, &out), 400,
		             "%s", out);
		cr_assert_lt(ms, 1000);
		cr_assert_not_null(strstr(out, "\r\nContent-Type: application/problem+json\r\n"),
		                   "%s", out);
		cr_assert_not_null(strstr(out, "\r\nConnection: close\r\n"), "%s", out);
		cr_assert_not_null(strstr(out, "\"code\":\"invalid_framing\""), "%s", out);
		free(out);
	}
	/* the same value twice is one length, not a conflict */
	const char *same = "GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n"
	                   "Content-Length: 0\r\nConnection: close\r\n\r\n";
	long ms;
	cr_assert_eq(exchange(api_port(), same, strlen(same), 3000, &ms, NULL), 200);
}

/* Every answer says nosniff: data, errors, 304, OPTIONS, health. */
Test(api_abuse, every_answer_says_nosniff)
{
	itest_http res;
	itest_get("/api/v1/reports?limit=1", NULL, &res);
	cr_assert_eq(res.status, 200);
	char *etag = itest_http_header(&res, "ETag");
	itest_http_free(&res);
	char *inm = api_path("If-None-Match: %s", etag);
	const char *h304[] = {inm, NULL};
	struct {
		const char *method, *path;
		const char *const *headers;
		long status;
	} cases[] = {
	    {"GET", "/api/v1/reports?limit=1", NULL, 200},
	    {"GET", "/api/v1/reports?limit=1", h304, 304},
	    {"HEAD", "/api/v1/reports?limit=1", NULL, 200},
	    {"GET", "/api/v1/nope", NULL, 404},
	    {"GET", "/api/v1/reports?limit=0", NULL, 400},
	    {"OPTIONS", "/api/v1/reports", NULL, 204},
	    {"GET", "/healthz", NULL, 200},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		itest_request(cases[i].method, cases[i].path, cases[i].headers, &res);
		cr_assert_eq(res.status, cases[i].status, "%s %s", cases[i].method, cases[i].path);
		char *v = itest_http_header(&res, "X-Content-Type-Options");
		cr_assert_str_eq(v ? v : "(none)", "nosniff", "%s %s", cases[i].method,
		                 cases[i].path);
		free(v);
		itest_http_free(&res);
	}
	free(inm);
	free(etag);
}

/* Finding 5: each connection reset mid-request made libmicrohttpd write a
 * warn line; clients can do that at will, so those lines are rate-limited
 * (10 per 10 s, then a count). 40 resets here make at most 10 lines. */
Test(api_abuse, aborted_connections_do_not_flood_the_log, .fini = server_proc_cleanup,
     .timeout = 60)
{
	server_proc s;
	server_proc_start(&s, NULL);
	for (int i = 0; i < 40; i++) {
		int fd = server_proc_connect(s.port, NULL);
		cr_assert_geq(fd, 0);
		(void)!send(fd, "GET /healthz HTTP/1.1\r\nHo", 25, MSG_NOSIGNAL);
		sleep_ms(5);
		struct linger reset = {1, 0}; /* close with RST */
		setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
		close(fd);
	}
	sleep_ms(300);
	cr_assert_eq(server_proc_stop(&s, NULL), 0, "%s", s.log);
	int warns = 0;
	for (const char *p = s.log; (p = strstr(p, " warn server: libmicrohttpd: ")); p++)
		warns++;
	cr_assert_geq(warns, 1, "%s", s.log);
	cr_assert_leq(warns, 10, "%d warn lines for 40 resets", warns);
}

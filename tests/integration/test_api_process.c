/* The server as a process, started by the test itself: flags, CORS with
 * configured origins, and a graceful SIGTERM that lets a request in flight
 * finish and exits 0. */
#include "server_proc.h"
#include "test_api_util.h"

#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *url_of(const server_proc *s, const char *path)
{
	return api_path("%s%s", s->base, path);
}

Test(api_process, help_lists_flags_and_env)
{
	char *bin = itest_bin("report-server");
	const char *argv[] = {bin, "--help", NULL};
	itest_proc p;
	itest_run(argv, NULL, 30, &p);
	cr_assert_eq(p.exit_code, 0);
	static const char *const words[] = {
	    "--listen",         "REPORT_LISTEN",  "DATABASE_URL",        "--workers",
	    "REPORT_WORKERS",   "--cors-origins", "REPORT_CORS_ORIGINS", "--log-level",
	    "REPORT_LOG_LEVEL", "127.0.0.1:8080"};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		cr_assert_not_null(strstr(p.out, words[i]), "--help lacks %s", words[i]);
	itest_proc_free(&p);

	const char *bad[] = {bin, "--workers", "0", NULL};
	itest_run(bad, NULL, 30, &p);
	cr_assert_eq(p.exit_code, 2);
	itest_proc_free(&p);
	free(bin);
}

Test(api_process, cors_for_configured_origins, .fini = server_proc_cleanup)
{
	server_proc s;
	const char *extra[] = {"--cors-origins", "https://app.example,https://b.example", NULL};
	server_proc_start(&s, extra);

	char *url = url_of(&s, "/api/v1/metrics?limit=1");
	const char *pre[] = {"Origin: https://app.example", "Access-Control-Request-Method: GET",
	                     "Access-Control-Request-Headers: if-none-match", NULL};
	itest_http res;
	itest_request("OPTIONS", url, pre, &res);
	cr_assert_eq(res.status, 204);
	struct {
		const char *name, *value;
	} want[] = {
	    {"Access-Control-Allow-Origin", "https://app.example"},
	    {"Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"},
	    {"Access-Control-Allow-Headers", "if-none-match"},
	    {"Access-Control-Max-Age", "600"},
	    {"Allow", "GET, HEAD, OPTIONS"},
	    {"Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"},
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *v = itest_http_header(&res, want[i].name);
		cr_assert_str_eq(v, want[i].value, "%s", want[i].name);
		free(v);
	}
	itest_http_free(&res);

	const char *evil[] = {"Origin: https://evil.example", "Access-Control-Request-Method: GET",
	                      NULL};
	itest_request("OPTIONS", url, evil, &res);
	cr_assert_eq(res.status, 204);
	cr_assert_null(itest_http_header(&res, "Access-Control-Allow-Origin"));
	itest_http_free(&res);

	const char *get[] = {"Origin: https://b.example", NULL};
	itest_get(url, get, &res);
	cr_assert_eq(res.status, 200);
	char *acao = itest_http_header(&res, "Access-Control-Allow-Origin");
	cr_assert_str_eq(acao, "https://b.example");
	free(acao);
	char *expose = itest_http_header(&res, "Access-Control-Expose-Headers");
	cr_assert_str_eq(expose, "ETag, Link, Retry-After, Preference-Applied");
	free(expose);
	char *vary = itest_http_header(&res, "Vary");
	cr_assert_str_eq(vary, "Accept, Prefer, Accept-Encoding, Origin");
	free(vary);
	itest_http_free(&res);

	const char *none[] = {"Origin: https://evil.example", NULL};
	itest_get(url, none, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_null(itest_http_header(&res, "Access-Control-Allow-Origin"));
	itest_http_free(&res);
	free(url);

	cr_assert_eq(server_proc_stop(&s, NULL), 0, "%s", s.log);
	/* one access-log line per request: method, path, status, bytes, duration */
	cr_assert_not_null(strstr(s.log, "info server: OPTIONS /api/v1/metrics?limit=1 204 0 "),
	                   "%s", s.log);
	cr_assert_not_null(strstr(s.log, "info server: GET /api/v1/metrics?limit=1 200 "), "%s",
	                   s.log);
	cr_assert_null(strstr(s.log, "password"));
}

/* Returns 1 when a connection to *a is refused. Otherwise 0, with what is
 * on the other end in who (its address, and the first bytes it answers to a
 * request): this check failed rarely, under other test runs on the same
 * machine, and the message says who took the connection. */
static int connect_refused(const struct sockaddr_in *a, char *who, size_t cap)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	cr_assert_geq(fd, 0);
	if (connect(fd, (const struct sockaddr *)a, sizeof *a) != 0) {
		close(fd);
		snprintf(who, cap, "refused");
		return 1;
	}
	struct sockaddr_in me, peer;
	socklen_t len = sizeof me;
	getsockname(fd, (struct sockaddr *)&me, &len);
	len = sizeof peer;
	getpeername(fd, (struct sockaddr *)&peer, &len);
	const char *ask = "GET /healthz HTTP/1.0\r\n\r\n";
	char got[200] = "";
	ssize_t n = -1;
	if (write(fd, ask, strlen(ask)) == (ssize_t)strlen(ask)) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		if (poll(&p, 1, 1000) == 1)
			n = read(fd, got, sizeof got - 1);
	}
	got[n > 0 ? n : 0] = '\0';
	snprintf(who, cap, "local port %u, peer port %u, answer: %s", ntohs(me.sin_port),
	         ntohs(peer.sin_port), n > 0 ? got : "(none)");
	close(fd);
	return 0;
}

/* A request whose headers are still arriving when SIGTERM comes is answered
 * in full, and the server then exits 0. */
Test(api_process, sigterm_lets_requests_in_flight_finish, .fini = server_proc_cleanup)
{
	server_proc s;
	server_proc_start(&s, NULL);
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)s.port)};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	cr_assert_eq(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
	const char *head = "GET /api/v1/reports HTTP/1.1\r\nHost: test\r\n";
	cr_assert_eq(write(fd, head, strlen(head)), (ssize_t)strlen(head));
	/* before the signal, a second connection is taken and answered */
	char who[512];
	cr_assert_eq(connect_refused(&a, who, sizeof who), 0);
	cr_assert_not_null(strstr(who, "answer: HTTP/1.1 200 OK"), "%s", who);
	nanosleep(&(struct timespec){0, 200 * 1000 * 1000}, NULL);
	kill(s.pid, SIGTERM);
	cr_assert(server_proc_read_log(&s, "stopped accepting; 1 requests in flight", 5000), "%s",
	          s.log);
	/* new connections are refused now */
	cr_assert_eq(connect_refused(&a, who, sizeof who), 1, "a new connection was taken: %s",
	             who);
	cr_assert_eq(write(fd, "Connection: close\r\n\r\n", 21), 21);
	char buf[65536];
	size_t got = 0;
	for (;;) {
		ssize_t n = read(fd, buf + got, sizeof buf - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	buf[got] = '\0';
	close(fd);
	cr_assert_eq(strncmp(buf, "HTTP/1.1 200 OK\r\n", 17), 0, "%s", buf);
	cr_assert_not_null(strstr(buf, "\"items\":["));
	int status = -1;
	for (int i = 0; i < 300; i++) {
		int st;
		if (waitpid(s.pid, &st, WNOHANG) == s.pid) {
			status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
			break;
		}
		nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
	}
	server_proc_read_log(&s, NULL, 100);
	close(s.err_fd);
	cr_assert_eq(status, 0, "exit %d: %s", status, s.log);
	cr_assert_not_null(strstr(s.log, "stopped"));
}

#include "server_proc.h"

#include "test_api_util.h"

#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <errno.h>
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

extern char **environ;

static pid_t last_pid; /* the server last started and not yet stopped */

void server_proc_cleanup(void)
{
	if (last_pid > 0 && kill(last_pid, SIGKILL) == 0)
		waitpid(last_pid, NULL, 0);
	last_pid = 0;
}

long server_proc_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int server_proc_read_log(server_proc *s, const char *until, int ms)
{
	long end = server_proc_now_ms() + ms;
	do {
		if (until && strstr(s->log, until))
			return 1;
		struct pollfd p = {s->err_fd, POLLIN, 0};
		if (poll(&p, 1, 20) > 0) {
			if (s->log_len + 1 >= sizeof s->log)
				break;
			ssize_t n =
			    read(s->err_fd, s->log + s->log_len, sizeof s->log - 1 - s->log_len);
			if (n > 0) {
				s->log_len += (size_t)n;
				s->log[s->log_len] = '\0';
			} else if (n == 0) {
				break;
			}
		}
	} while (server_proc_now_ms() < end);
	return until && strstr(s->log, until);
}

void server_proc_start(server_proc *s, const char *const *extra)
{
	memset(s, 0, sizeof *s);
	char *bin = itest_bin("report-server");
	char *url = api_path("--database-url=%s", itest_env("TEST_READER_DATABASE_URL"));
	const char *argv[24] = {bin, "--listen", "127.0.0.1:0", url, "--workers", "2"};
	size_t n = 6;
	for (; extra && *extra && n < 23; extra++)
		argv[n++] = *extra;
	argv[n] = NULL;
	int fds[2];
	cr_assert_eq(pipe(fds), 0);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	int rc = posix_spawn(&s->pid, bin, &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	cr_assert_eq(rc, 0, "spawn %s: %s", bin, strerror(rc));
	last_pid = s->pid;
	s->err_fd = fds[0];
	cr_assert(server_proc_read_log(s, "listening on 127.0.0.1:", 20000), "no listen line: %s",
	          s->log);
	const char *at = strstr(s->log, "listening on 127.0.0.1:");
	s->port = atoi(at + strlen("listening on 127.0.0.1:"));
	cr_assert_gt(s->port, 0);
	snprintf(s->base, sizeof s->base, "http://127.0.0.1:%d", s->port);
	free(url);
	free(bin);
}

int server_proc_stop(server_proc *s, long *elapsed_ms)
{
	long t0 = server_proc_now_ms();
	kill(s->pid, SIGTERM);
	int status = 0;
	while (server_proc_now_ms() - t0 < 15000) {
		server_proc_read_log(s, NULL, 20);
		if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
			last_pid = 0;
			if (elapsed_ms)
				*elapsed_ms = server_proc_now_ms() - t0;
			server_proc_read_log(s, NULL, 100);
			close(s->err_fd);
			return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
		}
	}
	kill(s->pid, SIGKILL);
	waitpid(s->pid, &status, 0);
	last_pid = 0;
	close(s->err_fd);
	cr_assert_fail("the server did not stop within 15 s");
	return -1;
}

int server_proc_connect(int port, const char *from)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (from) {
		struct sockaddr_in src = {.sin_family = AF_INET};
		inet_pton(AF_INET, from, &src.sin_addr);
		if (bind(fd, (struct sockaddr *)&src, sizeof src) != 0) {
			close(fd);
			return -1;
		}
	}
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

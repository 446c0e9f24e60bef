/* bin/report-server: the read API over the imported reports. */
#include "cache.h"
#include "cache_listener.h"
#include "csv_stream.h"
#include "data_version.h"
#include "db.h"
#include "db_pool.h"
#include "dispatch.h"
#include "httpd.h"
#include "log.h"
#include "openapi_doc.h"
#include "replica.h"
#include "static_files.h"

#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* How long a stop waits for requests in flight. */
#define STOP_GRACE_MS                10000
#define DEFAULT_STATEMENT_TIMEOUT_MS 5000
#define WORKERS_PER_CPU              4  /* database connections per CPU by default */
#define WORKERS_DEFAULT_MAX          64 /* ... and at most this many */

static const char usage[] =
    "usage: report-server [options]\n"
    "\n"
    "Serves the imported work reports as a REST API under /api/v1, with\n"
    "/healthz and /readyz at the root and the dashboard at /. Each option has an\n"
    "environment variable of the same meaning; the option wins.\n"
    "\n"
    "  --listen HOST:PORT        REPORT_LISTEN        (default 127.0.0.1:8080)\n"
    "  --database-url URL        DATABASE_URL         (the read-only role; default "
    "dbname=reports);\n"
    "                                                  reads: a replica or the primary\n"
    "  --notify-url URL          REPORT_NOTIFY_DATABASE_URL (the connection that LISTENs for\n"
    "                                                  changes: must reach the primary; default\n"
    "                                                  --database-url)\n"
    "  --max-replica-lag S       REPORT_MAX_REPLICA_LAG (seconds a replica may be behind before\n"
    "                                                  /readyz answers 503; default 30)\n"
    "  --workers N               REPORT_WORKERS       (database connections, shared by the\n"
    "                                                  request threads (one per HTTP connection);\n"
    "                                                  default: 4 per CPU)\n"
    "  --cors-origins A,B        REPORT_CORS_ORIGINS  (origins allowed by CORS; * for any;\n"
    "                                                  default none)\n"
    "  --log-level LEVEL         REPORT_LOG_LEVEL     (debug, info, warn, error; default info)\n"
    "  --statement-timeout MS    REPORT_STATEMENT_TIMEOUT_MS (default 5000)\n"
    "  --cache-bytes N           REPORT_CACHE_BYTES   (response cache size; K, M, G suffixes\n"
    "                                                  allowed; 0 turns it off; default 64M)\n"
    "  --cache-hits MODE         REPORT_CACHE_HITS    (checked: each hit reads the data version\n"
    "                                                  first, so a change shows at once; "
    "notified:\n"
    "                                                  hits skip the database, a change shows "
    "once\n"
    "                                                  its notification arrived; default checked)\n"
    "  --openapi FILE            REPORT_OPENAPI       (default <program dir>/../api/openapi.json,\n"
    "                                                  then ./api/openapi.json)\n"
    "  --web DIR                 REPORT_WEB           (the built dashboard served at /; default\n"
    "                                                  <program dir>/../build/web, then\n"
    "                                                  ./build/web; make web builds it)\n"
    "  --help                    this text\n"
    "\n"
    "SIGTERM or SIGINT stops it gracefully (requests in flight finish; exit 0).\n"
    "\n"
    "The response cache keeps 200 answers of /api/v1 until the data changes:\n"
    "report-import and report-admin send NOTIFY report_data_changed, and a\n"
    "listener connection clears the cache on each; while that connection is\n"
    "down the cache is off.\n";

static const char *flag_or_env(const char *flag, const char *env)
{
	if (flag)
		return flag;
	const char *v = getenv(env);
	return v && *v ? v : NULL;
}

/* A byte count: digits with an optional K, M or G (powers of 1024). */
static int parse_bytes(const char *text, size_t *out)
{
	char *end;
	unsigned long long v = strtoull(text, &end, 10);
	unsigned shift = 0;
	if (*end == 'k' || *end == 'K')
		shift = 10;
	else if (*end == 'm' || *end == 'M')
		shift = 20;
	else if (*end == 'g' || *end == 'G')
		shift = 30;
	if (shift)
		end++;
	if (end == text || *end || text[0] == '-' || v > (1ULL << 40) >> shift) {
		fprintf(stderr, "report-server: --cache-bytes must be a byte count like 67108864 "
		                "or 64M (at most 1T)\n");
		return -1;
	}
	*out = (size_t)(v << shift);
	return 0;
}

static int parse_positive(const char *text, const char *what, long max, long *out)
{
	char *end;
	long v = strtol(text, &end, 10);
	if (!*text || *end || v < 1 || v > max) {
		fprintf(stderr, "report-server: %s must be an integer from 1 to %ld\n", what, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* Seconds, fractions allowed ("30", "0.5"), kept in ms. */
static int parse_lag(const char *text)
{
	char *end;
	double v = strtod(text, &end);
	if (end == text || *end || !(v >= 0.001 && v <= 86400)) {
		fprintf(stderr, "report-server: --max-replica-lag must be seconds from 0.001 to "
		                "86400\n");
		return -1;
	}
	replica_set_max_lag_ms((long)(v * 1000.0 + 0.5));
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"listen", required_argument, NULL, 'l'},
	    {"database-url", required_argument, NULL, 'd'},
	    {"workers", required_argument, NULL, 'w'},
	    {"cors-origins", required_argument, NULL, 'c'},
	    {"log-level", required_argument, NULL, 'v'},
	    {"statement-timeout", required_argument, NULL, 't'},
	    {"openapi", required_argument, NULL, 'o'},
	    {"cache-bytes", required_argument, NULL, 'b'},
	    {"max-connections", required_argument, NULL, 'm'},
	    {"per-ip-limit", required_argument, NULL, 'p'},
	    {"head-timeout", required_argument, NULL, 'H'},
	    {"web", required_argument, NULL, 'W'},
	    {"notify-url", required_argument, NULL, 'n'},
	    {"max-replica-lag", required_argument, NULL, 'L'},
	    {"cache-hits", required_argument, NULL, 'C'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *listen = NULL, *url = NULL, *workers = NULL, *cors = NULL, *level = NULL,
	           *timeout = NULL, *openapi = NULL, *cache_arg = NULL, *max_conn = NULL,
	           *per_ip = NULL, *head_timeout = NULL, *web = NULL, *notify_url = NULL,
	           *max_lag = NULL, *cache_hits = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			listen = optarg;
			break;
		case 'd':
			url = optarg;
			break;
		case 'w':
			workers = optarg;
			break;
		case 'c':
			cors = optarg;
			break;
		case 'v':
			level = optarg;
			break;
		case 't':
			timeout = optarg;
			break;
		case 'o':
			openapi = optarg;
			break;
		case 'b':
			cache_arg = optarg;
			break;
		case 'm':
			max_conn = optarg;
			break;
		case 'p':
			per_ip = optarg;
			break;
		case 'H':
			head_timeout = optarg;
			break;
		case 'W':
			web = optarg;
			break;
		case 'n':
			notify_url = optarg;
			break;
		case 'L':
			max_lag = optarg;
			break;
		case 'C':
			cache_hits = optarg;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			fputs(usage, stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "report-server: unexpected argument %s\n", argv[optind]);
		fputs(usage, stderr);
		return 2;
	}
	log_set_component("server");
	listen = flag_or_env(listen, "REPORT_LISTEN");
	workers = flag_or_env(workers, "REPORT_WORKERS");
	cors = flag_or_env(cors, "REPORT_CORS_ORIGINS");
	level = flag_or_env(level, "REPORT_LOG_LEVEL");
	timeout = flag_or_env(timeout, "REPORT_STATEMENT_TIMEOUT_MS");
	openapi = flag_or_env(openapi, "REPORT_OPENAPI");
	cache_arg = flag_or_env(cache_arg, "REPORT_CACHE_BYTES");
	max_conn = flag_or_env(max_conn, "REPORT_MAX_CONNECTIONS");
	per_ip = flag_or_env(per_ip, "REPORT_PER_IP_LIMIT");
	head_timeout = flag_or_env(head_timeout, "REPORT_HEAD_TIMEOUT_MS");
	web = flag_or_env(web, "REPORT_WEB");
	notify_url = flag_or_env(notify_url, "REPORT_NOTIFY_DATABASE_URL");
	max_lag = flag_or_env(max_lag, "REPORT_MAX_REPLICA_LAG");
	cache_hits = flag_or_env(cache_hits, "REPORT_CACHE_HITS");
	if (level) {
		int lv = log_level_parse(level);
		if (lv < 0) {
			fprintf(stderr, "report-server: unknown log level %s\n", level);
			return 2;
		}
		log_set_level((enum log_level)lv);
	}
	/* 4 database connections per CPU by default: a request holds one only
	 * for its statements, and with one per CPU the request threads queued
	 * for them (a condition-variable hand-off per statement) while
	 * PostgreSQL's CPU sat idle between round trips. Measured on 2 CPUs
	 * (wrk -t2 -c16, uncached, README "Uncached requests and threads"):
	 * 8 connections gave 1.3-1.6x the requests/s of 2 on the list, section
	 * and comparisons routes, 16 no more than 8. */
	long n_workers = sysconf(_SC_NPROCESSORS_ONLN);
	if (n_workers < 1)
		n_workers = 1;
	n_workers = n_workers * WORKERS_PER_CPU > WORKERS_DEFAULT_MAX ? WORKERS_DEFAULT_MAX
	                                                              : n_workers * WORKERS_PER_CPU;
	if (workers && parse_positive(workers, "--workers", 256, &n_workers) < 0)
		return 2;
	long timeout_ms = DEFAULT_STATEMENT_TIMEOUT_MS;
	if (timeout && parse_positive(timeout, "--statement-timeout", 3600000, &timeout_ms) < 0)
		return 2;
	long max_connections = HTTPD_DEFAULT_MAX_CONNECTIONS;
	if (max_conn && parse_positive(max_conn, "--max-connections", 65536, &max_connections) < 0)
		return 2;
	if (max_connections < n_workers) {
		/* Each HTTP connection has a thread and borrows a database
		 * connection: with fewer of them, some database connections
		 * would never be used. */
		fprintf(stderr,
		        "report-server: --max-connections must be at least --workers (%ld)\n",
		        n_workers);
		return 2;
	}
	long per_ip_limit = HTTPD_DEFAULT_PER_IP_LIMIT;
	if (per_ip && strcmp(per_ip, "0") == 0)
		per_ip_limit = 0;
	else if (per_ip && parse_positive(per_ip, "--per-ip-limit", 65536, &per_ip_limit) < 0)
		return 2;
	long head_timeout_ms = HTTPD_DEFAULT_HEAD_TIMEOUT_MS;
	if (head_timeout &&
	    parse_positive(head_timeout, "--head-timeout", 3600000, &head_timeout_ms) < 0)
		return 2;
	if (max_lag && parse_lag(max_lag) < 0)
		return 2;
	enum dispatch_cache_hits hits = DISPATCH_HITS_CHECKED;
	if (cache_hits && strcmp(cache_hits, "notified") == 0) {
		hits = DISPATCH_HITS_NOTIFIED;
	} else if (cache_hits && strcmp(cache_hits, "checked") != 0) {
		fprintf(stderr, "report-server: --cache-hits must be checked or notified\n");
		return 2;
	}
	size_t cache_bytes = CACHE_DEFAULT_BYTES;
	if (cache_arg && parse_bytes(cache_arg, &cache_bytes) < 0)
		return 2;

	int status = 1;
	httpd *h = NULL;
	cache *responses = NULL;
	cache_listener *listener = NULL;
	if (openapi_load(openapi) < 0)
		goto out;
	dispatch_set_cors_origins(cors);
	static_files_configure(web);
	db_pool_configure(db_url(url), (int)timeout_ms, (unsigned)n_workers);
	csv_stream_configure(db_url(url), (int)timeout_ms);

	/* Signals are taken by sigwait in this thread only: block them before
	 * the pool threads start so that they inherit the mask. libpq and MHD
	 * write to sockets that peers may close; SIGPIPE must not kill us. */
	signal(SIGPIPE, SIG_IGN);
	sigset_t stop_signals;
	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGTERM);
	sigaddset(&stop_signals, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop_signals, NULL);

	httpd_options hopt = {.listen = listen ? listen : "127.0.0.1:8080",
	                      .max_connections = (unsigned)max_connections,
	                      .per_ip_limit = (unsigned)per_ip_limit,
	                      .head_timeout_ms = (int)head_timeout_ms};
	/* The listener thread inherits the blocked signal mask too. */
	responses = cache_new(cache_bytes);
	if (responses) {
		/* The listener must reach the primary: a hot standby cannot
		 * LISTEN, nor hear the primary's notifications. */
		listener = cache_listener_start(responses, notify_url ? notify_url : db_url(url));
		if (!listener)
			goto out;
		dispatch_set_cache(responses);
		dispatch_set_version_reader(data_version_read);
		dispatch_set_cache_hits(hits);
		log_info("response cache of %zu bytes, %s hits", cache_bytes,
		         hits == DISPATCH_HITS_NOTIFIED ? "notified" : "checked");
	} else {
		log_info("response cache off");
	}
	h = httpd_start(&hopt);
	if (!h)
		goto out;
	log_info("serving with %ld workers, at most %ld connections (%ld per address), "
	         "request heads within %ld ms",
	         n_workers, max_connections, per_ip_limit, head_timeout_ms);
	int sig = 0;
	sigwait(&stop_signals, &sig);
	log_info("%s: stopping", sig == SIGTERM ? "SIGTERM" : "SIGINT");
	httpd_stop(h, STOP_GRACE_MS);
	log_info("stopped");
	status = 0;
out:
	/* The daemon is stopped: no request can reach the cache any more. */
	cache_listener_stop(listener);
	dispatch_set_cache(NULL);
	dispatch_set_version_reader(NULL);
	dispatch_set_cache_hits(DISPATCH_HITS_CHECKED);
	cache_free(responses);
	db_pool_shutdown();
	csv_stream_shutdown();
	dispatch_free_config();
	static_files_free();
	openapi_free();
	return status;
}

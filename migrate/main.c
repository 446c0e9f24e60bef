/* bin/report-migrate: applies migrations/NNNN_name.sql in order, reports
 * their state, and creates login roles for deployments. */
#include "db.h"
#include "log.h"
#include "login.h"
#include "migration_files.h"
#include "runner.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: report-migrate [--database-url URL] [--dir DIR] [--status]\n"
    "       report-migrate [--database-url URL] --create-login ROLE\n"
    "                      --member-of report_reader|report_writer\n"
    "\n"
    "Applies the pending migrations of DIR (default: migrations) in version\n"
    "order, each in one transaction with its row in schema_migrations. Refuses\n"
    "to run when an applied migration's file has changed.\n"
    "\n"
    "  --database-url URL  connection string (default: $DATABASE_URL, else dbname=reports)\n"
    "  --dir DIR           folder of NNNN_name.sql files\n"
    "  --status            list applied and pending migrations; change nothing\n"
    "  --create-login ROLE create (or update) login role ROLE, member of --member-of;\n"
    "                      password from $REPORT_LOGIN_PASSWORD (unset: no password)\n"
    "  --log-level LEVEL   debug, info, warn, error (default info)\n"
    "  -h, --help          this text\n"
    "\n"
    "Exit codes: 0 ok, 1 usage, 2 database unreachable,\n"
    "            3 a migration failed or an applied one was changed.\n";

/* Server notices (e.g. "already exists, skipping") become log lines. */
static void log_notice(void *arg, const char *message)
{
	(void)arg;
	log_info("server: %s", message);
}

int main(int argc, char **argv)
{
	log_set_component("report-migrate");
	const char *url_flag = NULL, *dir = "migrations", *login = NULL, *member_of = NULL;
	int status_only = 0;
	static const struct option options[] = {
	    {"database-url", required_argument, NULL, 'd'},
	    {"dir", required_argument, NULL, 'D'},
	    {"status", no_argument, NULL, 's'},
	    {"create-login", required_argument, NULL, 'c'},
	    {"member-of", required_argument, NULL, 'm'},
	    {"log-level", required_argument, NULL, 'l'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int opt;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'd':
			url_flag = optarg;
			break;
		case 'D':
			dir = optarg;
			break;
		case 's':
			status_only = 1;
			break;
		case 'c':
			login = optarg;
			break;
		case 'm':
			member_of = optarg;
			break;
		case 'l':
			if (log_level_parse(optarg) < 0) {
				fprintf(stderr, "report-migrate: unknown log level %s\n", optarg);
				return MIGRATE_USAGE;
			}
			log_set_level((enum log_level)log_level_parse(optarg));
			break;
		case 'h':
			fputs(usage_text, stdout);
			return MIGRATE_OK;
		default:
			fputs(usage_text, stderr);
			return MIGRATE_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "report-migrate: unexpected argument %s\n%s", argv[optind],
		        usage_text);
		return MIGRATE_USAGE;
	}
	if (login) {
		if (!member_of || (strcmp(member_of, "report_reader") != 0 &&
		                   strcmp(member_of, "report_writer") != 0)) {
			fprintf(stderr, "report-migrate: --create-login needs --member-of "
			                "report_reader or report_writer\n");
			return MIGRATE_USAGE;
		}
		if (!*login || strlen(login) > 63) {
			fprintf(stderr, "report-migrate: a role name has 1 to 63 bytes\n");
			return MIGRATE_USAGE;
		}
		if (status_only) {
			fprintf(stderr,
			        "report-migrate: --status and --create-login exclude each other\n");
			return MIGRATE_USAGE;
		}
	} else if (member_of) {
		fprintf(stderr, "report-migrate: --member-of goes with --create-login\n");
		return MIGRATE_USAGE;
	}

	int rc = MIGRATE_FAILED;
	migration_set set = {0};
	PGconn *conn = NULL;
	char err[1024];
	if (!login && migration_set_load(dir, &set, err, sizeof err) < 0) {
		log_error("%s", err);
		goto out;
	}
	conn = db_connect(db_url(url_flag), "report-migrate", err, sizeof err);
	if (!conn) {
		log_error("database unreachable: %s", err);
		rc = MIGRATE_UNREACHABLE;
		goto out;
	}
	PQsetNoticeProcessor(conn, log_notice, NULL);
	if (login) {
		const char *password = getenv("REPORT_LOGIN_PASSWORD");
		rc = migrate_create_login(conn, login, member_of,
		                          password && *password ? password : NULL);
	} else if (status_only)
		rc = migrate_status(conn, &set, stdout);
	else
		rc = migrate_apply(conn, &set);
out:
	PQfinish(conn);
	migration_set_free(&set);
	return rc;
}

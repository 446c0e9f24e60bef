/* bin/report-admin: manage indicators and their aliases. Changes take
 * effect at once, without re-importing: see commands.h. */
#include "commands.h"
#include "db.h"
#include "log.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char usage_text[] =
    "usage: report-admin [--database-url URL] COMMAND [ARGS]\n"
    "\n"
    "  list [--org ORG]                 indicators: id, name, unit family, aliases\n"
    "  indicator add NAME [--unit U]    a new indicator (U: the base unit its figures\n"
    "                                   must have, e.g. 元, 家, %; default any)\n"
    "  alias add INDICATOR ALIAS        ALIAS (any spelling) names INDICATOR from now on\n"
    "  alias remove ALIAS               ALIAS names nothing any more\n"
    "  merge FROM INTO                  FROM's aliases and figures go to INTO; FROM is deleted\n"
    "  unmatched [--org ORG]            names no indicator claims, with candidates\n"
    "  refresh [--org ORG]              re-run matching and the precomputed rows\n"
    "\n"
    "INDICATOR, FROM and INTO are an indicator id, name or alias. Each change runs in\n"
    "one transaction and refreshes the comparisons of every organisation it affects.\n"
    "\n"
    "  --database-url URL  connection string (default: $DATABASE_URL, else dbname=reports);\n"
    "                      a role with report_writer rights\n"
    "  -h, --help          this text\n"
    "\n"
    "Exit codes: 0 ok, 1 refused by the database (unknown name, conflict),\n"
    "            2 usage, 3 database unreachable.\n";

static int usage(void)
{
	fputs(usage_text, stderr);
	return ADMIN_USAGE;
}

static int is(const char *a, const char *b)
{
	return a && strcmp(a, b) == 0;
}

/* The command's words after the options: argv[optind..]. */
static int dispatch(PGconn *conn, int n, char **w, const char *org, const char *unit)
{
	if (n == 1 && is(w[0], "list"))
		return admin_list(conn, org);
	if (n == 1 && is(w[0], "unmatched"))
		return admin_unmatched(conn, org);
	if (n == 1 && is(w[0], "refresh"))
		return admin_refresh(conn, org);
	if (n == 3 && is(w[0], "indicator") && is(w[1], "add"))
		return admin_indicator_add(conn, w[2], unit);
	if (n == 4 && is(w[0], "alias") && is(w[1], "add"))
		return admin_alias_add(conn, w[2], w[3]);
	if (n == 3 && is(w[0], "alias") && is(w[1], "remove"))
		return admin_alias_remove(conn, w[2]);
	if (n == 3 && is(w[0], "merge"))
		return admin_merge(conn, w[1], w[2]);
	return usage();
}

int main(int argc, char **argv)
{
	log_set_component("report-admin");
	const char *url_flag = NULL, *org = NULL, *unit = NULL;
	static const struct option options[] = {
	    {"database-url", required_argument, NULL, 'd'},
	    {"org", required_argument, NULL, 'o'},
	    {"unit", required_argument, NULL, 'u'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int opt;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'd':
			url_flag = optarg;
			break;
		case 'o':
			org = optarg;
			break;
		case 'u':
			unit = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return ADMIN_OK;
		default:
			return usage();
		}
	}
	if (optind >= argc)
		return usage();

	char err[512];
	PGconn *conn = db_connect(db_url(url_flag), "report-admin", err, sizeof err);
	if (!conn) {
		log_error("cannot connect to the database: %s", err);
		return ADMIN_UNREACHABLE;
	}
	int rc = dispatch(conn, argc - optind, argv + optind, org, unit);
	PQfinish(conn);
	return rc;
}

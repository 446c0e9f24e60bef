/* bin/report-import: parses work-report files and loads them into
 * PostgreSQL, or prints what it found (--dry-run). */
#include "db.h"
#include "hash.h"
#include "json_num.h"
#include "load.h"
#include "log.h"
#include "parse.h"
#include "report_json.h"
#include "sb.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum import_exit {
	EXIT_OK = 0,
	EXIT_USAGE = 1,
	EXIT_BAD_INPUT = 2, /* a file cannot be read or parsed */
	EXIT_DATABASE = 3,  /* database unreachable or failed */
	EXIT_CONFLICT = 4,  /* already imported with other content, no --replace */
};

static const char usage_text[] =
    "usage: report-import [options] FILE...\n"
    "\n"
    "Parses work reports (UTF-8, UTF-16 with BOM or GB18030 text, Word .docx or PDF\n"
    "with a text layer, recognised from the bytes) into sections and figures and\n"
    "loads each one into PostgreSQL in one transaction. .doc and .wps files are\n"
    "refused.\n"
    "\n"
    "  --org ORG           organisation, instead of the one in the title\n"
    "  --year YEAR         report year, instead of the one in the title\n"
    "  --kind KIND         report kind (工作总结, 政府工作报告), instead of the title's\n"
    "  --replace           replace a report already imported for the same\n"
    "                      organisation, year and kind (even with the same content)\n"
    "  --dry-run           parse and print the result; no database\n"
    "  --format text|json  output: text (default) or JSON, one object per file and line\n"
    "  --database-url URL  connection string (default: $DATABASE_URL, else dbname=reports)\n"
    "  --log-level LEVEL   debug, info, warn, error (default warn)\n"
    "  -h, --help          this text\n"
    "\n"
    "Files are parsed first; if any cannot be read or parsed, nothing is loaded.\n"
    "\n"
    "Exit codes: 0 ok, 1 usage, 2 bad input (unreadable or unparsable file),\n"
    "            3 database unreachable or failed (nothing written),\n"
    "            4 conflict: already imported with other content and no --replace.\n";

static void print_usage(FILE *to)
{
	fputs(usage_text, to);
	fprintf(to, "\nA file over %u bytes (%u MiB) is refused before it is read.\n",
	        PARSE_MAX_BYTES, PARSE_MAX_BYTES >> 20);
}

typedef struct options {
	parse_options parse;
	int replace;
	int dry_run;
	int json;
	const char *database_url;
} options;

typedef struct input {
	const char *path;
	report r; /* parsed; zeroed when it failed */
	char content_hash[SHA256_HEX_LEN + 1];
	char started_at[64];
	char error[600]; /* why it could not be read or parsed */
	int ok;
} input;

/* Reads a whole file, refusing one over PARSE_MAX_BYTES before reading it.
 * Returns the bytes (caller frees) or NULL with a message in err. */
static unsigned char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
	unsigned char *data = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "not a regular file");
		goto out;
	}
	if ((unsigned long long)st.st_size > PARSE_MAX_BYTES) {
		snprintf(err, errlen, "file is %lld bytes, over the limit of %u bytes (%u MiB)",
		         (long long)st.st_size, PARSE_MAX_BYTES, PARSE_MAX_BYTES >> 20);
		goto out;
	}
	size_t size = (size_t)st.st_size, got = 0;
	data = xmalloc(size + 1);
	while (got < size) {
		ssize_t n = read(fd, data + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			snprintf(err, errlen, "read error: %s",
			         n < 0 ? strerror(errno) : "file shrank");
			free(data);
			data = NULL;
			goto out;
		}
		got += (size_t)n;
	}
	data[size] = '\0';
	*len = size;
out:
	close(fd);
	return data;
}

/* Reads, hashes and parses one file; prints the error on failure. */
static void parse_input(input *in, const options *opt)
{
	char err[400];
	size_t len = 0;
	load_timestamp(in->started_at, sizeof in->started_at);
	unsigned char *bytes = read_file(in->path, &len, err, sizeof err);
	if (!bytes)
		snprintf(in->error, sizeof in->error, "error: %s", err);
	else if (sha256_hex(bytes, len, in->content_hash) < 0)
		snprintf(in->error, sizeof in->error, "error: cannot compute SHA-256");
	else {
		parse_error perr;
		if (report_parse(bytes, len, &opt->parse, &in->r, &perr) == PARSE_OK) {
			in->ok = 1;
			if (in->r.tables_left_out)
				log_warn("%s: %zu table%s (%zu rows) left out: tables are not read",
				         in->path, in->r.tables_left_out,
				         in->r.tables_left_out == 1 ? "" : "s",
				         in->r.table_rows_left_out);
		} else if (perr.offset >= 0)
			snprintf(in->error, sizeof in->error, "error at byte %lld: %s", perr.offset,
			         perr.message);
		else
			snprintf(in->error, sizeof in->error, "error: %s", perr.message);
	}
	if (!in->ok)
		fprintf(stderr, "%s: %s\n", in->path, in->error);
	free(bytes);
}

/* ---- --dry-run output ---------------------------------------------------- */

static void print_json(const report *r)
{
	json_t *j = report_to_json(r);
	/* No JSON_ENSURE_ASCII: Chinese text stays readable UTF-8. */
	char *s = json_dumps(j, JSON_NUM_FLAGS);
	json_decref(j);
	if (s)
		puts(s);
	free(s);
}

static void print_metric_text(const rp_metric *m)
{
	/* an index has no unit (空气质量综合指数 = 4.2): no space after it then */
	printf("  %s = %s%s%s", m->name ? m->name : "?", m->value ? m->value : "?",
	       m->unit && *m->unit ? " " : "", m->unit ? m->unit : "");
	if (m->qualifier_text)
		printf(" (%s)", m->qualifier_text);
	if (m->yoy_pct)
		printf(", yoy %s%%", m->yoy_pct);
	if (m->yoy_points)
		printf(", yoy %s points", m->yoy_points);
	if (m->base_year)
		printf(", vs %d", m->base_year);
	if (m->is_target)
		printf(", target");
	if (m->is_ranking)
		printf(", ranking");
	if (m->period_year)
		printf(", %d", m->period_year);
	printf("\n");
}

static void print_text(const char *path, const report *r)
{
	printf("%s: %s %d %s — %s\n", path, r->organization ? r->organization : "?", r->year,
	       r->kind ? r->kind : "?", r->title ? r->title : "");
	printf("%zu sections, %zu metrics, %zu characters\n\noutline:\n", r->n_sections,
	       r->n_metrics, r->text_chars);
	/* Metrics per section in one pass: counting them per section was
	 * quadratic (79,208 sections and as many metrics: minutes). */
	size_t *per = xcalloc(r->n_sections ? r->n_sections : 1, sizeof *per);
	for (size_t k = 0; k < r->n_metrics; k++)
		if (r->metrics[k].section >= 0 && (size_t)r->metrics[k].section < r->n_sections)
			per[r->metrics[k].section]++;
	for (size_t i = 0; i < r->n_sections; i++) {
		const rp_section *s = &r->sections[i];
		int depth = s->level > 0 ? s->level : 1;
		printf("%*s", 2 * depth, "");
		if (s->level == 0)
			printf("[%s]", s->role == SECTION_PREAMBLE ? "preamble" : "closing");
		else
			printf("%s %s", s->label ? s->label : "", s->heading ? s->heading : "");
		size_t n = per[i];
		if (n)
			printf("  (%zu metric%s)", n, n == 1 ? "" : "s");
		if (s->is_plan)
			printf("  [plan]");
		printf("\n");
	}
	free(per);
	printf("\nmetrics:\n");
	for (size_t i = 0; i < r->n_metrics; i++)
		print_metric_text(&r->metrics[i]);
}

/* ---- loading ------------------------------------------------------------- */

static void print_loaded(const char *path, const load_result *res, int json)
{
	static const char *const names[] = {"imported", "replaced", "unchanged"};
	if (json) {
		json_t *o = json_object();
		json_object_set_new(o, "file", json_string(path));
		json_object_set_new(o, "status", json_string(names[res->status]));
		json_object_set_new(o, "report_id", json_integer(res->report_id));
		json_object_set_new(o, "sections", json_integer(res->n_sections));
		json_object_set_new(o, "metrics", json_integer(res->n_metrics));
		char *s = json_dumps(o, JSON_NUM_FLAGS);
		json_decref(o);
		if (s)
			puts(s);
		free(s);
		return;
	}
	printf("%s: %s report %lld (%lld sections, %lld metrics)%s\n", path, names[res->status],
	       res->report_id, res->n_sections, res->n_metrics,
	       res->status == LOAD_UNCHANGED ? ": same content already imported, nothing changed"
	                                     : "");
}

/* Loads every parsed input; returns the exit code. */
static int load_all(input *inputs, size_t n, const options *opt)
{
	char err[1024];
	PGconn *conn = db_connect(db_url(opt->database_url), "report-import", err, sizeof err);
	if (!conn) {
		fprintf(stderr, "report-import: database unreachable: %s\n", err);
		return EXIT_DATABASE;
	}
	int rc = EXIT_OK;
	int changed = 0; /* a load committed new data */
	for (size_t i = 0; i < n; i++) {
		load_request req = {
		    .r = &inputs[i].r, .source_file = inputs[i].path, .replace = opt->replace};
		memcpy(req.content_hash, inputs[i].content_hash, sizeof req.content_hash);
		memcpy(req.started_at, inputs[i].started_at, sizeof req.started_at);
		load_result res;
		load_report(conn, &req, &res);
		if (res.status == LOAD_CONFLICT) {
			fprintf(stderr, "%s: conflict: %s\n", inputs[i].path, res.error);
			rc = EXIT_CONFLICT;
			continue;
		}
		if (res.status == LOAD_FAILED) {
			fprintf(stderr, "%s: database error, nothing written: %s\n", inputs[i].path,
			        res.error);
			rc = EXIT_DATABASE;
			break;
		}
		changed |= res.status == LOAD_IMPORTED || res.status == LOAD_REPLACED;
		print_loaded(inputs[i].path, &res, opt->json);
	}
	/* Once for the whole job: the statistics are sampled, and a second
	 * ANALYZE right after the first would find the same; the pending lists
	 * are emptied in one go. A failure is logged and leaves rc alone: the
	 * loads have committed. */
	if (changed && PQstatus(conn) == CONNECTION_OK)
		load_maintain_tables(conn);
	PQfinish(conn);
	return rc;
}

/* Parse failures are runs too: record them when the database is at hand,
 * without letting its absence hide the real problem (the bad input). */
static void record_parse_failures(const input *inputs, size_t n, const options *opt)
{
	char err[1024];
	PGconn *conn = db_connect(db_url(opt->database_url), "report-import", err, sizeof err);
	if (!conn) {
		log_warn("cannot record the failed run: %s", err);
		return;
	}
	for (size_t i = 0; i < n; i++)
		if (!inputs[i].ok)
			load_record_failure(conn, inputs[i].path,
			                    inputs[i].content_hash[0] ? inputs[i].content_hash
			                                              : NULL,
			                    inputs[i].started_at, inputs[i].error);
	PQfinish(conn);
}

static int parse_year(const char *s, int *out)
{
	char *end = NULL;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || !end || *end || end == s || v < 1949 || v > 2200)
		return -1;
	*out = (int)v;
	return 0;
}

int main(int argc, char **argv)
{
	log_set_component("report-import");
	log_set_level(LOG_WARN);
	options opt = {0};
	static const struct option longopts[] = {
	    {"org", required_argument, NULL, 'o'},
	    {"year", required_argument, NULL, 'y'},
	    {"kind", required_argument, NULL, 'k'},
	    {"replace", no_argument, NULL, 'r'},
	    {"dry-run", no_argument, NULL, 'n'},
	    {"format", required_argument, NULL, 'f'},
	    {"database-url", required_argument, NULL, 'd'},
	    {"log-level", required_argument, NULL, 'l'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			opt.parse.organization = optarg;
			break;
		case 'y':
			if (parse_year(optarg, &opt.parse.year) < 0) {
				fprintf(stderr,
				        "report-import: --year wants a year 1949..2200, not %s\n",
				        optarg);
				return EXIT_USAGE;
			}
			break;
		case 'k':
			opt.parse.kind = optarg;
			break;
		case 'r':
			opt.replace = 1;
			break;
		case 'n':
			opt.dry_run = 1;
			break;
		case 'f':
			if (strcmp(optarg, "json") != 0 && strcmp(optarg, "text") != 0) {
				fprintf(stderr, "report-import: --format is text or json\n");
				return EXIT_USAGE;
			}
			opt.json = strcmp(optarg, "json") == 0;
			break;
		case 'd':
			opt.database_url = optarg;
			break;
		case 'l':
			if (log_level_parse(optarg) < 0) {
				fprintf(stderr, "report-import: unknown log level %s\n", optarg);
				return EXIT_USAGE;
			}
			log_set_level((enum log_level)log_level_parse(optarg));
			break;
		case 'h':
			print_usage(stdout);
			return EXIT_OK;
		default:
			print_usage(stderr);
			return EXIT_USAGE;
		}
	}
	if ((opt.parse.organization && !*opt.parse.organization) ||
	    (opt.parse.kind && !*opt.parse.kind)) {
		fprintf(stderr, "report-import: --org and --kind must not be empty\n");
		return EXIT_USAGE;
	}
	if (optind >= argc) {
		fprintf(stderr, "report-import: no file given\n");
		print_usage(stderr);
		return EXIT_USAGE;
	}

	size_t n = (size_t)(argc - optind);
	input *inputs = xcalloc(n, sizeof *inputs);
	int rc = EXIT_OK;
	size_t failed = 0;
	for (size_t i = 0; i < n; i++) {
		inputs[i].path = argv[optind + (int)i];
		parse_input(&inputs[i], &opt);
		failed += !inputs[i].ok;
	}
	if (failed) {
		if (!opt.dry_run)
			record_parse_failures(inputs, n, &opt);
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	if (opt.dry_run) {
		for (size_t i = 0; i < n; i++) {
			if (opt.json)
				print_json(&inputs[i].r);
			else
				print_text(inputs[i].path, &inputs[i].r);
		}
		goto out;
	}
	rc = load_all(inputs, n, &opt);
out:
	for (size_t i = 0; i < n; i++)
		report_free(&inputs[i].r);
	free(inputs);
	return rc;
}

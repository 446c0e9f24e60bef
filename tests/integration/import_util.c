#include "import_util.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define IMPORT_ARGS_MAX 16

void import_run(itest_proc *out, const char *first, ...)
{
	char *bin = itest_bin("report-import");
	const char *argv[3 + IMPORT_ARGS_MAX + 1] = {bin, "--database-url",
	                                             itest_env("TEST_IMPORT_DATABASE_URL")};
	size_t n = 3;
	va_list ap;
	va_start(ap, first);
	for (const char *a = first; a; a = va_arg(ap, const char *)) {
		cr_assert_lt(n, 3 + IMPORT_ARGS_MAX, "import_run: more than %d arguments",
		             IMPORT_ARGS_MAX);
		argv[n++] = a;
	}
	va_end(ap);
	argv[n] = NULL;
	itest_run(argv, NULL, 120, out);
	free(bin);
}

void import_forget_org(const char *org)
{
	PGconn *c = itest_admin();
	const char *params[] = {org};
	PQclear(itest_exec(c, "DELETE FROM reports WHERE organization = $1", 1, params));
	PQfinish(c);
}

long long import_data_rows(void)
{
	PGconn *c = itest_admin();
	long long n = itest_scalar(c,
	                           "SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM "
	                           "sections) + (SELECT count(*) FROM metrics)",
	                           0, NULL);
	PQfinish(c);
	return n;
}

void import_expect_refused(const char *org, const char *path, const char *also, const char *message,
                           enum import_stderr_match match)
{
	long long before = import_data_rows();
	itest_proc p;
	import_run(&p, "--org", org, path, also, NULL);
	cr_expect_eq(p.exit_code, 2, "%s: exit %d: %s", path, p.exit_code, p.err);
	sb want = SB_INIT;
	sb_printf(&want, "%s: error: %s\n", path, message);
	if (match == IMPORT_STDERR_EXACT)
		cr_expect_str_eq(p.err, sb_str(&want));
	else
		cr_expect(strstr(p.err, sb_str(&want)) != NULL, "stderr: %s", p.err);
	cr_expect_str_eq(p.out, "");
	cr_expect_eq(import_data_rows(), before, "%s: data written", path);
	sb_free(&want);
	itest_proc_free(&p);
}

/* Helpers of the import integration tests (test_import_*.c) on top of
 * itest.h: running bin/report-import against the test database, and
 * removing or counting what it wrote. */
#ifndef TESTS_INTEGRATION_IMPORT_UTIL_H
#define TESTS_INTEGRATION_IMPORT_UTIL_H

#include "itest.h"

/* Runs report-import --database-url TEST_IMPORT_DATABASE_URL with the
 * arguments that follow, up to the first NULL (at most 16), for up to 120 s;
 * out receives its exit code and output (release it with itest_proc_free). */
void import_run(itest_proc *out, const char *first, ...);

/* Deletes every report of `org` (and, through the foreign keys, its
 * sections and metrics). */
void import_forget_org(const char *org);

/* Reports + sections + metrics in the database: "nothing written" is this
 * number unchanged. */
long long import_data_rows(void);

/* How import_expect_refused compares stderr with "PATH: error: MESSAGE\n". */
enum import_stderr_match {
	IMPORT_STDERR_EXACT,    /* that line and nothing else */
	IMPORT_STDERR_CONTAINS, /* that line among others (e.g. warnings of the
	                         * other file) */
};

/* Runs report-import --org ORG PATH [ALSO] (ALSO may be NULL: a second
 * file, to show that a good file beside a refused one is not loaded either)
 * and expects the refusal: exit 2, stderr holding "PATH: error: MESSAGE\n"
 * as `match` says, nothing on stdout, import_data_rows() unchanged. */
void import_expect_refused(const char *org, const char *path, const char *also, const char *message,
                           enum import_stderr_match match);

#endif

/* The migration files of a folder: NNNN_name.sql, read whole and
 * checksummed, in version order. */
#ifndef MIGRATE_MIGRATION_FILES_H
#define MIGRATE_MIGRATION_FILES_H

#include "hash.h"

#include <stddef.h>

typedef struct migration {
	int version;                       /* the NNNN prefix */
	char *name;                        /* what follows NNNN_, without .sql: "init" */
	char *file;                        /* the file name: "0001_init.sql" */
	char *path;                        /* dir + "/" + file */
	char *sql;                         /* the whole file, NUL-terminated */
	char checksum[SHA256_HEX_LEN + 1]; /* SHA-256 of the file's bytes */
} migration;

typedef struct migration_set {
	migration *items; /* sorted by version */
	size_t n;
} migration_set;

/* Reads every NNNN_name.sql file of `dir` (other names are ignored). Returns
 * 0 and fills *out (caller frees with migration_set_free), or -1 with a
 * message in err: folder unreadable, a file unreadable or holding a NUL byte,
 * or two files with the same version. */
int migration_set_load(const char *dir, migration_set *out, char *err, size_t errlen);

/* The migration with `version`, or NULL. */
const migration *migration_set_find(const migration_set *set, int version);

void migration_set_free(migration_set *set);

#endif

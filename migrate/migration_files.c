#include "migration_files.h"

#include "sb.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* NNNN_name.sql with name made of letters, digits, '_' and '-'. Returns the
 * version, or -1 when the name does not match. */
static int parse_file_name(const char *file)
{
	size_t len = strlen(file);
	if (len < 10 || strcmp(file + len - 4, ".sql") != 0 || file[4] != '_')
		return -1;
	for (int i = 0; i < 4; i++)
		if (!isdigit((unsigned char)file[i]))
			return -1;
	for (size_t i = 5; i < len - 4; i++)
		if (!isalnum((unsigned char)file[i]) && file[i] != '_' && file[i] != '-')
			return -1;
	return atoi(file) /* the 4 leading digits; atoi stops at '_' */;
}

static int read_whole(const char *path, sb *out, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_append(out, chunk, n);
	int failed = ferror(f);
	fclose(f);
	if (failed) {
		snprintf(err, errlen, "%s: read error", path);
		return -1;
	}
	if (out->len && memchr(out->data, '\0', out->len)) {
		snprintf(err, errlen, "%s: holds a NUL byte", path);
		return -1;
	}
	return 0;
}

static int by_version(const void *a, const void *b)
{
	const migration *x = a, *y = b;
	return (x->version > y->version) - (x->version < y->version);
}

int migration_set_load(const char *dir, migration_set *out, char *err, size_t errlen)
{
	int rc = -1;
	size_t cap = 0;
	memset(out, 0, sizeof *out);
	DIR *d = opendir(dir);
	if (!d) {
		snprintf(err, errlen, "cannot read migrations folder %s: %s", dir, strerror(errno));
		return -1;
	}
	const struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		int version = parse_file_name(e->d_name);
		if (version < 0)
			continue;
		if (out->n == cap) {
			cap = cap ? 2 * cap : 16;
			out->items = xrealloc(out->items, cap * sizeof *out->items);
		}
		migration *m = &out->items[out->n++];
		memset(m, 0, sizeof *m);
		m->version = version;
		m->file = xstrdup(e->d_name);
		m->name = xstrndup(e->d_name + 5, strlen(e->d_name) - 9);
		sb path = SB_INIT;
		sb_printf(&path, "%s/%s", dir, e->d_name);
		m->path = sb_take(&path);
		sb text = SB_INIT;
		if (read_whole(m->path, &text, err, errlen) < 0) {
			sb_free(&text);
			goto out;
		}
		if (sha256_hex(text.data ? text.data : "", text.len, m->checksum) < 0) {
			sb_free(&text);
			snprintf(err, errlen, "%s: cannot compute SHA-256", m->path);
			goto out;
		}
		m->sql = sb_take(&text);
	}
	qsort(out->items, out->n, sizeof *out->items, by_version);
	for (size_t i = 1; i < out->n; i++)
		if (out->items[i].version == out->items[i - 1].version) {
			snprintf(err, errlen, "%s and %s have the same version %04d",
			         out->items[i - 1].file, out->items[i].file, out->items[i].version);
			goto out;
		}
	rc = 0;
out:
	closedir(d);
	if (rc < 0)
		migration_set_free(out);
	return rc;
}

const migration *migration_set_find(const migration_set *set, int version)
{
	for (size_t i = 0; i < set->n; i++)
		if (set->items[i].version == version)
			return &set->items[i];
	return NULL;
}

void migration_set_free(migration_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->items[i].name);
		free(set->items[i].file);
		free(set->items[i].path);
		free(set->items[i].sql);
	}
	free(set->items);
	memset(set, 0, sizeof *set);
}

/* Reading a Word file's ZIP container with libzip (see docx_zip.h). */
#include "docx_zip.h"

#include "sb.h"

#include <stdio.h>
#include <stdlib.h>
#include <zip.h>

struct docx_zip {
	zip_t *za;
	size_t budget; /* decompressed bytes still allowed */
	size_t limit;  /* the whole budget, for messages */
};

static size_t budget_for(size_t len)
{
	/* 100 times the file, but never above 64 MiB (and no overflow) */
	if (len > DOCX_MAX_UNPACKED / DOCX_MAX_RATIO)
		return DOCX_MAX_UNPACKED;
	return len * DOCX_MAX_RATIO;
}

docx_zip *docx_zip_open(const unsigned char *bytes, size_t len, char *err, size_t errlen)
{
	docx_zip *z = NULL;
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &zerr);
	if (!src) {
		snprintf(err, errlen, "cannot read the ZIP container: %s",
		         zip_error_strerror(&zerr));
		goto out;
	}
	/* ZIP_CHECKCONS: the local headers must agree with the central
	 * directory, which refuses many damaged and crafted archives at once */
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
	if (!za) {
		zip_source_free(src);
		snprintf(err, errlen,
		         "a damaged or truncated ZIP file (%s): save the document again",
		         zip_error_strerror(&zerr));
		goto out;
	}
	z = xcalloc(1, sizeof *z);
	z->za = za;
	z->limit = z->budget = budget_for(len);

	zip_int64_t n = zip_get_num_entries(za, 0);
	if (n < 0 || (zip_uint64_t)n > DOCX_MAX_ENTRIES) {
		snprintf(err, errlen, "the ZIP file has %lld entries, over the limit of %u",
		         (long long)n, DOCX_MAX_ENTRIES);
		goto fail;
	}
	/* Declared sizes first: a bomb is refused before anything is inflated. */
	zip_uint64_t total = 0;
	for (zip_int64_t i = 0; i < n; i++) {
		zip_stat_t st;
		if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) < 0 ||
		    !(st.valid & ZIP_STAT_SIZE)) {
			snprintf(err, errlen, "a damaged ZIP file: entry %lld has no size",
			         (long long)i);
			goto fail;
		}
		total += st.size;
		if (st.size > z->limit || total > z->limit) {
			snprintf(err, errlen,
			         "the ZIP file unpacks to more than %zu bytes (the limit: %u times "
			         "the file, at most %u MiB): refused as a ZIP bomb",
			         z->limit, DOCX_MAX_RATIO, DOCX_MAX_UNPACKED >> 20);
			goto fail;
		}
	}
	goto out;
fail:
	docx_zip_close(z);
	z = NULL;
out:
	zip_error_fini(&zerr);
	return z;
}

void docx_zip_close(docx_zip *z)
{
	if (!z)
		return;
	zip_discard(z->za); /* read-only: nothing to write back */
	free(z);
}

int docx_zip_has(const char *name, void *z)
{
	return zip_name_locate(((docx_zip *)z)->za, name, ZIP_FL_NOCASE) >= 0;
}

int docx_zip_read(docx_zip *z, const char *name, char **out, size_t *out_len, char *err,
                  size_t errlen)
{
	int rc = -1;
	zip_file_t *f = NULL;
	sb b = SB_INIT;
	*out = NULL;
	*out_len = 0;
	zip_int64_t idx = zip_name_locate(z->za, name, ZIP_FL_NOCASE);
	if (idx < 0) {
		rc = 0;
		goto out;
	}
	f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
	if (!f) {
		snprintf(err, errlen, "cannot read %s from the ZIP file: %s", name,
		         zip_strerror(z->za));
		goto out;
	}
	char chunk[16384];
	for (;;) {
		zip_int64_t got = zip_fread(f, chunk, sizeof chunk);
		if (got < 0) {
			snprintf(err, errlen, "a damaged ZIP file: %s: %s", name,
			         zip_file_strerror(f));
			goto out;
		}
		if (got == 0)
			break;
		/* the declared sizes were checked; this holds even if they lied */
		if ((size_t)got > z->budget) {
			snprintf(err, errlen,
			         "%s unpacks to more than the limit of %zu bytes: refused as a ZIP "
			         "bomb",
			         name, z->limit);
			goto out;
		}
		z->budget -= (size_t)got;
		sb_append(&b, chunk, (size_t)got);
	}
	*out_len = b.len;
	*out = sb_take(&b);
	rc = 1;
out:
	if (f)
		zip_fclose(f);
	sb_free(&b);
	return rc;
}

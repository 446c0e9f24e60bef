/* libFuzzer target for the Word reader (docx_read). Random bytes rarely
 * make a ZIP whose checksums hold, so most inputs are taken apart as the
 * XML parts of a Word file and zipped here (stored, not deflated: the
 * reader's XML handling is the surface worth covering, the inflater is
 * libzip's); some are given to the reader as the file itself, for the ZIP
 * layer and its limits.
 *
 * Input: the first byte's low bit chooses. 1: the rest, split at NUL bytes,
 * is word/document.xml, word/styles.xml, word/numbering.xml and
 * docProps/core.xml (missing parts are left out). 0: the rest is the file.
 * No crash, leak or undefined behaviour; a text that is NUL-terminated at
 * its stated length, and one outline level per line. */
#include "read_docx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const part_names[] = {"word/document.xml", "word/styles.xml",
                                         "word/numbering.xml", "docProps/core.xml"};

/* A stored ZIP of the NUL-separated parts of data[0..size); caller frees.
 * NULL when libzip cannot make one. */
static unsigned char *zip_parts(const uint8_t *data, size_t size, size_t *len)
{
	unsigned char *out = NULL;
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &zerr);
	zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &zerr) : NULL;
	if (!za)
		goto out;
	zip_source_keep(mem); /* the bytes outlive zip_close */
	size_t at = 0;
	for (size_t i = 0; i < 4 && at <= size; i++) {
		const uint8_t *end = memchr(data + at, 0, size - at);
		size_t n = end ? (size_t)(end - (data + at)) : size - at;
		zip_source_t *s = zip_source_buffer(za, data + at, n, 0);
		zip_int64_t idx = s ? zip_file_add(za, part_names[i], s, ZIP_FL_OVERWRITE) : -1;
		if (idx < 0) {
			zip_source_free(s);
			zip_discard(za);
			goto out;
		}
		zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
		at += n + 1;
		if (!end)
			break;
	}
	if (zip_close(za) != 0) {
		zip_discard(za);
		goto out;
	}
	zip_stat_t st;
	if (zip_source_stat(mem, &st) != 0 || zip_source_open(mem) != 0)
		goto out;
	out = malloc(st.size ? st.size : 1);
	if (out && zip_source_read(mem, out, st.size) != (zip_int64_t)st.size) {
		free(out);
		out = NULL;
	}
	zip_source_close(mem);
	*len = st.size;
out:
	if (mem)
		zip_source_free(mem);
	zip_error_fini(&zerr);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned char *file = NULL;
	const unsigned char *bytes = data + 1;
	size_t len = size - 1;
	if (data[0] & 1) {
		file = zip_parts(data + 1, size - 1, &len);
		if (!file)
			return 0;
		bytes = file;
	}
	docx_doc d;
	parse_error err;
	memset(&d, 0, sizeof d);
	if (docx_read(bytes, len, &d, &err) == PARSE_OK) {
		if (!d.text || strlen(d.text) != d.len)
			abort();
		size_t lines = 1;
		for (size_t i = 0; i < d.len; i++)
			lines += d.text[i] == '\n';
		if (d.n_lines != lines && !(d.n_lines == 0 && d.len == 0))
			abort();
		docx_doc_free(&d);
	}
	free(file);
	return 0;
}

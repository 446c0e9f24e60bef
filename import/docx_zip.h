/* The ZIP side of reading a Word file: opening an archive held in memory and
 * reading its entries under a budget of decompressed bytes, so that a ZIP
 * bomb is refused before it is inflated (declared sizes) and while it is
 * (bytes actually read). libzip does the decompression. */
#ifndef IMPORT_DOCX_ZIP_H
#define IMPORT_DOCX_ZIP_H

#include <stddef.h>

/* Limits for hostile archives; documented in README. A provincial report's
 * .docx unpacks to well under 1 MiB (its XML is 4-10 times its size). */
#define DOCX_MAX_UNPACKED (64u * 1024u * 1024u) /* all entries together */
#define DOCX_MAX_RATIO    100u                  /* unpacked / file size */
#define DOCX_MAX_ENTRIES  4096u

typedef struct docx_zip docx_zip;

/* Opens bytes[0..len) (borrowed: they must outlive the archive) and checks
 * the entry count and the declared sizes against the limits. Returns the
 * archive (close with docx_zip_close) or NULL with a message in err. */
docx_zip *docx_zip_open(const unsigned char *bytes, size_t len, char *err, size_t errlen);
void docx_zip_close(docx_zip *z);

/* 1 when the archive has an entry of that name (ASCII case ignored, as OPC
 * part names are case-insensitive). The signature fits zip_kind_refusal. */
int docx_zip_has(const char *name, void *z);

/* Reads the whole entry `name` into *out (NUL-terminated; caller frees) and
 * its length into *out_len, counting it against the archive's budget.
 * Returns 1 on success, 0 when there is no such entry (*out NULL, no error),
 * -1 with a message in err when it is damaged, encrypted or over budget. */
int docx_zip_read(docx_zip *z, const char *name, char **out, size_t *out_len, char *err,
                  size_t errlen);

#endif

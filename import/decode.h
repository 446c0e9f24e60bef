/* Decoding a report file's bytes into UTF-8 text.
 *
 * Accepted: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030 (and
 * so GBK/GB2312) recognised from the bytes. Decoding is strict: the first
 * undecodable byte refuses the whole input, with its byte offset. Control
 * characters other than tab, LF, CR and form feed mark binary data and are
 * refused the same way. */
#ifndef IMPORT_DECODE_H
#define IMPORT_DECODE_H

#include "parse.h"

#include <stddef.h>

enum text_encoding { ENC_UTF8, ENC_UTF8_BOM, ENC_UTF16LE, ENC_UTF16BE, ENC_GB18030 };

/* Name for logs: "UTF-8", "UTF-16LE", "GB18030", ... */
const char *encoding_name(enum text_encoding enc);

/* Decodes bytes[0..len) into NUL-terminated UTF-8 in *out (caller frees) with
 * every line end (CRLF, CR, LF, form feed) turned into '\n' and any BOM
 * dropped; *out_len is its length in bytes and *enc the encoding found.
 * Returns PARSE_OK, or PARSE_BAD_ENCODING with err filled (offset = byte
 * offset of the first bad byte) and *out NULL. Empty input decodes to "". */
enum parse_status decode_text(const unsigned char *bytes, size_t len, char **out, size_t *out_len,
                              enum text_encoding *enc, parse_error *err);

#endif

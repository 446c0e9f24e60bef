/* MuPDF's built-in font lookups, replaced by one small font.
 *
 * Debian's libmupdf.a carries about 40 MB of fonts (Noto for every script,
 * Droid and Source Han for CJK), all linked in through the one object that
 * defines these lookups. The importer draws nothing: it needs a font only
 * so that text in a font the PDF does not embed can be laid out, and then
 * only for the glyph widths, which the PDF itself states (/Widths, /W) for
 * any font that is not one of the base 14. Defining the lookups here keeps
 * that object, and the fonts, out of the program (the runtime image has a
 * size bound, docker/test.sh); every lookup answers with Nimbus Sans, whose
 * metrics are Helvetica's — right for the base 14 sans fonts and close
 * enough for the rest, since a character's Unicode value comes from the
 * PDF's encoding and ToUnicode maps, not from the font file.
 *
 * The signatures are MuPDF 1.21's (fitz/font.h). Static linking takes an
 * archive member only for a symbol still undefined, so read_pdf.c calls
 * pdf_fonts_stand_in() to bring this file in before libmupdf.a is searched.
 */
#include "read_pdf.h"

#include <mupdf/fitz.h>
#include <stdint.h>

int pdf_fonts_stand_in(void)
{
	return 1;
}

extern const unsigned char _binary_resources_fonts_urw_NimbusSans_Regular_cff_start[];
extern const unsigned char _binary_resources_fonts_urw_NimbusSans_Regular_cff_end[];

static const unsigned char *nimbus(int *len)
{
	/* the linker's start and end symbols of one blob: as addresses, not as
	 * pointers into two objects */
	*len = (int)((uintptr_t)_binary_resources_fonts_urw_NimbusSans_Regular_cff_end -
	             (uintptr_t)_binary_resources_fonts_urw_NimbusSans_Regular_cff_start);
	return _binary_resources_fonts_urw_NimbusSans_Regular_cff_start;
}

const unsigned char *fz_lookup_base14_font(fz_context *ctx, const char *name, int *len)
{
	(void)ctx;
	(void)name;
	return nimbus(len);
}

const unsigned char *fz_lookup_builtin_font(fz_context *ctx, const char *name, int bold, int italic,
                                            int *len)
{
	(void)ctx;
	(void)name;
	(void)bold;
	(void)italic;
	return nimbus(len);
}

const unsigned char *fz_lookup_cjk_font(fz_context *ctx, int ordering, int *len, int *index)
{
	(void)ctx;
	(void)ordering;
	*index = 0;
	return nimbus(len);
}

const unsigned char *fz_lookup_cjk_font_by_language(fz_context *ctx, const char *lang, int *len,
                                                    int *subfont)
{
	(void)ctx;
	(void)lang;
	*subfont = 0;
	return nimbus(len);
}

int fz_lookup_cjk_ordering_by_language(const char *name)
{
	(void)name;
	return -1;
}

const unsigned char *fz_lookup_noto_font(fz_context *ctx, int script, int lang, int *len,
                                         int *subfont)
{
	(void)ctx;
	(void)script;
	(void)lang;
	*subfont = 0;
	*len = 0;
	return NULL;
}

#define NO_FONT(name)                                                                              \
	const unsigned char *name(fz_context *ctx, int *len)                                       \
	{                                                                                          \
		(void)ctx;                                                                         \
		*len = 0;                                                                          \
		return NULL;                                                                       \
	}
NO_FONT(fz_lookup_noto_math_font)
NO_FONT(fz_lookup_noto_music_font)
NO_FONT(fz_lookup_noto_symbol1_font)
NO_FONT(fz_lookup_noto_symbol2_font)
NO_FONT(fz_lookup_noto_emoji_font)

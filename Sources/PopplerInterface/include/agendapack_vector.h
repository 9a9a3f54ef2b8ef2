#ifndef AGENDAPACK_VECTOR_H
#define AGENDAPACK_VECTOR_H
// A PDF read with poppler's core library, one document per file: its information, page
// sizes and labels (as poppler-glib reported them), a page's text (exactly as poppler-glib
// gave it) and its painted shapes (stroked segments, filled rectangles) in one
// interpreting pass, the text of a tagged PDF's table cells, renderings (Splash) and PNG.
// A C interface, so Swift needs no C++ interop; only PDFLayout uses it.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct AgendaPackVectorDocument AgendaPackVectorDocument;

enum {
    /// A straight piece of a stroked path: (x0, y0) to (x1, y1), `width` the line width.
    AGENDAPACK_SHAPE_STROKE = 0,
    /// A filled axis-aligned rectangle: x0 <= x1, y0 <= y1.
    AGENDAPACK_SHAPE_FILL = 1,
    /// Where a run of invisible text (render mode 3 or 7, as an OCR layer over a scan)
    /// starts: x0 == x1, y0 == y1.
    AGENDAPACK_SHAPE_INVISIBLE_TEXT = 3
};

/// In page points, top-left origin, y down (the space of poppler-glib's text boxes),
/// already cut to the clipping region in force when it was painted.
typedef struct {
    double x0, y0, x1, y1;
    double width;
    uint8_t kind;
    /// Luminance of the paint after opacity: 0 black, 255 white.
    uint8_t grey;
} AgendaPackShape;

/// poppler's messages (syntax errors and the like) go to `handler`, one line each, worded as
/// poppler-glib words them ("Syntax error at position 123: ..."); configuration and
/// command-line messages are dropped, as poppler-glib drops them. Without a handler poppler
/// writes them to standard error. Set it before the first document opens.
typedef void (*AgendaPackMessageHandler)(const char *message);

/// Why a document did not open: poppler's error code, as poppler-glib tells them apart.
enum {
    AGENDAPACK_OPEN_OK = 0,
    /// The file could not be opened (poppler-glib's G_FILE_ERROR).
    AGENDAPACK_OPEN_FILE_ERROR = 1,
    /// "Failed to read the document catalog"
    AGENDAPACK_OPEN_BAD_CATALOG = 2,
    /// "PDF document is damaged"
    AGENDAPACK_OPEN_DAMAGED = 3,
    /// "Document is encrypted": a password is needed, or the one given is wrong.
    AGENDAPACK_OPEN_ENCRYPTED = 4,
    /// "Failed to load document"
    AGENDAPACK_OPEN_INVALID = 5
};

/// A page's size and label as poppler-glib reports them: `width` and `height` of the crop
/// box, swapped when /Rotate is 90 or 270; the crop box itself (unrotated); the page
/// label (Catalog::indexToLabel, converted as the info strings are; NULL when not
/// convertible; owned, release with `agendapack_vector_page_info_free`).
typedef struct {
    double width, height;
    double cropX1, cropY1, cropX2, cropY2;
    char *label;
} AgendaPackPageInfo;

/// A run of text in one style: `start` to `end` (inclusive) are offsets in scalars into
/// the page text, as poppler-glib's text attributes give them.
typedef struct {
    char *fontName;  // subset prefix removed; owned
    double fontSize;
    int32_t start;
    int32_t end;
} AgendaPackTextRun;

/// One page read in a single interpreting pass: its text, one rectangle per scalar of the
/// text and the style runs (exactly what poppler-glib's get_text, get_text_layout and
/// get_text_attributes give for the page), which scalars were drawn invisibly, and the
/// painted shapes.
typedef struct {
    char *text;
    double *rects;  // x1, y1, x2, y2 per scalar of `text`
    size_t rectCount;
    /// One per rectangle (NULL when no word of the page was drawn invisibly): 0 for a
    /// scalar painted as usual (and for the spaces and line ends between words), else the
    /// number (from 1, in content order) of the run of invisible glyphs, drawn one after
    /// another, its word belongs to. A glyph is drawn invisibly in render mode 3 or 7, or
    /// with its box (descent to ascent) wholly outside the clipping region; a word is when
    /// all its glyphs are.
    int32_t *invisible;
    AgendaPackTextRun *runs;
    size_t runCount;
    AgendaPackShape *shapes;
    size_t shapeCount;
    int shapesTruncated;
} AgendaPackPageRead;

enum {
    /// A Table element; `page` is its page (1-based) or 0 when the tree does not say.
    AGENDAPACK_TAGGED_TABLE = 0,
    /// A TR of the table last opened (directly, or inside THead, TBody or TFoot).
    AGENDAPACK_TAGGED_ROW = 1,
    /// A TD of the row last opened; `text` its text.
    AGENDAPACK_TAGGED_CELL = 2,
    /// A TH of the row last opened; `text` its text.
    AGENDAPACK_TAGGED_HEADER = 3
};

typedef struct {
    uint8_t kind;
    int32_t page;
    /// UTF-8, owned by the array (NULL except for cells).
    char *text;
} AgendaPackTagged;

/// The element limit of the structure-tree walk made before the first page pass (by
/// `agendapack_vector_walk_tagged`, or by the first `agendapack_vector_read_page`): the
/// text of the cells it finds is collected by the page passes, so
/// `agendapack_vector_tagged_tables` with this limit interprets no page read before again
/// (with another limit it walks again and reads the pages itself).
#define AGENDAPACK_TAGGED_DEFAULT_LIMIT 200000

/// Every function of the interface, once: F(return type, name, (parameters), (arguments))
/// for a function with a result, V(void, ...) for one without. The library's table, its
/// prototypes and the callers' trampolines below are all made from this list.
#define AGENDAPACK_POPPLER_FUNCTIONS(F, V) \
    V(void, agendapack_set_message_handler, (AgendaPackMessageHandler handler), (handler)) \
    /* Opens the PDF at `path` (a file system path), with an optional password (UTF-8), tried */ \
    /* as owner and user password after conversion to Latin-1 as poppler-glib converts it */ \
    /* (empty when it has characters outside Latin-1). NULL when it cannot be opened, with the */ \
    /* reason in `status`. A document of no pages opens. */ \
    F(AgendaPackVectorDocument *, agendapack_vector_open, (const char *path, const char *password, int *status), (path, password, status)) \
    V(void, agendapack_vector_close, (AgendaPackVectorDocument *document), (document)) \
    /* The document information entry `key` ("Title", "Creator", "Producer") in UTF-8, */ \
    /* converted as poppler-glib converts text strings (UTF-16 after a byte order mark, else */ \
    /* PDFDocEncoding; cut at the first NUL); NULL when absent, not a string, or not valid */ \
    /* UTF-16. Release with free(). */ \
    F(char *, agendapack_vector_info, (AgendaPackVectorDocument *document, const char *key), (document, key)) \
    /* The PDF version as poppler-glib writes it after "PDF-" ("1.7"; "%.2g" of major + minor / 10). */ \
    /* Release with free(). */ \
    F(char *, agendapack_vector_pdf_version, (AgendaPackVectorDocument *document), (document)) \
    /* Whether poppler gives page `page` (1-based) at all (a broken page tree can leave holes). */ \
    F(int, agendapack_vector_has_page, (AgendaPackVectorDocument *document, int page), (document, page)) \
    /* The size of page `page` (1-based) as `agendapack_vector_page_info` gives it, without the */ \
    /* label: 0, or -1 when poppler cannot give the page. */ \
    F(int, agendapack_vector_page_size, (AgendaPackVectorDocument *document, int page, double *width, double *height), (document, page, width, height)) \
    /* Fills `out` for page `page` (1-based): 0, or -1 when poppler cannot give the page. */ \
    F(int, agendapack_vector_page_info, (AgendaPackVectorDocument *document, int page, AgendaPackPageInfo *out), (document, page, out)) \
    V(void, agendapack_vector_page_info_free, (AgendaPackPageInfo *info), (info)) \
    /* Renders page `page` (1-based) on white with poppler's Splash rasteriser (anti-aliased), */ \
    /* as displayed (its /Rotate applied, annotations drawn): `width` x `height` pixels whose */ \
    /* top-left corner is the point (`x`, `y`) of the page (points, top-left origin) at */ \
    /* `scale` pixels per point. `colour` 0 writes one grey byte per pixel (luminance */ \
    /* (77 R + 151 G + 28 B) / 256), 1 three bytes R, G, B; rows have no padding. One */ \
    /* rasteriser per document (its font cache lives as long). 0, or -1 when it cannot render. */ \
    F(int, agendapack_vector_render, (AgendaPackVectorDocument *document, int page, double x, double y, double scale, int width, int height, int colour, uint8_t *pixels), (document, page, x, y, scale, width, height, colour, pixels)) \
    /* Whether the rendering `agendapack_vector_render` would make (grey) has at least */ \
    /* `share` of its `width` x `height` pixels darker than `level`: 1, 0, or -1 when it cannot */ \
    /* render. The drawing stops as soon as that share is reached between two operators (a */ \
    /* scanned page is rarely drawn past its first image), so a later paint that lightens */ \
    /* what was already dark does not count. */ \
    F(int, agendapack_vector_page_inked, (AgendaPackVectorDocument *document, int page, double x, double y, double scale, int width, int height, int level, double share), (document, page, x, y, scale, width, height, level, share)) \
    /* An 8-bit RGB image (rows of `width` * 3 bytes) encoded as PNG, with `dpi` recorded; */ \
    /* NULL on failure. Release with free(). */ \
    F(uint8_t *, agendapack_png_rgb, (const uint8_t *rgb, int width, int height, double dpi, size_t *length), (rgb, width, height, dpi, length)) \
    /* Scales an 8-bit RGB image down (or up) to `toWidth` x `toHeight`, `factor` target pixels */ \
    /* per source pixel: each target pixel is the area-weighted mean of the source pixels it */ \
    /* covers (white beyond the source's edges). */ \
    V(void, agendapack_scale_rgb, (const uint8_t *rgb, int width, int height, double factor, uint8_t *out, int toWidth, int toHeight), (rgb, width, height, factor, out, toWidth, toHeight)) \
    F(int, agendapack_vector_page_count, (AgendaPackVectorDocument *document), (document)) \
    /* Reads page `page` (1-based). Returns 0 and fills `out` (release with */ \
    /* `agendapack_vector_page_read_free`), or -1 when the page cannot be read. A page poppler */ \
    /* marks not OK (contents or annotations of the wrong type) is read as */ \
    /* `agendapack_vector_read_page_text` reads it: 1, text only, no shapes. */ \
    F(int, agendapack_vector_read_page, (AgendaPackVectorDocument *document, int page, size_t shapeLimit, AgendaPackPageRead *out), (document, page, shapeLimit, out)) \
    /* The text of page `page` from a plain text pass over its contents (what poppler-glib's */ \
    /* get_text, get_text_layout and get_text_attributes gave: no annotations, no shapes): */ \
    /* 1 and `out` filled, or -1. For tests that hold the one-pass device to it. */ \
    F(int, agendapack_vector_read_page_text, (AgendaPackVectorDocument *document, int page, AgendaPackPageRead *out), (document, page, out)) \
    V(void, agendapack_vector_page_read_free, (AgendaPackPageRead *read), (read)) \
    /* Whether the page passes draw the appearances of form fields (widget annotations), the */ \
    /* values a filled form prints: on (1) by default. Reviewers' annotations (comments, free */ \
    /* text, highlights, stamps) are never drawn. poppler-glib's text leaves every annotation */ \
    /* out; 0 gives exactly its text. */ \
    V(void, agendapack_vector_set_forms, (AgendaPackVectorDocument *document, int forms), (document, forms)) \
    /* Walks the structure tree for tables (once; nothing for an untagged PDF), so that the */ \
    /* page passes collect the text of their cells. Call it right after opening to keep */ \
    /* poppler's messages about the tree apart from a page's. */ \
    V(void, agendapack_vector_walk_tagged, (AgendaPackVectorDocument *document), (document)) \
    /* The tables of a tagged PDF's structure tree in document order, flattened: a table */ \
    /* entry, then its rows, each followed by its cells. Cell text comes from the page's text */ \
    /* pass when the page was read, else from one interpreting pass per page for all its */ \
    /* cells (poppler's own per-element text reading interprets the page once per */ \
    /* marked-content item). Walks at most `limit` elements. NULL (count 0) */ \
    /* for an untagged PDF. Release with `agendapack_vector_tagged_free`. */ \
    F(AgendaPackTagged *, agendapack_vector_tagged_tables, (AgendaPackVectorDocument *document, size_t limit, size_t *count), (document, limit, count)) \
    V(void, agendapack_vector_tagged_free, (AgendaPackTagged *entries, size_t count), (entries, count))

/// The library's table of functions (one field per function of the list, named as it).
#define AGENDAPACK_POPPLER_FIELD(R, name, params, args) R(*name) params;
typedef struct {
    /// AGENDAPACK_POPPLER_INTERFACE of the library that made the table.
    int interface;
    AGENDAPACK_POPPLER_FUNCTIONS(AGENDAPACK_POPPLER_FIELD, AGENDAPACK_POPPLER_FIELD)
} AgendaPackPoppler;
#undef AGENDAPACK_POPPLER_FIELD

/// Raised whenever the list or a type above changes, so that a library built from another
/// revision is refused rather than called wrongly.
#define AGENDAPACK_POPPLER_INTERFACE 2

/// The one symbol the library exports: its table.
#define AGENDAPACK_POPPLER_ENTRY "agendapack_poppler_interface"
typedef const AgendaPackPoppler *(*AgendaPackPopplerEntry)(void);

#ifdef AGENDAPACK_POPPLER_IMPLEMENTATION
// The library (PopplerVector): the functions themselves.
#define AGENDAPACK_POPPLER_PROTOTYPE(R, name, params, args) R name params;
AGENDAPACK_POPPLER_FUNCTIONS(AGENDAPACK_POPPLER_PROTOTYPE, AGENDAPACK_POPPLER_PROTOTYPE)
#undef AGENDAPACK_POPPLER_PROTOTYPE
const AgendaPackPoppler *agendapack_poppler_interface(void);
#else
// The callers (PDFLayout): poppler is not linked into the executable, so that commands that
// read no PDF (--version, --help, search, the store) do not pay for loading it and its
// thirty libraries. The library is loaded on first use (PopplerLoader: beside the
// executable, or AGENDAPACK_POPPLER_LIBRARY), and each function is a call through its table.

/// Loads the library once per process: 0, or -1 with why in `message` (a static string).
int agendapack_poppler_load(const char **message);
/// The loaded table; a process that cannot load the library stops here with the message
/// (callers load it first, through `agendapack_poppler_load`, to report it as an error).
const AgendaPackPoppler *agendapack_poppler(void);

#define AGENDAPACK_POPPLER_TRAMPOLINE(R, name, params, args) \
    static inline R name params { return agendapack_poppler()->name args; }
#define AGENDAPACK_POPPLER_TRAMPOLINE_VOID(R, name, params, args) \
    static inline void name params { agendapack_poppler()->name args; }
AGENDAPACK_POPPLER_FUNCTIONS(AGENDAPACK_POPPLER_TRAMPOLINE, AGENDAPACK_POPPLER_TRAMPOLINE_VOID)
#undef AGENDAPACK_POPPLER_TRAMPOLINE
#undef AGENDAPACK_POPPLER_TRAMPOLINE_VOID
#endif

#ifdef __cplusplus
}
#endif
#endif

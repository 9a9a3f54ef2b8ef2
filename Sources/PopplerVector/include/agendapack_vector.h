#ifndef AGENDAPACK_VECTOR_H
#define AGENDAPACK_VECTOR_H
// A page's text (exactly as poppler-glib gives it) and its painted shapes (stroked
// segments, filled rectangles), read with poppler's core library in one interpreting pass;
// and the text of a tagged PDF's table cells. A C interface, so Swift needs no C++
// interop; only PDFLayout uses it.
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

/// Opens the PDF at `path` (a file system path), with an optional password tried as
/// owner and user password. NULL when it cannot be opened.
AgendaPackVectorDocument *agendapack_vector_open(const char *path, const char *password);
void agendapack_vector_close(AgendaPackVectorDocument *document);
int agendapack_vector_page_count(AgendaPackVectorDocument *document);


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

/// Reads page `page` (1-based). Returns 0 and fills `out` (release with
/// `agendapack_vector_page_read_free`), or -1 when the page cannot be read.
int agendapack_vector_read_page(AgendaPackVectorDocument *document, int page, size_t shapeLimit, AgendaPackPageRead *out);
void agendapack_vector_page_read_free(AgendaPackPageRead *read);

/// Whether the page passes draw the appearances of form fields (widget annotations), the
/// values a filled form prints: on (1) by default. Reviewers' annotations (comments, free
/// text, highlights, stamps) are never drawn. poppler-glib's text leaves every annotation
/// out; 0 gives exactly its text.
void agendapack_vector_set_forms(AgendaPackVectorDocument *document, int forms);

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

/// Walks the structure tree for tables (once; nothing for an untagged PDF), so that the
/// page passes collect the text of their cells. Call it right after opening to keep
/// poppler's messages about the tree apart from a page's.
void agendapack_vector_walk_tagged(AgendaPackVectorDocument *document);

/// The tables of a tagged PDF's structure tree in document order, flattened: a table
/// entry, then its rows, each followed by its cells. Cell text comes from the page's text
/// pass when the page was read, else from one interpreting pass per page for all its
/// cells (poppler's own per-element text reading interprets the page once per
/// marked-content item). Walks at most `limit` elements. NULL (count 0)
/// for an untagged PDF. Release with `agendapack_vector_tagged_free`.
AgendaPackTagged *agendapack_vector_tagged_tables(AgendaPackVectorDocument *document, size_t limit, size_t *count);
void agendapack_vector_tagged_free(AgendaPackTagged *entries, size_t count);

#ifdef __cplusplus
}
#endif
#endif

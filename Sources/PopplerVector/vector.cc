// The one reader of PDFs, on poppler's core library, one document per file: the document
// information, page sizes and labels as poppler-glib reported them (this library went
// through poppler-glib before), poppler's messages worded as poppler-glib worded them;
// each page's text exactly as poppler-glib gave it, with the straight pieces of stroked
// paths and the filled axis-aligned rectangles recorded in the same pass; the text of a
// tagged PDF's table cells; renderings with Splash. See agendapack_vector.h.
// This file is the library the executable loads (see agendapack_vector.h): the functions
// themselves, and their table.
#include "agendapack_poppler_library.h"

#include <Annot.h>
#include <Catalog.h>
#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Gfx.h>
#include <TextOutputDev.h>
#include <StructElement.h>
#include <StructTreeRoot.h>
#include <goo/GooString.h>
#include <goo/PNGWriter.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

void appendUTF8(std::string &out, Unicode c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        if (c >= 0xD800 && c <= 0xDFFF) return;
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x110000) {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Text as poppler-glib collects it (the same TextOutputDev settings), with the painted
// shapes and the text of wanted marked-content items (a tagged PDF's table cells)
// recorded on the way. poppler's text device asks for no images (needNonText), so none
// are seen here; a scanned page shows itself by its invisible OCR text.
//
// One device serves a whole document, as pdftotext's does: poppler caches ICC colour
// spaces (and the lcms transforms they build) on the output device, so a device per page
// rebuilt them on every page (25-30% of the time on some real packs). The text of each
// page still goes to a fresh TextOutputDev (`begin`), to which the text calls are passed:
// TextOutputDev::takeText does not move its ActualText collector to the next page, so
// one text device cannot be reused.
class TextAndShapes final : public OutputDev {
public:
    TextAndShapes() = default;

    std::vector<AgendaPackShape> shapes;
    bool truncated = false;
    std::unique_ptr<TextOutputDev> text;
    // The marked-content items (MCID) whose text is wanted on this page, and their text.
    const std::unordered_set<int> *wanted = nullptr;
    std::unordered_map<int, std::string> marked;

    // The glyphs drawn invisibly on this page (see `drawChar`), as runs of glyphs drawn
    // one after another: their span [start, end) of the text device's character count,
    // and the run's number, counted from 1 in content order.
    struct InvisibleRun {
        int start, end;
        int32_t number;
    };
    std::vector<InvisibleRun> invisible;

    // Ready for the next page, with `limit` shapes at most (0: no limit).
    void begin(size_t limit, const std::unordered_set<int> *wantedItems) {
        limit_ = limit;
        shapes.clear();
        truncated = false;
        invisible.clear();
        charCount_ = 0;
        text = std::make_unique<TextOutputDev>(nullptr, true, 0.0, false, false);
        wanted = wantedItems;
        marked.clear();
        stack_.clear();
    }

    // TextOutputDev's answers.
    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return false; }
    bool needCharCount() override { return true; }

    void startPage(int pageNum, GfxState *state, XRef *xref) override { text->startPage(pageNum, state, xref); }
    void endPage() override { text->endPage(); }
    void restoreState(GfxState *state) override { text->restoreState(state); }
    void updateFont(GfxState *state) override { text->updateFont(state); }
    void endString(GfxState *state) override { text->endString(state); }
    void incCharCount(int nChars) override {
        text->incCharCount(nChars);
        charCount_ += nChars;
    }
    void beginActualText(GfxState *state, const GooString *s) override { text->beginActualText(state, s); }
    void endActualText(GfxState *state) override { text->endActualText(state); }
    void processLink(AnnotLink *link) override { text->processLink(link); }

    // Passes the glyph to the text device and notes whether it was drawn invisibly: in
    // render mode 3 or 7 (neither filled nor stroked: an OCR layer, a hidden copy) or with
    // its box wholly outside the clipping region (a copy painted where nothing shows).
    // The text device counts characters in the bytes of the shown strings (a word knows
    // the span of the count it covers), so the count is kept the same way here.
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override {
        text->drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
        const int start = charCount_;
        charCount_ += nBytes;
        if (nBytes > 0 && (invisibleRender(state) || clippedAway(state, x, y, dx, dy))) {
            if (!invisible.empty() && invisible.back().end == start) {
                invisible.back().end = charCount_;
            } else {
                invisible.push_back(InvisibleRun{start, charCount_, static_cast<int32_t>(invisible.size() + 1)});
            }
        }
        if (wanted == nullptr || stack_.empty() || stack_.back() < 0 || u == nullptr) return;
        if (wanted->count(stack_.back()) == 0) return;
        std::string &out = marked[stack_.back()];
        if (out.size() > (1u << 20)) return;
        for (int i = 0; i < uLen; ++i) appendUTF8(out, u[i]);
    }

    void beginMarkedContent(const char *, Dict *properties) override {
        int mcid = stack_.empty() ? -1 : stack_.back();  // nested items belong to the enclosing one
        if (properties != nullptr) {
            Object value = properties->lookup("MCID");
            if (value.isInt()) mcid = value.getInt();
        }
        stack_.push_back(mcid);
    }
    void endMarkedContent(GfxState *) override {
        if (!stack_.empty()) stack_.pop_back();
    }

    // Shadings are not decomposed into thousands of small fills: they are skipped.
    bool useShadedFills(int) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    void stroke(GfxState *state) override {
        text->stroke(state);
        GfxRGB rgb;
        state->getStrokeRGB(&rgb);
        const uint8_t grey = luminance(rgb, state->getStrokeOpacity());
        const double width = state->getTransformedLineWidth();
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        const GfxPath *path = state->getPath();
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath *sub = path->getSubpath(i);
            const int n = sub->getNumPoints();
            if (n < 2) continue;
            double px, py;
            state->transform(sub->getX(0), sub->getY(0), &px, &py);
            int j = 1;
            while (j < n) {
                if (sub->getCurve(j)) {
                    // A Bezier: two control points and an end point; not a straight piece.
                    const int end = std::min(j + 2, n - 1);
                    state->transform(sub->getX(end), sub->getY(end), &px, &py);
                    j = end + 1;
                    continue;
                }
                double x, y;
                state->transform(sub->getX(j), sub->getY(j), &x, &y);
                addSegment(px, py, x, y, width, grey, cx0, cy0, cx1, cy1);
                px = x;
                py = y;
                ++j;
            }
        }
    }


    void fill(GfxState *state) override {
        text->fill(state);
        fillPath(state, false);
    }
    void eoFill(GfxState *state) override {
        text->eoFill(state);
        fillPath(state, true);
    }

    // Notes where a run of invisible text (an OCR layer) starts.
    void beginString(GfxState *state, const GooString *s) override {
        if (invisibleRender(state)) {
            double x, y;
            state->transform(state->getCurX(), state->getCurY(), &x, &y);
            if (std::isfinite(x) && std::isfinite(y)) push(AgendaPackShape{x, y, x, y, 0, AGENDAPACK_SHAPE_INVISIBLE_TEXT, 0});
        }
        text->beginString(state, s);
    }

private:
    size_t limit_ = 0;
    std::vector<int> stack_;
    // The text device's character count on this page.
    int charCount_ = 0;

    // Render modes 3 (invisible) and 7 (clip only) paint nothing.
    static bool invisibleRender(const GfxState *state) { return (state->getRender() & 3) == 3; }

    // Whether the box of the glyph at (x, y) with advance (dx, dy), from the font's
    // descent to its ascent, lies wholly outside the bounding box of the clipping region.
    static bool clippedAway(GfxState *state, double x, double y, double dx, double dy) {
        double m11, m12, m21, m22;
        state->getFontTransMat(&m11, &m12, &m21, &m22);
        double ascent = 0.95, descent = -0.35;
        if (const auto &font = state->getFont()) {
            ascent = font->getAscent();
            descent = font->getDescent();
        }
        double x0, y0, x1, y1;
        state->transform(x, y, &x0, &y0);
        state->transform(x + dx, y + dy, &x1, &y1);
        double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
        for (const double a : {descent, ascent}) {
            for (const double px : {x0, x1}) {
                minX = std::min(minX, px + a * m21);
                maxX = std::max(maxX, px + a * m21);
            }
            for (const double py : {y0, y1}) {
                minY = std::min(minY, py + a * m22);
                maxY = std::max(maxY, py + a * m22);
            }
        }
        if (!std::isfinite(minX) || !std::isfinite(minY) || !std::isfinite(maxX) || !std::isfinite(maxY)) return false;
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        return maxX <= cx0 || minX >= cx1 || maxY <= cy0 || minY >= cy1;
    }

    static uint8_t luminance(const GfxRGB &rgb, double opacity) {
        const double r = colToDbl(rgb.r), g = colToDbl(rgb.g), b = colToDbl(rgb.b);
        double level = (r * 77 + g * 151 + b * 28) / 256.0;  // 0...1, the weights of the renderer's grey
        const double alpha = std::clamp(opacity, 0.0, 1.0);
        level = 1.0 - (1.0 - level) * alpha;
        return static_cast<uint8_t>(std::lround(std::clamp(level, 0.0, 1.0) * 255.0));
    }

    bool push(const AgendaPackShape &shape) {
        if (limit_ != 0 && shapes.size() >= limit_) {
            truncated = true;
            return false;
        }
        shapes.push_back(shape);
        return true;
    }

    void addSegment(double x0, double y0, double x1, double y1, double width, uint8_t grey, double cx0, double cy0, double cx1, double cy1) {
        if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1)) return;
        const double dx = std::fabs(x1 - x0), dy = std::fabs(y1 - y0);
        if (dx < 1e-6 && dy < 1e-6) return;
        // Axis-aligned pieces are cut to the clip box; others are kept whole when they lie inside it.
        if (dy <= 0.05 * std::max(dx, 1e-9) && dy < 1) {
            const double y = (y0 + y1) / 2;
            if (y < cy0 - width / 2 || y > cy1 + width / 2) return;
            const double a = std::max(std::min(x0, x1), cx0), b = std::min(std::max(x0, x1), cx1);
            if (a >= b) return;
            push(AgendaPackShape{a, y, b, y, width, AGENDAPACK_SHAPE_STROKE, grey});
        } else if (dx <= 0.05 * std::max(dy, 1e-9) && dx < 1) {
            const double x = (x0 + x1) / 2;
            if (x < cx0 - width / 2 || x > cx1 + width / 2) return;
            const double a = std::max(std::min(y0, y1), cy0), b = std::min(std::max(y0, y1), cy1);
            if (a >= b) return;
            push(AgendaPackShape{x, a, x, b, width, AGENDAPACK_SHAPE_STROKE, grey});
        } else {
            if (std::max(x0, x1) < cx0 || std::min(x0, x1) > cx1 || std::max(y0, y1) < cy0 || std::min(y0, y1) > cy1) return;
            push(AgendaPackShape{x0, y0, x1, y1, width, AGENDAPACK_SHAPE_STROKE, grey});
        }
    }

    struct Box {
        double x0, y0, x1, y1;
    };

    // The device-space rectangle a subpath outlines, when it is one (straight, axis-aligned edges).
    static std::optional<Box> rectangle(GfxState *state, const GfxSubpath *sub) {
        const int n = sub->getNumPoints();
        if (n < 4 || n > 16) return std::nullopt;
        double xs[16], ys[16];
        int m = 0;
        for (int j = 0; j < n; ++j) {
            if (sub->getCurve(j)) return std::nullopt;
            double x, y;
            state->transform(sub->getX(j), sub->getY(j), &x, &y);
            if (!std::isfinite(x) || !std::isfinite(y)) return std::nullopt;
            if (m > 0 && std::fabs(x - xs[m - 1]) < 1e-6 && std::fabs(y - ys[m - 1]) < 1e-6) continue;
            xs[m] = x;
            ys[m] = y;
            ++m;
        }
        if (m > 1 && std::fabs(xs[m - 1] - xs[0]) < 1e-6 && std::fabs(ys[m - 1] - ys[0]) < 1e-6) --m;
        if (m != 4) return std::nullopt;
        for (int j = 0; j < 4; ++j) {
            const int k = (j + 1) % 4;
            const bool horizontal = std::fabs(ys[k] - ys[j]) < 0.01, vertical = std::fabs(xs[k] - xs[j]) < 0.01;
            if (!horizontal && !vertical) return std::nullopt;
        }
        Box box{xs[0], ys[0], xs[0], ys[0]};
        for (int j = 1; j < 4; ++j) {
            box.x0 = std::min(box.x0, xs[j]);
            box.y0 = std::min(box.y0, ys[j]);
            box.x1 = std::max(box.x1, xs[j]);
            box.y1 = std::max(box.y1, ys[j]);
        }
        return box;
    }

    void addFill(Box box, uint8_t grey, double cx0, double cy0, double cx1, double cy1) {
        box.x0 = std::max(box.x0, cx0);
        box.y0 = std::max(box.y0, cy0);
        box.x1 = std::min(box.x1, cx1);
        box.y1 = std::min(box.y1, cy1);
        if (box.x0 >= box.x1 || box.y0 >= box.y1) return;
        push(AgendaPackShape{box.x0, box.y0, box.x1, box.y1, 0, AGENDAPACK_SHAPE_FILL, grey});
    }

    void fillPath(GfxState *state, bool evenOdd) {
        (void)evenOdd;
        GfxRGB rgb;
        state->getFillRGB(&rgb);
        const uint8_t grey = luminance(rgb, state->getFillOpacity());
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        const GfxPath *path = state->getPath();
        std::vector<Box> boxes;
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            if (auto box = rectangle(state, path->getSubpath(i))) boxes.push_back(*box);
        }
        // A frame: one rectangle inside another, filled as a ring (a border drawn as one
        // path). Its four sides are what shows.
        if (boxes.size() == 2) {
            Box outer = boxes[0], inner = boxes[1];
            if (inner.x0 <= outer.x0 && inner.y0 <= outer.y0 && inner.x1 >= outer.x1 && inner.y1 >= outer.y1) std::swap(outer, inner);
            if (inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1 &&
                (inner.x1 - inner.x0) * (inner.y1 - inner.y0) > 0) {
                addFill(Box{outer.x0, outer.y0, outer.x1, inner.y0}, grey, cx0, cy0, cx1, cy1);
                addFill(Box{outer.x0, inner.y1, outer.x1, outer.y1}, grey, cx0, cy0, cx1, cy1);
                addFill(Box{outer.x0, inner.y0, inner.x0, inner.y1}, grey, cx0, cy0, cx1, cy1);
                addFill(Box{inner.x1, inner.y0, outer.x1, inner.y1}, grey, cx0, cy0, cx1, cy1);
                return;
            }
        }
        for (const Box &box : boxes) addFill(box, grey, cx0, cy0, cx1, cy1);
    }
};

// The text drawn inside each marked-content item (MCID) of a page, in one pass.
class MarkedText final : public OutputDev {
public:
    std::unordered_map<int, std::string> texts;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return false; }
    bool needCharCount() override { return false; }

    void beginMarkedContent(const char *, Dict *properties) override {
        int mcid = stack_.empty() ? -1 : stack_.back();  // nested items belong to the enclosing one
        if (properties != nullptr) {
            Object value = properties->lookup("MCID");
            if (value.isInt()) mcid = value.getInt();
        }
        stack_.push_back(mcid);
    }
    void endMarkedContent(GfxState *) override {
        if (!stack_.empty()) stack_.pop_back();
    }
    void drawChar(GfxState *, double, double, double, double, double, double, CharCode, int, const Unicode *u, int uLen) override {
        if (stack_.empty() || stack_.back() < 0 || u == nullptr) return;
        std::string &out = texts[stack_.back()];
        if (out.size() > (1u << 20)) return;
        for (int i = 0; i < uLen; ++i) appendUTF8(out, u[i]);
    }

private:
    std::vector<int> stack_;

};

// Walks the structure tree for Table / TR / TH / TD, noting for each cell the
// marked-content items (page, MCID) its text is drawn in.
struct TaggedWalk {
    PDFDoc *doc;
    size_t limit;
    size_t visited = 0;
    struct Entry {
        uint8_t kind;
        int page;
        std::vector<std::pair<int, int>> content;  // (page, MCID), in tree order
    };
    std::vector<Entry> entries;

    int pageOf(const StructElement *element) const {
        Ref ref;
        if (!element->getPageRef(ref)) return 0;
        const int page = doc->findPage(ref);
        return page > 0 ? page : 0;
    }

    bool budget() { return ++visited < limit; }

    void content(const StructElement *element, std::vector<std::pair<int, int>> &out, int depth) {
        for (unsigned i = 0; i < element->getNumChildren() && depth < 64; ++i) {
            if (!budget()) return;
            const StructElement *child = element->getChild(static_cast<int>(i));
            if (child == nullptr) continue;
            if (child->isContent()) {
                if (!child->isObjectRef()) out.emplace_back(pageOf(child), child->getMCID());
            } else {
                content(child, out, depth + 1);
            }
        }
    }

    void rows(const StructElement *table, int depth) {
        for (unsigned i = 0; i < table->getNumChildren() && depth < 64; ++i) {
            if (!budget()) return;
            const StructElement *child = table->getChild(static_cast<int>(i));
            if (child == nullptr || child->isContent() || child->getNumChildren() == 0) continue;
            const StructElement::Type type = child->getType();
            if (type == StructElement::TR) {
                entries.push_back(Entry{AGENDAPACK_TAGGED_ROW, 0, {}});
                for (unsigned j = 0; j < child->getNumChildren(); ++j) {
                    if (!budget()) return;
                    const StructElement *cell = child->getChild(static_cast<int>(j));
                    if (cell == nullptr || cell->isContent()) continue;
                    if (cell->getType() == StructElement::TH || cell->getType() == StructElement::TD) {
                        Entry entry{static_cast<uint8_t>(cell->getType() == StructElement::TH ? AGENDAPACK_TAGGED_HEADER : AGENDAPACK_TAGGED_CELL), 0, {}};
                        content(cell, entry.content, depth + 2);
                        entries.push_back(std::move(entry));
                    }
                }
            } else if (type == StructElement::THead || type == StructElement::TBody || type == StructElement::TFoot) {
                rows(child, depth + 1);
            }
        }
    }

    void walk(const StructElement *element, int depth) {
        for (unsigned i = 0; i < element->getNumChildren() && depth < 64; ++i) {
            if (!budget()) return;
            const StructElement *child = element->getChild(static_cast<int>(i));
            if (child == nullptr || child->isContent()) continue;
            if (child->getType() == StructElement::Table) {
                entries.push_back(Entry{AGENDAPACK_TAGGED_TABLE, pageOf(child), {}});
                rows(child, depth + 1);
            } else {
                walk(child, depth + 1);
            }
        }
    }
};

std::once_flag globalParamsOnce;

// What poppler-glib did for this library before it was dropped: its password conversion,
// its text-string conversion and the wording of its messages, kept so that nothing
// downstream sees a difference.

// A password as poppler-glib passes it on: UTF-8 converted to Latin-1; empty when it has
// a character outside Latin-1 or is not valid UTF-8 (g_convert fails, GooString(nullptr)).
GooString latin1Password(const char *utf8) {
    std::string out;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    while (*p != 0) {
        if (*p < 0x80) {
            out += static_cast<char>(*p++);
        } else if ((p[0] == 0xC2 || p[0] == 0xC3) && (p[1] & 0xC0) == 0x80) {
            out += static_cast<char>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else {
            return GooString("");
        }
    }
    return GooString(out);
}

// A PDF text string in UTF-8 as poppler-glib converts it (_poppler_goo_string_to_utf8):
// UTF-16BE or UTF-16LE after a byte order mark (nothing when that is not valid UTF-16,
// where g_convert fails), else PDFDocEncoding, whose undefined codes map to 0 and end the
// string there (g_ucs4_to_utf8 of a 0-terminated array). Read as a C string, so cut at
// the first NUL.
std::optional<std::string> glibUTF8(const std::string &bytes) {
    std::string out;
    const bool big = GooString::hasUnicodeMarker(bytes);
    const bool little = !big && GooString::hasUnicodeMarkerLE(bytes);
    if (big || little) {
        if ((bytes.size() - 2) % 2 != 0) return std::nullopt;
        auto unit = [&](size_t i) -> Unicode {
            const unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
            return big ? (a << 8 | b) : (b << 8 | a);
        };
        for (size_t i = 2; i < bytes.size(); i += 2) {
            Unicode u = unit(i);
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (i + 4 > bytes.size()) return std::nullopt;
                const Unicode low = unit(i + 2);
                if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return std::nullopt;
            }
            appendUTF8(out, u);
        }
        // g_convert checks the whole string; the caller reads a C string.
        const size_t end = out.find('\0');
        if (end != std::string::npos) out.resize(end);
    } else {
        for (const char c : bytes) {
            const Unicode u = pdfDocEncoding[static_cast<unsigned char>(c)];
            if (u == 0) break;
            appendUTF8(out, u);
        }
    }
    return out;
}

char *duplicateString(const std::string &s) {
    auto *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out == nullptr) return nullptr;
    std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

AgendaPackMessageHandler messageHandler = nullptr;

// poppler's error callback, worded as poppler-glib's (which logged it with g_log).
void forwardMessage(ErrorCategory category, Goffset position, const char *message) {
    static const char *const names[] = {"Syntax warning", "Syntax error", nullptr, nullptr, "IO error", nullptr, "Unimplemented feature", "Internal error"};
    if (category == errConfig || category == errCommandLine || category == errNotAllowed) return;
    if (messageHandler == nullptr) return;
    const auto index = static_cast<unsigned>(category);
    const char *name = index < 8 && names[index] != nullptr ? names[index] : "(null)";
    std::string line = std::string(name) + " at position " + std::to_string(static_cast<long long>(position)) + ": " + (message != nullptr ? message : "(null)");
    messageHandler(line.c_str());
}

}  // namespace

struct AgendaPackVectorDocument {
    std::unique_ptr<PDFDoc> doc;
    // The one output device of the document's page passes (its colour caches live as long).
    TextAndShapes device;
    // Whether the page passes draw filled form fields (see `agendapack_vector_set_forms`).
    bool forms = true;
    // The structure tree's tables, walked once when the document opens (with `walkLimit`),
    // and the marked-content items their cells need, per page: the page passes collect
    // their text, so a tagged page is interpreted once.
    bool walked = false;
    size_t walkLimit = 0;
    std::vector<TaggedWalk::Entry> entries;
    std::unordered_map<int, std::unordered_set<int>> wanted;
    // The text of the wanted items on each page read so far.
    std::unordered_map<int, std::unordered_map<int, std::string>> marked;
    // The rasteriser of `agendapack_vector_render`, made on first use.
    std::unique_ptr<SplashOutputDev> splash;
};

namespace {

// Walks the structure tree for tables, with at most `limit` elements (0: no limit).
void walkTaggedTables(AgendaPackVectorDocument *document, size_t limit) {
    document->walked = true;
    document->walkLimit = limit;
    document->entries.clear();
    document->wanted.clear();
    const StructTreeRoot *root = document->doc->getStructTreeRoot();
    if (root == nullptr) return;
    TaggedWalk walk{document->doc.get(), limit == 0 ? SIZE_MAX : limit};
    for (unsigned i = 0; i < root->getNumChildren(); ++i) {
        if (!walk.budget()) break;
        const StructElement *element = root->getChild(static_cast<int>(i));
        if (element == nullptr || element->isContent()) continue;
        if (element->getType() == StructElement::Table) {
            walk.entries.push_back(TaggedWalk::Entry{AGENDAPACK_TAGGED_TABLE, walk.pageOf(element), {}});
            walk.rows(element, 1);
        } else {
            walk.walk(element, 1);
        }
    }
    for (const auto &entry : walk.entries) {
        for (const auto &item : entry.content) {
            if (item.first > 0 && item.first <= document->doc->getNumPages()) document->wanted[item.first].insert(item.second);
        }
    }
    document->entries = std::move(walk.entries);
}

}  // namespace

namespace {

char *duplicate(const char *s, size_t n) {
    auto *out = static_cast<char *>(std::malloc(n + 1));
    if (out == nullptr) return nullptr;
    std::memcpy(out, s, n);
    out[n] = 0;
    return out;
}

// The font name as poppler-glib reports it: "Default" when there is none, a subset prefix
// (capital letters and '+') removed.
std::string glibFontName(const TextWord *word, int index) {
    const GooString *name = word->getFontName(index);
    if (name == nullptr || name->getLength() == 0) return "Default";
    int i = 0;
    while (i < name->getLength() && name->getChar(i) >= 'A' && name->getChar(i) <= 'Z') ++i;
    const bool subset = i > 0 && i < name->getLength() && name->getChar(i) == '+';
    return subset ? std::string(name->c_str() + i + 1) : std::string(name->c_str());
}

// The invisible run a word was drawn in: the number of the run of `hidden` (ordered by
// start) that covers the word's span [start, end) of the character count; 0 when none
// covers it whole (the word was painted, or only partly drawn invisibly).
int32_t invisibleRun(const std::vector<TextAndShapes::InvisibleRun> &hidden, int start, int end) {
    if (end <= start) return 0;
    auto after = std::upper_bound(hidden.begin(), hidden.end(), start, [](int value, const TextAndShapes::InvisibleRun &run) { return value < run.start; });
    if (after == hidden.begin()) return 0;
    const auto &run = *(after - 1);
    return run.start <= start && end <= run.end ? run.number : 0;
}

bool sameStyle(const TextWord *a, int ai, const TextWord *b, int bi) {
    if (!a->getFontInfo(ai)->matches(b->getFontInfo(bi))) return false;
    if (a->getFontSize() != b->getFontSize()) return false;
    if (a->isUnderlined() != b->isUnderlined()) return false;
    double ar, ag, ab, br, bg, bb;
    a->getColor(&ar, &ag, &ab);
    b->getColor(&br, &bg, &bb);
    return ar == br && ag == bg && ab == bb;
}

}  // namespace

namespace {
int readPage(AgendaPackVectorDocument *document, int pageNumber, size_t shapeLimit, bool plain, AgendaPackPageRead *out);
}  // namespace

extern "C" {

AgendaPackVectorDocument *agendapack_vector_open(const char *path, const char *password, int *status) {
    if (status != nullptr) *status = AGENDAPACK_OPEN_INVALID;
    if (path == nullptr) return nullptr;
    // Made once and kept for the process (making them reads poppler's built-in tables).
    std::call_once(globalParamsOnce, [] {
        if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    });
    std::optional<GooString> secret;
    if (password != nullptr) secret = latin1Password(password);
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), secret, secret);
    if (!doc->isOk()) {
        if (status != nullptr) {
            switch (doc->getErrorCode()) {
            case errOpenFile: *status = AGENDAPACK_OPEN_FILE_ERROR; break;
            case errBadCatalog: *status = AGENDAPACK_OPEN_BAD_CATALOG; break;
            case errDamaged: *status = AGENDAPACK_OPEN_DAMAGED; break;
            case errEncrypted: *status = AGENDAPACK_OPEN_ENCRYPTED; break;
            default: *status = AGENDAPACK_OPEN_INVALID;
            }
        }
        return nullptr;
    }
    auto *document = new AgendaPackVectorDocument;
    document->doc = std::move(doc);
    if (status != nullptr) *status = AGENDAPACK_OPEN_OK;
    return document;
}

void agendapack_vector_close(AgendaPackVectorDocument *document) { delete document; }

void agendapack_set_message_handler(AgendaPackMessageHandler handler) {
    messageHandler = handler;
    setErrorCallback(forwardMessage);
}

char *agendapack_vector_info(AgendaPackVectorDocument *document, const char *key) {
    if (document == nullptr || key == nullptr) return nullptr;
    const std::unique_ptr<GooString> value = document->doc->getDocInfoStringEntry(key);
    if (!value) return nullptr;
    const std::optional<std::string> text = glibUTF8(value->toStr());
    return text ? duplicateString(*text) : nullptr;
}

char *agendapack_vector_pdf_version(AgendaPackVectorDocument *document) {
    if (document == nullptr) return nullptr;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2g", document->doc->getPDFMajorVersion() + document->doc->getPDFMinorVersion() / 10.0);
    // g_ascii_formatd: a point whatever the locale.
    for (char *c = buffer; *c != 0; ++c) {
        if (*c == ',') *c = '.';
    }
    return duplicateString(buffer);
}

int agendapack_vector_has_page(AgendaPackVectorDocument *document, int pageNumber) {
    if (document == nullptr || pageNumber < 1 || pageNumber > document->doc->getNumPages()) return 0;
    return document->doc->getPage(pageNumber) != nullptr ? 1 : 0;
}

int agendapack_vector_page_size(AgendaPackVectorDocument *document, int pageNumber, double *width, double *height) {
    if (document == nullptr || pageNumber < 1 || pageNumber > document->doc->getNumPages()) return -1;
    Page *page = document->doc->getPage(pageNumber);
    if (page == nullptr) return -1;
    const int rotate = page->getRotate();
    const bool turned = rotate == 90 || rotate == 270;
    if (width != nullptr) *width = turned ? page->getCropHeight() : page->getCropWidth();
    if (height != nullptr) *height = turned ? page->getCropWidth() : page->getCropHeight();
    return 0;
}

int agendapack_vector_page_info(AgendaPackVectorDocument *document, int pageNumber, AgendaPackPageInfo *out) {
    if (out == nullptr) return -1;
    std::memset(out, 0, sizeof(*out));
    if (document == nullptr || pageNumber < 1 || pageNumber > document->doc->getNumPages()) return -1;
    Page *page = document->doc->getPage(pageNumber);
    if (page == nullptr) return -1;
    // poppler_page_get_size, poppler_page_get_crop_box, poppler_page_get_label, in that order.
    const int rotate = page->getRotate();
    if (rotate == 90 || rotate == 270) {
        out->width = page->getCropHeight();
        out->height = page->getCropWidth();
    } else {
        out->width = page->getCropWidth();
        out->height = page->getCropHeight();
    }
    const PDFRectangle *crop = page->getCropBox();
    out->cropX1 = crop->x1;
    out->cropY1 = crop->y1;
    out->cropX2 = crop->x2;
    out->cropY2 = crop->y2;
    GooString label;
    document->doc->getCatalog()->indexToLabel(pageNumber - 1, &label);
    const std::optional<std::string> text = glibUTF8(label.toStr());
    out->label = text ? duplicateString(*text) : nullptr;
    return 0;
}

void agendapack_vector_page_info_free(AgendaPackPageInfo *info) {
    if (info == nullptr) return;
    std::free(info->label);
    info->label = nullptr;
}

namespace {

// The grey of an RGB pixel as `agendapack_vector_render` writes it.
inline unsigned luminance(const unsigned char *p) {
    return (p[0] * 77u + p[1] * 151u + p[2] * 28u) >> 8;
}

// How many of the `width` x `height` pixels of `bitmap` (white beyond its edges) are
// darker than `level`.
size_t darkPixels(SplashBitmap *bitmap, int width, int height, unsigned level) {
    if (bitmap == nullptr || bitmap->getDataPtr() == nullptr) return 0;
    const int bw = std::min(bitmap->getWidth(), width), bh = std::min(bitmap->getHeight(), height), stride = bitmap->getRowSize();
    const SplashColorConstPtr data = bitmap->getDataPtr();
    size_t dark = 0;
    for (int row = 0; row < bh; ++row) {
        const unsigned char *p = data + static_cast<size_t>(row) * stride;
        for (int column = 0; column < bw; ++column, p += 3) dark += luminance(p) < level ? 1 : 0;
    }
    // Beyond the bitmap the page is white (255): never darker than a level of at most 255.
    return dark;
}

// What `agendapack_vector_page_inked` asks of a rendering in progress: poppler calls
// `check` between operators (after every image), and the rendering stops once enough of
// the page is dark. Only the page's own bitmap is read: inside a transparency group Splash
// draws on a bitmap of the group's, whose pixels are not yet the page's.
struct InkCheck {
    SplashOutputDev *device;
    SplashBitmap *page;
    int width, height;
    unsigned level;
    double needed;
    bool inked = false;

    static bool check(void *data) {
        auto *ink = static_cast<InkCheck *>(data);
        if (ink->inked) return true;
        if (ink->device->getBitmap() != ink->page) return false;
        ink->inked = static_cast<double>(darkPixels(ink->page, ink->width, ink->height, ink->level)) >= ink->needed;
        return ink->inked;
    }
};

// Draws page `pageNumber` with the document's Splash rasteriser as `agendapack_vector_render`
// describes, asking `ink` (when given) between operators whether to stop. The bitmap, or
// nullptr when the page cannot be drawn.
SplashBitmap *drawPage(AgendaPackVectorDocument *document, int pageNumber, double x, double y, double scale, int width, int height, InkCheck *ink) {
    if (document == nullptr || width <= 0 || height <= 0 || !(scale > 0) || !std::isfinite(scale) || !std::isfinite(x) || !std::isfinite(y)) return nullptr;
    if (pageNumber < 1 || pageNumber > document->doc->getNumPages()) return nullptr;
    PDFDoc *doc = document->doc.get();
    Page *page = doc->getPage(pageNumber);
    if (page == nullptr) return nullptr;
    if (!document->splash) {
        SplashColor white;
        white[0] = white[1] = white[2] = 255;
        document->splash = std::make_unique<SplashOutputDev>(splashModeRGB8, 4, false, white);
        document->splash->setFontAntialias(true);
        document->splash->setVectorAntialias(true);
        document->splash->startDoc(doc);
    }
    SplashOutputDev &device = *document->splash;
    // Page::displaySlice, with a slice that starts at a fraction of a pixel (the region's
    // corner, as the Cairo context translated to it did) and no clip to the crop box (as
    // poppler-glib drew: its slice was the whole crop box).
    int rotate = page->getRotate();
    if (rotate >= 360) rotate -= 360;
    else if (rotate < 0) rotate += 360;
    const double dpi = 72.0 * scale;
    PDFRectangle box;
    bool crop = false;
    page->makeBox(dpi, dpi, rotate, false, device.upsideDown(), x * scale, y * scale, width, height, &box, &crop);
    auto gfx = std::make_unique<Gfx>(doc, &device, pageNumber, page->getResourceDict(), dpi, dpi, &box, nullptr, rotate,
                                     ink != nullptr ? &InkCheck::check : nullptr, ink, doc->getXRef());
    if (ink != nullptr) {
        ink->device = &device;
        ink->page = device.getBitmap();  // the page's, made by startPage in Gfx's constructor
    }
    Object contents = page->getContents();
    if (!contents.isNull()) {
        gfx->saveState();
        gfx->display(&contents);
        gfx->restoreState();
    } else {
        device.dump();
    }
    // Every annotation, as poppler-glib drew them on screen (not printing).
    Annots *annots = page->getAnnots();
    if ((ink == nullptr || !ink->inked) && annots != nullptr && !annots->getAnnots().empty()) {
        for (Annot *annot : annots->getAnnots()) annot->draw(gfx.get(), false);
        device.dump();
    }
    gfx.reset();  // ends the page
    SplashBitmap *bitmap = device.getBitmap();
    if (bitmap == nullptr || bitmap->getDataPtr() == nullptr) return nullptr;
    return bitmap;
}

}  // namespace

int agendapack_vector_render(AgendaPackVectorDocument *document, int pageNumber, double x, double y, double scale, int width, int height, int colour,
                             uint8_t *pixels) {
    if (pixels == nullptr) return -1;
    SplashBitmap *bitmap = drawPage(document, pageNumber, x, y, scale, width, height, nullptr);
    if (bitmap == nullptr) return -1;
    const int bw = bitmap->getWidth(), bh = bitmap->getHeight(), stride = bitmap->getRowSize();
    const SplashColorConstPtr data = bitmap->getDataPtr();
    const size_t channels = colour != 0 ? 3 : 1;
    static const unsigned char white[3] = {255, 255, 255};
    for (int row = 0; row < height; ++row) {
        uint8_t *out = pixels + static_cast<size_t>(row) * width * channels;
        for (int column = 0; column < width; ++column) {
            const unsigned char *p = row < bh && column < bw ? data + static_cast<size_t>(row) * stride + static_cast<size_t>(column) * 3 : white;
            if (channels == 3) {
                out[3 * column] = p[0];
                out[3 * column + 1] = p[1];
                out[3 * column + 2] = p[2];
            } else {
                out[column] = static_cast<uint8_t>(luminance(p));
            }
        }
    }
    return 0;
}

int agendapack_vector_page_inked(AgendaPackVectorDocument *document, int pageNumber, double x, double y, double scale, int width, int height, int level,
                                 double share) {
    if (level < 0 || level > 256 || !(share >= 0) || !std::isfinite(share)) return -1;
    InkCheck ink{nullptr, nullptr, width, height, static_cast<unsigned>(level), static_cast<double>(width) * static_cast<double>(height) * share};
    SplashBitmap *bitmap = drawPage(document, pageNumber, x, y, scale, width, height, &ink);
    if (bitmap == nullptr) return -1;
    if (ink.inked) return 1;
    return static_cast<double>(darkPixels(bitmap, width, height, ink.level)) >= ink.needed ? 1 : 0;
}

uint8_t *agendapack_png_rgb(const uint8_t *rgb, int width, int height, double dpi, size_t *length) {
    if (length != nullptr) *length = 0;
    if (rgb == nullptr || width <= 0 || height <= 0) return nullptr;
    char *buffer = nullptr;
    size_t size = 0;
    FILE *file = open_memstream(&buffer, &size);
    if (file == nullptr) return nullptr;
    bool ok;
    {
        PNGWriter writer(PNGWriter::RGB);
        ok = writer.init(file, width, height, dpi, dpi);
        for (int row = 0; ok && row < height; ++row) {
            auto *line = const_cast<unsigned char *>(rgb + static_cast<size_t>(row) * width * 3);
            ok = writer.writeRow(&line);
        }
        ok = ok && writer.close();
    }
    std::fclose(file);
    if (!ok) {
        std::free(buffer);
        return nullptr;
    }
    if (length != nullptr) *length = size;
    return reinterpret_cast<uint8_t *>(buffer);
}

void agendapack_scale_rgb(const uint8_t *rgb, int width, int height, double factor, uint8_t *out, int toWidth, int toHeight) {
    if (rgb == nullptr || out == nullptr || toWidth <= 0 || toHeight <= 0 || !(factor > 0)) return;
    // The source span of each target column and row, and the weights of the pixels in it.
    struct Span {
        int first;
        std::vector<double> weights;
    };
    auto spans = [factor](int count) {
        std::vector<Span> result(count);
        for (int i = 0; i < count; ++i) {
            const double a = i / factor, b = (i + 1) / factor;
            Span span{static_cast<int>(std::floor(a)), {}};
            for (int s = span.first; s < b; ++s) span.weights.push_back(std::min<double>(b, s + 1) - std::max<double>(a, s));
            result[i] = std::move(span);
        }
        return result;
    };
    const std::vector<Span> columns = spans(toWidth), rows = spans(toHeight);
    for (int ty = 0; ty < toHeight; ++ty) {
        for (int tx = 0; tx < toWidth; ++tx) {
            double sum[3] = {0, 0, 0}, total = 0;
            for (size_t j = 0; j < rows[ty].weights.size(); ++j) {
                const int sy = rows[ty].first + static_cast<int>(j);
                for (size_t i = 0; i < columns[tx].weights.size(); ++i) {
                    const int sx = columns[tx].first + static_cast<int>(i);
                    const double w = rows[ty].weights[j] * columns[tx].weights[i];
                    for (int c = 0; c < 3; ++c) {
                        const double v = sx >= 0 && sx < width && sy >= 0 && sy < height ? rgb[(static_cast<size_t>(sy) * width + sx) * 3 + c] : 255.0;
                        sum[c] += w * v;
                    }
                    total += w;
                }
            }
            for (int c = 0; c < 3; ++c) {
                out[(static_cast<size_t>(ty) * toWidth + tx) * 3 + c] = static_cast<uint8_t>(total > 0 ? std::lround(std::clamp(sum[c] / total, 0.0, 255.0)) : 255);
            }
        }
    }
}

void agendapack_vector_walk_tagged(AgendaPackVectorDocument *document) {
    if (document != nullptr && !document->walked) walkTaggedTables(document, AGENDAPACK_TAGGED_DEFAULT_LIMIT);
}

int agendapack_vector_page_count(AgendaPackVectorDocument *document) {
    return document == nullptr ? 0 : document->doc->getNumPages();
}



namespace {
bool showAnnotation(Annot *annot, void *data) {
    const auto *document = static_cast<const AgendaPackVectorDocument *>(data);
    if (document == nullptr || !document->forms || annot == nullptr) return false;
    const Annot::AnnotSubtype type = annot->getType();
    return type == Annot::typeWidget;
}
}  // namespace

void agendapack_vector_set_forms(AgendaPackVectorDocument *document, int forms) {
    if (document != nullptr) document->forms = forms != 0;
}

int agendapack_vector_read_page(AgendaPackVectorDocument *document, int pageNumber, size_t shapeLimit, AgendaPackPageRead *out) {
    return readPage(document, pageNumber, shapeLimit, false, out);
}

int agendapack_vector_read_page_text(AgendaPackVectorDocument *document, int pageNumber, AgendaPackPageRead *out) {
    return readPage(document, pageNumber, 0, true, out);
}

}  // extern "C"

namespace {

int readPage(AgendaPackVectorDocument *document, int pageNumber, size_t shapeLimit, bool plain, AgendaPackPageRead *out) {
    if (out == nullptr) return -1;
    std::memset(out, 0, sizeof(*out));
    if (document == nullptr || pageNumber < 1 || pageNumber > document->doc->getNumPages()) return -1;
    Page *page = document->doc->getPage(pageNumber);
    if (page == nullptr) return -1;
    // A page poppler marks not OK (its contents or annotations of the wrong type) gets the
    // plain pass, which reads what it can, as poppler-glib's text did.
    if (!page->isOk()) plain = true;

    TextPage *text = nullptr;
    TextAndShapes &device = document->device;
    if (plain) {
        // poppler-glib's text pass (poppler_page_get_text_page): the contents only.
        TextOutputDev textDevice(nullptr, true, 0.0, false, false);
        Gfx *gfx = page->createGfx(&textDevice, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr);
        page->display(gfx);
        textDevice.endPage();
        text = textDevice.takeText();
        delete gfx;
    } else {
        // The same text pass (same device settings), with the shapes and the text of
        // wanted marked-content items collected on the way, through the document's one
        // device.
        if (!document->walked) walkTaggedTables(document, AGENDAPACK_TAGGED_DEFAULT_LIMIT);
        const auto wanted = document->wanted.find(pageNumber);
        device.begin(shapeLimit, wanted == document->wanted.end() ? nullptr : &wanted->second);
        // The page contents and, unless turned off, the appearances of form fields: what a
        // filled form prints ("Date/Time: June 6, 530pm") lives there, not in the contents.
        // Links and reviewers' annotations (comments, free text, highlights, stamps) stay out.
        document->doc->displayPage(&device, pageNumber, 72.0, 72.0, 0, false, true, false, nullptr, nullptr, showAnnotation, document);
        if (wanted != document->wanted.end()) document->marked[pageNumber] = std::move(device.marked);
        text = device.text->takeText();
        device.text.reset();
    }
    if (text == nullptr) return -1;

    // The whole page, in the rotated space, as poppler-glib selects it.
    PDFRectangle all;
    all.x1 = 0;
    all.y1 = 0;
    const int rotate = page->getRotate();
    all.x2 = (rotate == 90 || rotate == 270) ? page->getCropHeight() : page->getCropWidth();
    all.y2 = (rotate == 90 || rotate == 270) ? page->getCropWidth() : page->getCropHeight();

    GooString *selected = text->getSelectionText(&all, selectionStyleGlyph);
    out->text = selected != nullptr ? duplicate(selected->c_str(), selected->getLength()) : duplicate("", 0);
    delete selected;

    // One rectangle per scalar of the text and the style runs, walking the selected words
    // once: a character's box; between two words of a line with a space after the first,
    // the gap; at the end of every line but the last, a point.
    int nLines = 0;
    std::vector<TextWordSelection *> **lines = text->getSelectionWords(&all, selectionStyleGlyph, &nLines);
    std::vector<double> rects;
    // The invisible run of each scalar (0: painted), kept only when some glyph was drawn
    // invisibly.
    const auto &hidden = device.invisible;
    std::vector<int32_t> invisible;
    std::vector<AgendaPackTextRun> runs;
    std::vector<std::string> runNames;
    const TextWord *previous = nullptr;
    int previousIndex = 0;
    int offset = 0;
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    for (int i = 0; lines != nullptr && i < nLines; ++i) {
        std::vector<TextWordSelection *> *words = lines[i];
        for (std::size_t j = 0; j < words->size(); ++j) {
            TextWordSelection *selection = (*words)[j];
            const TextWord *word = selection->getWord();
            const int32_t wordRun = hidden.empty() ? 0 : invisibleRun(hidden, word->getCharPos(), word->getCharPos() + word->getCharLen());
            for (int k = selection->getBegin(); k < selection->getEnd(); ++k) {
                double a, b, c, d;
                word->getCharBBox(k, &a, &b, &c, &d);
                rects.insert(rects.end(), {a, b, c, d});
                if (!hidden.empty()) invisible.push_back(wordRun);
                if (previous == nullptr || !sameStyle(word, k, previous, previousIndex)) {
                    runs.push_back(AgendaPackTextRun{nullptr, word->getFontSize(), offset, offset});
                    runNames.push_back(glibFontName(word, k));
                }
                runs.back().end = offset;
                ++offset;
                previous = word;
                previousIndex = k;
            }
            word->getBBox(&x1, &y1, &x2, &y2);
            if (word->hasSpaceAfter() && j + 1 < words->size()) {
                double x3, y3, x4, y4;
                (*words)[j + 1]->getWord()->getBBox(&x3, &y3, &x4, &y4);
                rects.insert(rects.end(), {x2, y1, x3, y2});
                if (!hidden.empty()) invisible.push_back(0);
                if (!runs.empty()) runs.back().end = offset;
                ++offset;
            }
        }
        if (i + 1 < nLines) {
            if (!rects.empty()) {
                rects.insert(rects.end(), {x2, y2, x2, y2});
                if (!hidden.empty()) invisible.push_back(0);
            }
            if (!runs.empty()) runs.back().end = offset;
            ++offset;
        }
    }
    for (int i = 0; lines != nullptr && i < nLines; ++i) {
        for (TextWordSelection *selection : *lines[i]) delete selection;
        delete lines[i];
    }
    gfree(lines);
    text->decRefCnt();

    out->rectCount = rects.size() / 4;
    if (!rects.empty()) {
        out->rects = static_cast<double *>(std::malloc(rects.size() * sizeof(double)));
        if (out->rects != nullptr) std::memcpy(out->rects, rects.data(), rects.size() * sizeof(double));
        else out->rectCount = 0;
    }
    if (!invisible.empty() && invisible.size() == rects.size() / 4 &&
        std::any_of(invisible.begin(), invisible.end(), [](int32_t v) { return v != 0; })) {
        out->invisible = static_cast<int32_t *>(std::malloc(invisible.size() * sizeof(int32_t)));
        if (out->invisible != nullptr) std::memcpy(out->invisible, invisible.data(), invisible.size() * sizeof(int32_t));
    }
    device.invisible.clear();
    out->runCount = runs.size();
    if (!runs.empty()) {
        out->runs = static_cast<AgendaPackTextRun *>(std::calloc(runs.size(), sizeof(AgendaPackTextRun)));
        if (out->runs != nullptr) {
            for (size_t i = 0; i < runs.size(); ++i) {
                out->runs[i] = runs[i];
                out->runs[i].fontName = duplicate(runNames[i].c_str(), runNames[i].size());
            }
        } else {
            out->runCount = 0;
        }
    }
    if (plain) return 1;
    out->shapesTruncated = device.truncated ? 1 : 0;
    out->shapeCount = device.shapes.size();
    if (!device.shapes.empty()) {
        out->shapes = static_cast<AgendaPackShape *>(std::malloc(device.shapes.size() * sizeof(AgendaPackShape)));
        if (out->shapes != nullptr) std::memcpy(out->shapes, device.shapes.data(), device.shapes.size() * sizeof(AgendaPackShape));
        else out->shapeCount = 0;
    }
    device.shapes.clear();
    device.shapes.shrink_to_fit();
    return 0;
}

}  // namespace

extern "C" {

void agendapack_vector_page_read_free(AgendaPackPageRead *read) {
    if (read == nullptr) return;
    std::free(read->text);
    std::free(read->rects);
    std::free(read->invisible);
    for (size_t i = 0; i < read->runCount; ++i) std::free(read->runs[i].fontName);
    std::free(read->runs);
    std::free(read->shapes);
    std::memset(read, 0, sizeof(*read));
}

AgendaPackTagged *agendapack_vector_tagged_tables(AgendaPackVectorDocument *document, size_t limit, size_t *count) {
    if (count != nullptr) *count = 0;
    if (document == nullptr) return nullptr;
    if (!document->walked || document->walkLimit != limit) {
        walkTaggedTables(document, limit);
        document->marked.clear();  // collected for another walk
    }
    const auto &entries = document->entries;
    if (entries.empty()) return nullptr;
    // The text of the pages read so far was collected in their passes; one pass for each
    // other page that holds cell text.
    std::vector<int> order;
    for (const auto &page : document->wanted) {
        if (document->marked.count(page.first) == 0) order.push_back(page.first);
    }
    std::sort(order.begin(), order.end());
    for (int page : order) {
        MarkedText text;
        document->doc->displayPage(&text, page, 72.0, 72.0, 0, false, true, false);
        document->marked[page] = std::move(text.texts);
    }
    const auto &pages = document->marked;
    auto *out = static_cast<AgendaPackTagged *>(std::calloc(entries.size(), sizeof(AgendaPackTagged)));
    if (out == nullptr) return nullptr;
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto &entry = entries[i];
        out[i].kind = entry.kind;
        out[i].page = entry.page;
        if (entry.kind == AGENDAPACK_TAGGED_CELL || entry.kind == AGENDAPACK_TAGGED_HEADER) {
            std::string text;
            for (const auto &item : entry.content) {
                auto page = pages.find(item.first);
                if (page == pages.end()) continue;
                auto found = page->second.find(item.second);
                if (found != page->second.end()) text += found->second;
            }
            out[i].text = static_cast<char *>(std::malloc(text.size() + 1));
            if (out[i].text != nullptr) std::memcpy(out[i].text, text.c_str(), text.size() + 1);
        }
    }
    if (count != nullptr) *count = entries.size();
    return out;
}

void agendapack_vector_tagged_free(AgendaPackTagged *entries, size_t count) {
    if (entries == nullptr) return;
    for (size_t i = 0; i < count; ++i) std::free(entries[i].text);
    std::free(entries);
}

// The library's one entry: the table of the functions above, checked by the loader
// against the interface it was built with.
const AgendaPackPoppler *agendapack_poppler_interface(void) {
#define AGENDAPACK_POPPLER_ADDRESS(R, name, params, args) name,
    static const AgendaPackPoppler table = {AGENDAPACK_POPPLER_INTERFACE, AGENDAPACK_POPPLER_FUNCTIONS(AGENDAPACK_POPPLER_ADDRESS, AGENDAPACK_POPPLER_ADDRESS)};
#undef AGENDAPACK_POPPLER_ADDRESS
    return &table;
}

}  // extern "C"

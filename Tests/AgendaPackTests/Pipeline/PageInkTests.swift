@testable import AgendaPack
import LayoutModel
import Testing

@Suite("Pages printed without text")
struct PageInkTests {
    /// A page at `PageInk.scale`: `dark` pixels of grey 40, the rest white.
    func bitmap(pixels: Int, dark: Int, grey: UInt8 = 255) -> GreyBitmap {
        GreyBitmap(width: pixels, height: 1, scale: PageInk.scale, originX: 0, originY: 0,
                   pixels: Array(repeating: 40, count: dark) + Array(repeating: grey, count: pixels - dark))
    }

    @Test("a scanned page of text prints; an empty page and a hairline border do not")
    func ink() {
        // A US Letter page is 61 x 79 = 4,819 pixels at this scale.
        #expect(PageInk.inked(bitmap(pixels: 4819, dark: 600)))
        #expect(!PageInk.inked(bitmap(pixels: 4819, dark: 0)))
        #expect(!PageInk.inked(bitmap(pixels: 4819, dark: 30)))
        // A scan's off-white paper is not ink; a grey wash over the page is.
        #expect(!PageInk.inked(bitmap(pixels: 4819, dark: 0, grey: 240)))
        #expect(PageInk.inked(bitmap(pixels: 4819, dark: 0, grey: 200)))
        #expect(!PageInk.inked(GreyBitmap(width: 0, height: 0, scale: 0.1, originX: 0, originY: 0, pixels: [])))
        // Beside a few words of text the page must be mostly ink to be a scan: a logo (3%) is not.
        #expect(PageInk.inked(bitmap(pixels: 4819, dark: 150)) && !PageInk.inked(bitmap(pixels: 4819, dark: 150), share: PageInk.sparseShare))
        #expect(PageInk.inked(bitmap(pixels: 4819, dark: 500), share: PageInk.sparseShare))
    }
}

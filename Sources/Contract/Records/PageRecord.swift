import LayoutModel

/// One physical page of the PDF.
public struct PageRecord: Sendable, Codable, Equatable {
    public var page: Int
    public var pageLabel: String?
    public var width: Double
    public var height: Double
    public var rotation: Int
    public var blank: Bool
    public var document: String?
    public var furniture: [Furniture]

    public init(page: Int, pageLabel: String?, width: Double, height: Double, rotation: Int = 0, blank: Bool, document: String? = nil, furniture: [Furniture] = []) {
        self.page = page
        self.pageLabel = pageLabel
        self.width = width
        self.height = height
        self.rotation = rotation
        self.blank = blank
        self.document = document
        self.furniture = furniture
    }

    package enum CodingKeys: CodingKey { case page, pageLabel, width, height, rotation, blank, document, furniture }

    /// Lenient: files written before `rotation` and `furniture` (and partial ones) still load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decode(Int.self, forKey: .page)
        pageLabel = try c.decodeIfPresent(String.self, forKey: .pageLabel)
        width = try c.decodeIfPresent(Double.self, forKey: .width) ?? 0
        height = try c.decodeIfPresent(Double.self, forKey: .height) ?? 0
        rotation = try c.decodeIfPresent(Int.self, forKey: .rotation) ?? 0
        blank = try c.decodeIfPresent(Bool.self, forKey: .blank) ?? false
        document = try c.decodeIfPresent(String.self, forKey: .document)
        furniture = try c.decodeIfPresent([Furniture].self, forKey: .furniture) ?? []
    }

    /// Hand-written for the size only: two decimals, but never rounded down to nothing
    /// (a page is never 0 points). Keys and nulls follow `PackJSON`'s policy.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encodeIfPresent(pageLabel, forKey: .pageLabel)
        try c.encode(max((width * 100).rounded() / 100, 0.01), forKey: .width)
        try c.encode(max((height * 100).rounded() / 100, 0.01), forKey: .height)
        try c.encode(rotation, forKey: .rotation)
        try c.encode(blank, forKey: .blank)
        try c.encodeIfPresent(document, forKey: .document)
        try c.encode(furniture, forKey: .furniture)
    }
}

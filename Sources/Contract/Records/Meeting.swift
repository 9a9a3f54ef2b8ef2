import LayoutModel

/// The meeting a pack is for, from its front sheet.
public struct Meeting: Sendable, Codable, Equatable {
    public var authority: String?
    public var body: String?
    /// ISO date, reduced precision where the source is less precise.
    public var date: String?
    /// "HH:MM", 24-hour.
    public var startTime: String?
    public var venue: String?
    public var page: Int
    public var bbox: Rect?

    public init(authority: String? = nil, body: String? = nil, date: String? = nil, startTime: String? = nil, venue: String? = nil, page: Int, bbox: Rect? = nil) {
        self.authority = authority
        self.body = body
        self.date = date
        self.startTime = startTime
        self.venue = venue
        self.page = page
        self.bbox = bbox
    }
}

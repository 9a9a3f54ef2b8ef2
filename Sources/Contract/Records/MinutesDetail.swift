import LayoutModel

/// What minutes say about attendance and their numbered items.
public struct MinutesDetail: Sendable, Codable, Equatable {
    public struct Item: Sendable, Codable, Equatable {
        public var number: String
        public var title: String
        public var page: Int
        public var bbox: Rect?
        public init(number: String, title: String, page: Int, bbox: Rect?) {
            self.number = number
            self.title = title
            self.page = page
            self.bbox = bbox
        }
    }
    public var present: [String]
    public var coOpted: [String]
    public var officers: [String]
    public var apologies: [String]
    public var items: [Item]

    public init(present: [String] = [], coOpted: [String] = [], officers: [String] = [], apologies: [String] = [], items: [Item] = []) {
        self.present = present
        self.coOpted = coOpted
        self.officers = officers
        self.apologies = apologies
        self.items = items
    }
}

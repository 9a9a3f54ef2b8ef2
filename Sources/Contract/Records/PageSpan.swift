import LayoutModel

/// A first/last page pair.
public struct PageSpan: Sendable, Codable, Equatable, Hashable {
    public var first: Int
    public var last: Int
    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}

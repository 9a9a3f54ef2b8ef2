import LayoutModel

/// One list entry of a recommendation or resolution ("a)", "(1)", a bullet) when the record
/// is kept whole (contract 1.1).
public struct RecommendationPart: Sendable, Codable, Equatable {
    public var label: String?
    public var text: String
    public init(label: String?, text: String) {
        self.label = label
        self.text = text
    }
}

import LayoutModel

/// A date or date range mentioned in the pack.
public struct DateRecord: Sendable, Codable, Equatable {
    public enum Precision: String, Sendable, Codable, CaseIterable { case day, month, year, quarter, financialYear = "financial_year", range }
    public var id: String
    public var text: String
    public var value: String
    public var end: String?
    public var precision: Precision
    public var time: String?
    public var ambiguous: Bool
    public var page: Int
    public var bbox: Rect?
    public var document: String?

    public init(id: String = "", text: String, value: String, end: String? = nil, precision: Precision, time: String? = nil, ambiguous: Bool = false,
                page: Int, bbox: Rect? = nil, document: String? = nil) {
        self.id = id
        self.text = text
        self.value = value
        self.end = end
        self.precision = precision
        self.time = time
        self.ambiguous = ambiguous
        self.page = page
        self.bbox = bbox
        self.document = document
    }
}

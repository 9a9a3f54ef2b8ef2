import LayoutModel

/// Something set aside from a page's text: a "Page N" stamp, a running header or footer,
/// an "Agenda Item N" stamp, a blank-page notice.
public struct Furniture: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case pageStamp = "page_stamp", header, footer, itemStamp = "item_stamp", blankNotice = "blank_notice" }
    public var kind: Kind
    public var text: String
    public var bbox: Rect

    public init(kind: Kind, text: String, bbox: Rect) {
        self.kind = kind
        self.text = text
        self.bbox = bbox
    }
}

import LayoutModel

/// The input file: its name and the facts of the typeset PDF.
public struct Source: Sendable, Codable, Equatable {
    public var file: String
    public var sha256: String?
    public var bytes: Int?
    public var pageCount: Int
    public var pdfVersion: String?
    public var producer: String?
    public var creator: String?
    public var title: String?

    public init(file: String, sha256: String?, bytes: Int?, pageCount: Int, pdfVersion: String?, producer: String?, creator: String?, title: String?) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.pageCount = pageCount
        self.pdfVersion = pdfVersion
        self.producer = producer
        self.creator = creator
        self.title = title
    }
}

import LayoutModel

/// A recoverable oddity found while reading a pack, reported rather than dropped.
public struct Diagnostic: Sendable, Codable, Equatable, Hashable {
    public enum Severity: String, Sendable, Codable { case info, warning, error }
    public var severity: Severity
    /// A stable, machine-readable code such as `range-past-end`.
    public var code: String
    public var message: String
    public var page: Int?

    public init(_ severity: Severity, _ code: String, _ message: String, page: Int? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.page = page
    }
}

import LayoutModel

/// Versions written into outputs and batch manifests.
public enum AgendaPackVersion {
    /// The version of the tool.
    public static let tool = "0.1.0"
    /// The output contract version (`schema_version`).
    public static let schema = "1.1"
}

/// The AgendaPack pipeline.
public enum AgendaPackVersion {
    /// The version of the tool, written into batch manifests.
    public static let tool = "0.1.0"
    /// The output contract version (`schema_version`).
    public static let schema = "1.0"
}

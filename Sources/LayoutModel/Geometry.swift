
/// An axis-aligned box in PDF points, origin at the top-left of the page, y down.
///
/// Encodes as `[x0, y0, x1, y1]`, the `bbox` form of the output contract, with
/// coordinates rounded to hundredths of a point so output is stable across runs.
public struct Rect: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Height of the vertical overlap with `other` (0 when they do not overlap).
    public func verticalOverlap(_ other: Rect) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }

    /// Width of the horizontal overlap with `other` (0 when they do not overlap).
    public func horizontalOverlap(_ other: Rect) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }

    /// Whether the point lies inside the box (edges included).
    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    /// The rounded array form used in JSON.
    public var rounded: [Double] { [x0, y0, x1, y1].map(Rect.round2) }

    static func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        x0 = try c.decode(Double.self)
        y0 = try c.decode(Double.self)
        x1 = try c.decode(Double.self)
        y1 = try c.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        for v in rounded { try c.encode(v) }
    }
}

import LayoutModel

/// How many voted one way, or who: minutes print either a count ("Ayes: 5", "Pour : 10")
/// or the names of a roll call ("AYES: Commissioners Davis and Perez"). Encoded as a
/// number or an array of names.
public enum VoteTally: Sendable, Codable, Equatable, Hashable {
    case count(Int)
    case names([String])

    public var count: Int {
        switch self {
        case .count(let n): n
        case .names(let names): names.count
        }
    }

    // Hand-written: the JSON is a bare number or array, not the enum's synthesised object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .count(n) } else { self = .names(try c.decode([String].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .count(let n): try c.encode(n)
        case .names(let names): try c.encode(names)
        }
    }
}

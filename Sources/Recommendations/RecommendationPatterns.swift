import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Patterns of the recommendation parsers, compiled once.
///
/// Swift `Regex` literals are parsed again each time they are evaluated on this toolchain,
/// which cost more than all the matching; these `NSRegularExpression`s are built once
/// (NSRegularExpression is immutable and safe to share between threads).
enum RecommendationPatterns {
    static let proposedRecord = Patterns.make(#"\bproposed\s+record\s+of\s+decision\b"#)
    static let personalRole = Patterns.make(#"^As\s+(?:the\s+)?(.+?),\s+I\s"#, caseInsensitive: false)
    static let agreeWord = Patterns.make(#"\b(?:agree|agrees|agreed|approve|approves|approved)\b"#)
    static let noticeMarker = Patterns.make(#"\b(?:record\s+of\s+(?:executive\s+)?decision|decision\s+notice|decision\s+taken\s+by)\b"#)
    static let makerLabel = Patterns.make(#"^(?:decision\s+(?:to\s+be\s+)?taken\s+by|decision[- ]?maker|decision\s+made\s+by)\s*:?\s*"#)
    static let numberLabel = Patterns.make(#"^(?:decision\s+(?:no\b\.?|number|ref(?:erence)?\b)\s*:?)\s*"#)
    static let dateLabel = Patterns.make(#"^(?:date\s+of\s+decision|decision\s+date|date\s+decision\s+(?:taken|made))\s*:?\s*"#)
    package static let numericDate = Patterns.make(#"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)
    package static let wordDate = Patterns.make(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})\b"#)
    static let trackerNumberHeader = Patterns.make(#"^(?:rec(?:ommendation)?\.?\s*)?(?:no\.?|number|ref\.?|reference|#|item no\.?)$"#, caseInsensitive: false)
    static let trackerAddresseeHeader = Patterns.make(#"responsible|cabinet member|\blead\b|owner|addressed to|^to$"#, caseInsensitive: false)
    static let trackerTypeHeader = Patterns.make(#"r\s*/\s*a\s*/\s*i|^type$|rec'?,?\s*action\s*or\s*info"#, caseInsensitive: false)
    static let trackerNamedHeader = Patterns.make(#"recommendation|action"#, caseInsensitive: false)
    static let motionBy = Patterns.make(#"^(?:it\s+was\s+)?(?:motion|moved)\s+by\s+"#)
    static let motionWas = Patterns.make(#"^the\s+(?:motion|amendment)\s+was\s*:\s*"#)
    static let motionResult = Patterns.make(#"\bmotion\s+(carried|passed|failed|lost|defeated)\b(?:\s*(?:by\s+a\s+vote\s+of\s+)?(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?)?"#)
    static let motionSeconded = Patterns.make(#"second(?:ed)?\s+by\s+[^,]+?,?\s+(?:to|that)\s+(.+?)(?:\.(?:\s|$)|$)"#)
    static let motionNames = Patterns.make(#"(?:motion|moved)\s+by\s+(.+?)\s*[,;]?\s+(?:and\s+)?second(?:ed)?\s+by\s+(.+?)\s*[,;]"#)
    static let resolveWord = Patterns.make(#"\bRESOLVE[SD]?\b"#, caseInsensitive: false)
    static let nowTherefore = Patterns.make(#"^NOW,?\s+THEREFORE,?\s+"#, caseInsensitive: false)
}

extension NSRegularExpression {
    /// `s` with the first match removed.
    func removingFirst(from s: String) -> String {
        guard let r = range(in: s) else { return s }
        var out = s
        out.removeSubrange(r)
        return out
    }
}

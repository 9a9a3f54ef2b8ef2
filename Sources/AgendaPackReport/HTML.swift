import Contract
import Foundation
import LayoutModel
import Tables

/// Escaping for the report's HTML: text, attribute values, and JSON inside a script element.
public enum HTML {
    /// Text or an attribute value (quoted with `"`): `& < > " '` become entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Controls other than tab and line ends are not allowed in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// JSON made safe to sit in `<script type="application/json">`: `<`, `>` and `&` (only
    /// ever inside JSON strings) become `\u003c`-style escapes, so no `</script>` or `<!--`
    /// in a record's text can end or change the element; U+2028 and U+2029 are escaped too.
    /// `JSON.parse` reads back the same strings.
    public static func scriptJSON(_ json: Data) -> String {
        var out = ""
        out.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A length in CSS pixels with two decimals at most ("12.5", "0", "100.25").
    public static func px(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A path relative to the HTML file, escaped per segment for a URL attribute.
    public static func url(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%;"))
        return path.split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0)
        }.joined(separator: "/")
    }
}

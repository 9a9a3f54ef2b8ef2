/// Brings ICU (NSRegularExpression) closer to ECMA-262, the dialect JSON Schema's
/// `pattern` is written in. ICU's `\d`, `\w` and `\s` are Unicode-aware; ECMA's `\d`
/// and `\w` are ASCII only and its `\s` is a fixed list (including U+FEFF, which ICU
/// leaves out). The shorthands are rewritten as explicit sets, in and out of classes.
enum ECMARegex {
    static let digit = "0-9"
    static let word = "A-Za-z0-9_"
    static let space = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF"

    static func translate(_ pattern: String) -> String {
        var out = ""
        var inClass = false
        var it = pattern.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\\" {
                guard let e = it.next() else { out += "\\"; break }
                let set: String?
                var negated = false
                switch e {
                case "d": set = digit
                case "D": set = digit; negated = true
                case "w": set = word
                case "W": set = word; negated = true
                case "s": set = space
                case "S": set = space; negated = true
                default: set = nil
                }
                if let set {
                    if inClass {
                        // A negated shorthand inside a class becomes an ICU nested negated set.
                        out += negated ? "[^\(set)]" : set
                    } else {
                        out += negated ? "[^\(set)]" : "[\(set)]"
                    }
                } else {
                    out.unicodeScalars.append(c)
                    out.unicodeScalars.append(e)
                }
                continue
            }
            if c == "[" && !inClass {
                inClass = true
                out += "["
                // "[]" and "[^]" : a leading "]" is literal in ICU but not in ECMA; leave as is.
                continue
            }
            if c == "]" && inClass {
                inClass = false
            }
            out.unicodeScalars.append(c)
        }
        return out
    }
}

import AgendaPack
import AgendaPackTestSupport
import Contract
import Dates
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Foundation
import PDFLayout

/// libFuzzer entry points. FUZZ_TARGET picks what the bytes are fed to:
///
/// - `extract`: the whole pipeline on the bytes as a PDF (poppler, layout, every parser,
///   the schema check). A PDF error is fine; an output that violates the schema (what
///   `extract` reports as internal error 70), a crash or a hang is a finding.
/// - `dates`, `meeting`, `frontsheet`, `minutes`, `recommendations`: a hand-written parser
///   on text lines. The bytes are read as UTF-8 lines; a line's leading spaces set its
///   indent, a tab splits it into segments, a leading `*` makes it bold.
///   `recommendations` runs all eleven recommendation, resolution, motion and decision
///   parsers (through RecommendationExtractor) for each document kind.
enum Target: String {
    case extract, dates, meeting, frontsheet, minutes, recommendations
}

nonisolated(unsafe) let target: Target = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "extract"
    guard let target = Target(rawValue: name) else {
        FileHandle.standardError.write(Data("FUZZ_TARGET must be one of extract, dates, meeting, frontsheet, minutes, recommendations\n".utf8))
        exit(64)
    }
    return target
}()

nonisolated(unsafe) let scratch: String = {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(dir)/agendapack-fuzz-\(getpid()).pdf"
}()

func lines(_ data: Data) -> [Line] {
    let text = String(decoding: data, as: UTF8.self)
    var result: [Line] = []
    var y = 72.0
    var page = 1
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(400) {
        if raw == "\u{0C}" {
            page += 1
            y = 72
            continue
        }
        var body = Substring(raw)
        let bold = body.hasPrefix("*")
        if bold { body = body.dropFirst() }
        let indent = body.prefix { $0 == " " }.count
        result.append(Line(String(body.dropFirst(indent)), page: page, x: 56 + Double(min(indent, 60)) * 5, y: y, size: 11, bold: bold))
        y += 14
        if y > 800 {
            y = 72
            page += 1
        }
    }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    switch target {
    case .extract:
        guard FileManager.default.createFile(atPath: scratch, contents: data) else { return 0 }
        defer { unlink(scratch) }
        guard let pack = try? Extractor().extract(path: scratch) else { return 0 }
        do {
            _ = try PackEncoder.encode(pack)
        } catch {
            fatalError("internal error: \(error)")
        }
    case .dates:
        let text = String(decoding: data, as: UTF8.self)
        for convention in DateConvention.allCases {
            var context = DateContext()
            context.convention = convention
            context.referenceYear = 2024
            _ = DateFinder.find(in: text, context: context)
            _ = DateParser.parse(text, context: context)
        }
    case .meeting:
        _ = MeetingParser().parse(lines(data), context: DateContext())
    case .frontsheet:
        _ = FrontSheetParser().parse(lines(data))
    case .minutes:
        _ = MinutesParser().parse(lines(data))
    case .recommendations:
        let parsed = lines(data)
        for kind in [nil, "minutes", "report", "decision_notice"] {
            _ = RecommendationExtractor().extract(lines: parsed, documentKind: kind)
        }
    }
    return 0
}

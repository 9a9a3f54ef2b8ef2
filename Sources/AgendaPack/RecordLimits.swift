import Contract
import Dates
import Foundation
import LayoutModel

/// The contract's limits, checked on every value before a pack is written: a value the
/// schema cannot hold (a printed page 0, a year outside 1–9999, an unreadable PDF version)
/// is repaired or its record dropped, each with a diagnostic, so that one odd field never
/// costs the whole pack. Exit 70 stays for genuine bugs.
///
/// The limits are the schema's (`schemas/agendapack.schema.json`): pages >= 1, ISO dates
/// with a year of four digits (1–9999) and a real month and day, times "HH:MM", sizes > 0,
/// `pdf_version` as "d.d".
enum RecordLimits {
    /// Repairs `pack` in place and returns what was repaired.
    static func enforce(_ pack: inout PackDocument) -> [Diagnostic] {
        var found: [Diagnostic] = []

        if let version = pack.source.pdfVersion, !isPDFVersion(version) {
            found.append(Diagnostic(.warning, "value-out-of-range", "the PDF header's version \"\(version)\" is not a version number; pdf_version is null"))
            pack.source.pdfVersion = nil
        }

        if var meeting = pack.meeting {
            if let date = meeting.date, !isISODate(date) {
                found.append(Diagnostic(.warning, "value-out-of-range", "meeting date \"\(date)\" is not a calendar date; left out", page: meeting.page))
                meeting.date = nil
            }
            if let time = meeting.startTime, !isTime(time) {
                found.append(Diagnostic(.warning, "value-out-of-range", "meeting start time \"\(time)\" is not a time of day; left out", page: meeting.page))
                meeting.startTime = nil
            }
            pack.meeting = meeting
        }

        for i in pack.pages.indices {
            let page = pack.pages[i]
            if page.width < 1 || page.height < 1 {
                found.append(Diagnostic(.warning, "page-size-implausible", "page \(page.page) measures \(page.width) x \(page.height) points", page: page.page))
            }
        }

        for i in pack.documents.indices {
            if let date = pack.documents[i].date, !isISODate(date) {
                found.append(Diagnostic(.warning, "value-out-of-range", "document date \"\(date)\" is not a calendar date; left out", page: pack.documents[i].page))
                pack.documents[i].date = nil
            }
        }

        for i in pack.agendaItems.indices {
            let item = pack.agendaItems[i]
            if let printed = item.printedPages, printed.first < 1 || printed.last < 1 {
                found.append(Diagnostic(.warning, "value-out-of-range", "agenda item \(item.number): printed pages \(printed.first) - \(printed.last) name no page; the range is left out", page: item.page))
                pack.agendaItems[i].printedPages = nil
                pack.agendaItems[i].pages = nil
            }
            if let pages = pack.agendaItems[i].pages, pages.first < 1 || pages.last < 1 {
                pack.agendaItems[i].pages = nil
            }
        }

        for i in pack.recommendations.indices {
            if let date = pack.recommendations[i].date, !isISODate(date) {
                found.append(Diagnostic(.warning, "value-out-of-range", "decision date \"\(date)\" is not a calendar date; left out", page: pack.recommendations[i].page))
                pack.recommendations[i].date = nil
            }
        }

        let before = pack.dates.count
        pack.dates.removeAll { date in
            let bad = !isISODate(date.value) || date.end.map { !isISODate($0) } == true || date.time.map { !isTime($0) } == true
            if bad {
                found.append(Diagnostic(.warning, "value-out-of-range", "\"\(date.text)\" reads as \(date.value)\(date.end.map { " to \($0)" } ?? ""), which is no calendar date; left out", page: date.page))
            }
            return bad
        }
        if pack.dates.count != before {
            for i in pack.dates.indices { pack.dates[i].id = "date-\(i + 1)" }
        }
        return found
    }

    /// "1.7": one digit, a point, one digit.
    static func isPDFVersion(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 3 && isDigit(u[0]) && u[1] == UInt8(ascii: ".") && isDigit(u[2])
    }

    /// "2016", "2016-07" or "2016-07-21", with a year from 1 to 9999, a month 1–12 and a
    /// day that the month has.
    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].utf8.count == 4, parts.allSatisfy({ $0.utf8.allSatisfy(isDigit) }),
            let year = Int(parts[0]), year >= 1
        else { return false }
        guard parts.count >= 2 else { return true }
        guard parts[1].utf8.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count == 3 else { return true }
        guard parts[2].utf8.count == 2, let day = Int(parts[2]) else { return false }
        return Calendar.isValid(year: year, month: month, day: day)
    }

    /// "HH:MM", 24-hour.
    package static func isTime(_ s: String) -> Bool {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.utf8.count == 2 && $0.utf8.allSatisfy(isDigit) }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return false }
        return h < 24 && m < 60
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}

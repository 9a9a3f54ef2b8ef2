import Contract
import Foundation
import LayoutModel
import PDFLayout

/// Reports a batch's progress on standard error: a live line redrawn in place on a
/// terminal, one plain line per file otherwise, or nothing.
public final class BatchProgress {
    public enum Mode: Sendable { case live, lines, quiet }

    package let mode: Mode
    private var total = 0
    private var toDo = 0
    private var done = 0
    private var failed = 0
    private var pages = 0
    private var started = Date()
    private var lastDraw = Date.distantPast

    public init(mode: Mode) {
        self.mode = mode
    }

    package func start(total: Int, toDo: Int, skipped: Int, failedBefore: Int) {
        self.total = total
        self.toDo = toDo
        started = Date()
        if mode != .quiet && skipped + failedBefore > 0 {
            var text = "agendapack: \(skipped + failedBefore) of \(total) inputs unchanged since an earlier run: \(skipped) converted"
            if failedBefore > 0 { text += ", \(failedBefore) failed (--retry-failed retries them)" }
            write(text + "; skipped (--force redoes all)\n")
        }
    }

    package func finished(_ outcome: BatchOutcome) {
        done += 1
        if outcome.state == .failed { failed += 1 }
        pages += outcome.entry?.pages ?? 0
        switch mode {
        case .quiet: return
        case .live: draw(force: true)
        case .lines:
            let entry = outcome.entry
            let seconds = entry?.seconds.map { String(format: ", %.2f s", $0) } ?? ""
            if outcome.state == .converted {
                write("[\(done)/\(toDo)] converted \(outcome.input.relativePath) (\(entry?.pages ?? 0) pages\(seconds))\n")
            } else {
                write("[\(done)/\(toDo)] failed \(outcome.input.relativePath): \(entry?.reason ?? "unknown")\n")
            }
        }
    }

    func tick() {
        if mode == .live { draw(force: false) }
    }

    package func end() {
        if mode == .live && toDo > 0 { write("\r\u{1B}[K") }
    }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(pages) / elapsed : 0
        var eta = "--:--"
        if done > 0 {
            let remaining = Int((elapsed / Double(done) * Double(toDo - done)).rounded())
            eta = String(format: "%d:%02d", remaining / 60, remaining % 60)
        }
        write("\r\u{1B}[K\(done)/\(toDo) files  \(pages) pages  \(String(format: "%.1f", rate)) pages/s  \(failed) failed  ETA \(eta)")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

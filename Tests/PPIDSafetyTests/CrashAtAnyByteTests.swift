import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// A crash (power cut, kill) can leave the log cut at any byte. Cut a log of many events at
/// every byte offset inside its last lines; each time the complete lines load, the torn tail is
/// reported by `check`, then set aside whole into `recovery/`, and no earlier event is lost.
@Suite struct CrashAtAnyByteTests {
    @Test func everyCutInsideTheLastLinesLoadsEveryCompleteEventAndSetsTheTailAside() throws {
        let requests = Safety.size(quick: 40, full: 100)
        let window = Safety.size(quick: 2, full: 8)
        // Quick runs try every 7th offset; full runs every one.
        let step = Safety.size(quick: 7, full: 1)
        try withScratch { scratch in
            let reference = DataFolder(path: scratch + "/reference")
            let office = try SampleLog.build(reference, requests: requests)
            let full = try readBytes(reference.logPath)
            let records = try LogFile.read(reference).records
            let lineEnds = full.indices.filter { full[$0] == 0x0A }
            try #require(records.count == lineEnds.count && lineEnds.count > window)

            // What a replay of the first n lines must hold, for each n the window can leave.
            let first = lineEnds.count - window
            var ledger = Ledger(calendar: office.calendar, numbering: office.config.numbering, objectionNumbering: office.config.objectionNumbering)
            for r in records[..<first] { try ledger.apply(r) }
            var expected = [Snapshot(ledger)]
            for r in records[first...] {
                try ledger.apply(r)
                expected.append(Snapshot(ledger))
            }

            let folder = DataFolder(path: scratch + "/data")
            try folder.prepare()
            let start = lineEnds[first - 1] + 1
            try writeBytes(Array(full[..<start]), to: folder.logPath)
            let checkStride = Safety.size(quick: 50, full: 13)
            var tried = 0, checked = 0, lost = 0
            var size = start
            for cut in Array(stride(from: start + 1, to: full.count, by: step)) + [full.count] {
                // The file now holds the whole lines before `cut` (the last open cut the rest): add the bytes up to it.
                try appendRaw(Array(full[size..<cut]), to: folder.logPath)
                let complete = first + lineEnds[first...].prefix { $0 < cut }.count
                let wholeEnd = complete == 0 ? 0 : lineEnds[complete - 1] + 1
                let tail = Array(full[wholeEnd..<cut])
                let want = expected[complete - first]
                tried += 1

                // What `check` sees: every complete event, the torn tail named, nothing changed.
                let look = try Office(folder: folder, readOnly: true)
                #expect(Snapshot(look.ledger) == want, "cut at byte \(cut)")
                #expect(look.log.problems.map(\.kind) == (tail.isEmpty ? [] : [.tornTail(bytes: tail.count, movedTo: nil)]), "cut at byte \(cut)")
                #expect(look.log.problems.allSatisfy { $0.line == complete + 1 }, "cut at byte \(cut)")
                if cut % checkStride == 0 || cut == full.count || cut == start + 1 {
                    try expectCheck(folder, events: complete, tornBytes: tail.count, scratch: scratch, cut: cut)
                    checked += 1
                }

                // Opening to write sets the tail aside whole and keeps every complete event.
                try? FileManager.default.removeItem(atPath: folder.recoveryPath)
                let open = try Office(folder: folder)
                if Snapshot(open.ledger) != want { lost += 1 }
                #expect(Snapshot(open.ledger) == want, "cut at byte \(cut)")
                #expect(!open.log.isReadOnly, "cut at byte \(cut)")
                size = wholeEnd
                #expect(try readBytes(folder.logPath) == Array(full[..<wholeEnd]), "cut at byte \(cut): the log is cut back to its last whole line")
                let moved = (try? FileManager.default.contentsOfDirectory(atPath: folder.recoveryPath)) ?? []
                if tail.isEmpty {
                    #expect(moved.isEmpty, "cut at byte \(cut)")
                } else {
                    #expect(moved.count == 1, "cut at byte \(cut)")
                    #expect(try moved.first.map { try readBytes(folder.recoveryPath + "/" + $0) } == tail, "cut at byte \(cut): the recovery file holds the torn bytes")
                }
            }
            Safety.report("crash at any byte", "\(tried) byte offsets tried over the last \(window) lines of a \(records.count)-event log (\(full.count) bytes); `ppid-tui check` run at \(checked) of them; events lost: \(lost)")
        }
    }

    /// Runs `ppid-tui check` and expects it to count the events and report a torn tail (exit 2).
    func expectCheck(_ folder: DataFolder, events: Int, tornBytes: Int, scratch: String, cut: Int) throws {
        let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
        #expect(run.stdout.contains("Events read: \(events)\n"), "cut at byte \(cut): \(run.stdout)")
        if tornBytes == 0 {
            #expect(run.status == 0, "cut at byte \(cut): \(run.stdout)")
        } else {
            #expect(run.status == 2, "cut at byte \(cut)")
            #expect(run.stdout.contains("\(folder.logPath):\(events + 1): torn last line (\(tornBytes) bytes, left by a crash)"), "cut at byte \(cut): \(run.stdout)")
        }
    }
}

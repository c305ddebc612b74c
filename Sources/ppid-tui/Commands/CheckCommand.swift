import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore
import PPIDUI

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa folder data tanpa mengubahnya. / Verify a data folder without changing it.",
        discussion: "Keluar dengan kode bukan nol bila ada baris rusak atau kejadian yang sudah dikonfirmasi hilang; peringatan tidak. / Exits non-zero when any line is damaged or acknowledged events are missing; warnings do not."
    )

    @OptionGroup var folder: FolderOptions

    @Flag(name: .customLong("accept-repair"), help: "Terima log seperti sekarang setelah diperbaiki dengan tangan dengan sengaja. / Accept the log as it now is after a deliberate repair by hand.")
    var acceptRepair = false

    func run() throws {
        try guarded { () throws(CLIError) in
            let dir = folder.dataFolder
            guard FileManager.default.fileExists(atPath: dir.path) else {
                throw CLIError(Phrase(id: "folder data \(dir.path) tidak ada", en: "data folder \(dir.path) does not exist"))
            }
            // Every line replayed and checked: a snapshot is never trusted here.
            let office = try store { () throws(StoreError) in try Office(folder: dir, readOnly: true, snapshots: false, audit: true) }
            let lang = cliLanguage
            let recovered = (try? FileManager.default.contentsOfDirectory(atPath: dir.recoveryPath))?.count ?? 0
            print(Phrase(id: "Folder: \(dir.path)", en: "Folder: \(dir.path)")(lang))
            print(Phrase(id: "Berkas: \(dir.logPath)", en: "File: \(dir.logPath)")(lang))
            print(Phrase(id: "Kejadian terbaca: \(office.ledger.eventCount)", en: "Events read: \(office.ledger.eventCount)")(lang))
            print(Phrase(id: "Permohonan: \(office.ledger.requests.count)", en: "Requests: \(office.ledger.requests.count)")(lang))
            print(Phrase(id: "Sampel: \(office.ledger.samples.count)", en: "Samples: \(office.ledger.samples.count)")(lang))
            if recovered > 0 {
                print(Phrase(id: "Baris terpotong yang disisihkan di recovery/: \(recovered) berkas", en: "Torn lines set aside in recovery/: \(English.count(recovered, "file"))")(lang))
            }
            if let w = dir.networkWarning { print(terminalSafe(Phrase(id: "Peringatan: \(w.id)", en: "Warning: \(w.en)")(lang))) }
            for w in office.config.warnings { print(terminalSafe(Phrase(id: "Peringatan: \(w.id)", en: "Warning: \(w.en)")(lang))) }
            // Years the holiday table does not cover that open deadlines count through: a
            // warning for the office to add the SKB, not damage (the exit code stays 0).
            let today = office.ledger.calendar.day(of: try Clock.now())
            for line in try store({ () throws(StoreError) in try HolidayCoverageReport.lines(config: office.config, ledger: office.ledger, today: today, lang) }).lines {
                print(terminalSafe(line))
            }
            // Pasal 20: exemptions on a–f are not permanent; a test at its review date or end is named.
            for entry in office.ledger.exemptionsNeedingReview(on: today) {
                print(terminalSafe(Phrase(id: "Peringatan: \(entry.reviewNotice(on: today).id)", en: "Warning: \(entry.reviewNotice(on: today).en)")(lang)))
            }
            let warnings = office.log.problems.filter(\.isWarning)
            var problems = office.log.problems.filter { !$0.isWarning }
            if acceptRepair { problems = try accept(problems, in: dir, lang) }
            print(Phrase(id: "Baris bermasalah: \(problems.count)", en: "Damaged lines: \(problems.count)")(lang))
            for p in problems { print(terminalSafe("  " + p.message(lang))) }
            if !warnings.isEmpty {
                print(Phrase(id: "Peringatan: \(warnings.count)", en: "Warnings: \(warnings.count)")(lang))
                for w in warnings { print(terminalSafe("  " + w.message(lang))) }
            }
            // The snapshot an open would start from must give this very ledger.
            let snapshot = try store { () throws(StoreError) in try office.checkSnapshot(against: office.ledger) }
            if let m = snapshot.message { print(terminalSafe("  " + dir.snapshotPath + ": " + m(lang))) }
            if case .differs = snapshot {
                throw CLIError(Phrase(
                    id: ".snapshot tidak sesuai dengan log; lihat README bagian \"Check and repair\"",
                    en: ".snapshot does not match the log; see README, \"Check and repair\""
                ), exitCode: 2)
            }
            if !problems.isEmpty {
                throw CLIError(Phrase(
                    id: "folder data bermasalah (\(problems.count) baris); lihat docs/panduan-petugas.md bagian \"Memeriksa dan memulihkan folder data\"",
                    en: "the data folder is damaged (\(English.count(problems.count, "line"))); see README, \"Check and repair\""
                ), exitCode: 2)
            }
        }
    }

    /// Records the log as it now stands as the acknowledged one, when the only problem left is
    /// that it differs from what was acknowledged (the repair); returns the problems left.
    private func accept(_ problems: [LogProblem], in dir: DataFolder, _ lang: Language) throws(CLIError) -> [LogProblem] {
        let rest = problems.filter { if case .behindAcknowledged = $0.kind { false } else { true } }
        guard rest.isEmpty else {
            throw CLIError(Phrase(
                id: "log masih bermasalah (\(rest.count) baris); perbaiki dulu, lalu jalankan --accept-repair lagi",
                en: "the log still has problems (\(English.count(rest.count, "line"))); fix them first, then run --accept-repair again"
            ), exitCode: 2)
        }
        let (lines, kept) = try store { () throws(StoreError) in try EventLog.acceptRepair(in: dir) }
        print(Phrase(
            id: "Log seperti sekarang (\(lines) baris) diterima sebagai log yang dikonfirmasi." + (kept.map { " Log sebelum perbaikan disimpan di \($0)." } ?? ""),
            en: "The log as it now is (\(English.count(lines, "line"))) is accepted as the acknowledged log." + (kept.map { " The log from before the repair is kept in \($0)." } ?? "")
        )(lang))
        let lost = kept.map { EventLog.registrationsLost(kept: $0, log: dir.logPath) } ?? []
        if let kept, !lost.isEmpty {
            let numbers = lost.joined(separator: ", ")
            print(terminalSafe(Phrase(
                id: "Peringatan: pendaftaran yang tidak ada lagi di log: \(numbers). Nomornya sudah dikonfirmasi (tanda bukti mungkin sudah diserahkan) dan mungkin diberikan lagi ke pendaftaran berikutnya: kembalikan barisnya, diperbaiki, dari \(kept), kecuali memang sengaja dihapus.",
                en: "Warning: registrations no longer in the log: \(numbers). Their numbers were acknowledged (a receipt may have been handed out) and the next registration may be given one again: put the line back, fixed, from \(kept), unless you removed it on purpose."
            )(lang)))
        }
        return []
    }
}

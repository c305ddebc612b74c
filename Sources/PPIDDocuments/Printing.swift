import Foundation
import PPIDModel

/// A PDF beside a document, by LibreOffice where it is installed.
public enum Printing {
    /// `soffice` (or `libreoffice`) on the PATH, if any.
    public static func office(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }

    /// What to do without LibreOffice.
    public static func howToPrint(_ document: String) -> Phrase {
        let workbook = document.hasSuffix(".xlsx")
        let app = workbook ? (id: "Excel atau LibreOffice Calc", en: "Excel or LibreOffice Calc") : (id: "Word atau LibreOffice Writer", en: "Word or LibreOffice Writer")
        return Phrase(
            id: "LibreOffice (soffice) tidak terpasang, jadi PDF tidak dibuat. Buka \(document) di \(app.id) lalu pilih Cetak (Ctrl+P) atau Ekspor sebagai PDF; atau pasang LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui) dan ulangi dengan --pdf.",
            en: "LibreOffice (soffice) is not installed, so no PDF was made. Open \(document) in \(app.en) and choose Print (Ctrl+P) or Export as PDF; or install LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui) and run again with --pdf."
        )
    }

    /// Converts `document` to a PDF beside it; returns the PDF's path.
    public static func pdf(_ document: String, office: String) throws(DocumentError) -> String {
        let dir = (document as NSString).deletingLastPathComponent
        let outDir = dir.isEmpty ? "." : dir
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        // A profile of its own, so a LibreOffice open on the desk does not take the job.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-lo-\(getpid())-\(UUID().uuidString)")
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", "--outdir", outDir, document]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        defer { try? FileManager.default.removeItem(at: profile) }
        do {
            try process.run()
        } catch {
            throw .failed(Phrase(id: "Gagal menjalankan \(office): \(error)", en: "Could not run \(office): \(error)"))
        }
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pdf = outDir + "/" + ((document as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw .failed(Phrase(id: "LibreOffice tidak dapat membuat PDF dari \(document): \(detail)", en: "LibreOffice could not make a PDF of \(document): \(detail)"))
        }
        chmod(pdf, 0o600)
        return pdf
    }
}

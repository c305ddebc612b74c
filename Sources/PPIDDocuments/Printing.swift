import Foundation
import PPIDModel
import PPIDStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PDF beside a document, by LibreOffice where it is installed.
public enum Printing {
    /// Where LibreOffice is looked for when the config names none: absolute paths only, never
    /// whatever `soffice` comes first on the PATH.
    public static let knownPlaces = [
        "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice",
        "/opt/libreoffice/program/soffice", "/snap/bin/libreoffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ]

    /// How long a conversion may take before LibreOffice is stopped.
    public static let timeout: TimeInterval = 120

    /// LibreOffice's absolute path: `configured` (the config's `[office] libreoffice`) when
    /// given, else the first of `knownPlaces` that can be run; nil when there is none.
    public static func office(configured: String? = nil) -> String? {
        if let configured { return configured.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: configured) ? configured : nil }
        return knownPlaces.first { FileManager.default.isExecutableFile(atPath: $0) }
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

    /// Converts `document` (an output of `folder`'s) to a PDF beside it; returns the PDF's path.
    ///
    /// LibreOffice follows links and writes by name, so it works only inside a new folder this
    /// user alone can enter, on a copy of the document read without following a link; the
    /// PDF is then renamed into place under the rule of every output (`OutputPath`). It runs
    /// with a minimal environment and is stopped after `timeout`.
    public static func pdf(_ document: String, office: String, folder: DataFolder, timeout: TimeInterval = timeout) throws(DocumentError) -> String {
        let dir = POSIXFile.parent(of: document)
        let file = (document as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        let pdf = (dir.isEmpty ? "." : dir) + "/" + stem + ".pdf"
        let scratch: String
        do {
            try OutputPath.check(pdf, folder: folder)
            // Absolute: LibreOffice's Writer crashes with a relative HOME or TMPDIR (`--out r.docx`).
            let made = try ExportWriter.privateFolder(beside: pdf)
            scratch = made.hasPrefix("/") ? made : FileManager.default.currentDirectoryPath + "/" + made
        } catch {
            throw .store(error)
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let copy = scratch + "/" + file
        guard let data = readNoFollow(document), FileManager.default.createFile(atPath: copy, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw .failed(Phrase(id: "\(document) tidak dapat dibaca sebagai berkas biasa", en: "\(document) cannot be read as a regular file"))
        }
        let log = scratch + "/soffice.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        // A profile of its own, so a LibreOffice open on the desk does not take the job.
        process.arguments = ["-env:UserInstallation=" + URL(fileURLWithPath: scratch + "/profile").absoluteString, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", scratch, copy]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": scratch, "TMPDIR": scratch, "LANG": "C.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: log)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw .failed(Phrase(id: "Gagal menjalankan \(office): \(error)", en: "Could not run \(office): \(error)"))
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            stop(process, SIGTERM)
            if done.wait(timeout: .now() + 5) == .timedOut {
                stop(process, SIGKILL)
                done.wait()
            }
            throw .failed(Phrase(
                id: "\(office) tidak selesai membuat PDF dari \(document) dalam \(Int(timeout)) detik dan dihentikan",
                en: "\(office) did not finish the PDF of \(document) within \(Int(timeout)) seconds and was stopped"
            ))
        }
        let made = scratch + "/" + stem + ".pdf"
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: made) else {
            let detail = String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
            throw .failed(Phrase(id: "LibreOffice tidak dapat membuat PDF dari \(document): \(detail)", en: "LibreOffice could not make a PDF of \(document): \(detail)"))
        }
        do { try ExportWriter.place(made, at: pdf) } catch { throw .store(error) }
        return pdf
    }

    /// Sends `signal` to the process and to its process group (Foundation starts it in one of
    /// its own): the launcher script and soffice.bin both go.
    static func stop(_ process: Process, _ signal: Int32) {
        kill(-process.processIdentifier, signal)
        kill(process.processIdentifier, signal)
    }

    /// A regular file's bytes, read without following a link at its name; nil otherwise.
    static func readNoFollow(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? handle.readToEnd() ?? Data()
    }
}

import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import PPIDModel
import PPIDStore
import PPIDWeb

/// `serve`: the public side — the online request form and the requesters' status pages — on
/// the same data folder as the counters, bound to loopback unless told otherwise (production
/// sits behind the office's TLS reverse proxy).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Layani formulir permohonan online dan halaman status. / Serve the online request form and status pages.",
        discussion: "Bawaan 127.0.0.1:8080; di produksi di belakang reverse proxy TLS kantor ([web] di config.toml). / Default 127.0.0.1:8080; in production behind the office's TLS reverse proxy ([web] in config.toml)."
    )

    @OptionGroup var folder: FolderOptions

    @Option(name: .long, help: "ALAMAT:PORT yang didengar. / HOST:PORT to listen on.")
    var listen = "127.0.0.1:8080"

    func run() throws {
        try guarded { () throws(CLIError) in
            let (host, port) = try Self.hostPort(listen)
            _ = try Clock.now()
            let server: WebServer
            do {
                let office = try Office(folder: folder.dataFolder)
                if let reason = office.log.readOnlyReason { throw CLIError(reason) }
                let settings = try WebSettings.load(folder: office.folder)
                let signer = try FormSigner.load(folder: office.folder)
                server = try WebServer(
                    office: WebOffice(office: office), signer: signer, settings: settings,
                    clock: WebClock(now: { (try? Clock.now()) ?? Date() }))
            } catch let e as StoreError {
                throw CLIError(e)
            } catch let e as WebError {
                throw CLIError(e.message)
            } catch let e as CLIError {
                throw e
            } catch {
                throw CLIError(Phrase(id: "Server tidak dapat dimulai: \(error)", en: "The server cannot start: \(error)"))
            }
            let done = DispatchSemaphore(value: 0)
            let failure = ServeFailure()
            Task {
                do {
                    let app = server.application(host: host, port: port) { bound in
                        FileHandle.standardOutput.write(Data("ppid-tui serve: http://\(host):\(bound)/\n".utf8))
                    }
                    try await app.runService()
                } catch {
                    failure.set("\(error)")
                }
                done.signal()
            }
            done.wait()
            if let message = failure.message {
                throw CLIError(Phrase(id: "Server berhenti: \(message)", en: "The server stopped: \(message)"))
            }
        }
    }

    static func hostPort(_ text: String) throws(CLIError) -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw CLIError(WebError.listen(text).message)
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw CLIError(WebError.listen(text).message) }
        return (host, port)
    }
}

/// The server task's failure, read once it ended.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ s: String) { lock.withLock { text = s } }
    var message: String? { lock.withLock { text } }
}

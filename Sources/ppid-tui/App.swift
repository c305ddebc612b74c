import Foundation
import PPIDDocuments
import PPIDModel
import PPIDStore
import PPIDTerminal
import PPIDUI
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen app: opens the folder, then loops draw → key → update → effects.
enum App {
    static func launch(folder: DataFolder, officer: String?, demo: Bool, readOnly: Bool) throws(CLIError) {
        let now = try Clock.now()
        var demoFolder: DataFolder?
        if demo {
            // A new folder only this user can enter, under a name no one can plant beforehand.
            let path = try store { () throws(StoreError) in try DemoData.makeFolder() }
            demoFolder = DataFolder(path: path)
            try store { () throws(StoreError) in try DemoData.create(in: DataFolder(path: path), now: now) }
        }
        defer { if let d = demoFolder { try? FileManager.default.removeItem(atPath: d.path) } }
        let dir = demoFolder ?? folder
        let office = try store { () throws(StoreError) in try Office(folder: dir, readOnly: readOnly) }
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            throw CLIError(Phrase(id: "\(error)", en: "\(error)"))
        }
        defer { terminal.restore() }
        var loop = RunLoop(
            office: office, terminal: terminal,
            env: AppEnvironment(
                ledger: office.ledger, now: now, officer: officerName(officer, config: office.config.officer),
                officeName: office.config.identity.isSet ? office.config.officeName : "PPID (identitas kantor belum diisi / office identity not set)", isDemo: demo, readOnlyReason: office.log.readOnlyReason,
                dataFolder: dir.path
            ),
            state: AppState(language: Preferences.load(from: dir).language ?? office.config.language)
        )
        loop.env.forms = office.config.forms
        loop.env.reader = office.reader
        loop.env.identity = office.config.identity.formValues
        // The first open of a folder without the office's identity asks for it (Esc: later);
        // a read-only folder cannot keep it, and says so below.
        let asks = !demo && !office.log.isReadOnly && !office.config.identity.isSet
        if asks { loop.state.overlays.append(.form(Form(IdentityForm(current: loop.env.identity, firstRun: true)))) }
        // Told at once: a folder on a network filesystem, a clock behind the log's newest
        // event, unknown keys in the config.
        let w = [dir.networkWarning, office.log.clockWarning(now: now), asks ? nil : office.config.identity.refusal(folder: dir.path)].compactMap { $0 } + office.config.warnings
        if !w.isEmpty {
            loop.state.status = StatusMessage(
                Phrase(id: w.map(\.id).joined(separator: "; "), en: w.map(\.en).joined(separator: "; ")), isError: true
            )
        }
        try loop.run()
    }
}

/// The loop that ties the terminal, the state machine and the store together.
struct RunLoop {
    let office: Office
    let terminal: Terminal
    var env: AppEnvironment
    var state: AppState

    /// How long to wait for a key before looking for other counters' events, in ms.
    static let tick = 500

    mutating func run() throws(CLIError) {
        // Told even when the terminal is the state's own default size: it also selects the
        // queue's first row, which the first screen must show highlighted.
        let size = terminal.size
        _ = update(&state, .resized(width: size.width, height: size.height), env)
        // A snapshot saved while the officer works, so the next open need not replay the whole
        // log; waited for on the way out, so it is never left half written.
        let saving = DispatchGroup()
        defer { _ = saving.wait(timeout: .now() + 10) }
        var firstFrame = true
        while true {
            terminal.draw(render(state, env))
            if firstFrame, let job = office.log.snapshotJob() {
                DispatchQueue.global(qos: .utility).async(group: saving) { try? job.run() }
            }
            firstFrame = false
            let key = terminal.readKey(timeoutMilliseconds: Self.tick)
            try refresh()
            resizeIfNeeded()
            guard let key else { continue }
            var pending = update(&state, .key(key), env)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                guard let action = try perform(effect) else { return }
                pending += update(&state, action, env)
            }
        }
    }

    private mutating func resizeIfNeeded() {
        let size = terminal.size
        if size.width != state.width || size.height != state.height {
            _ = update(&state, .resized(width: size.width, height: size.height), env)
        }
    }

    /// Picks up other counters' events and the time.
    private mutating func refresh() throws(CLIError) {
        env.releaseLedger()  // so other counters' events change the log's ledger in place
        do {
            try office.log.refresh()
        } catch {
            state.status = StatusMessage(error.message, isError: true)
        }
        env.ledger = office.ledger
        env.readOnlyReason = office.log.readOnlyReason
        if !Clock.isPinned { env.now = try Clock.now() }
    }

    /// Does one effect; returns the action that reports it, or nil to quit.
    private mutating func perform(_ effect: Effect) throws(CLIError) -> AppAction? {
        switch effect {
        case .quit:
            return nil
        case .perform(let command):
            let result: Result<[EventRecord], CommandFailure>
            env.releaseLedger()  // so the append changes the log's ledger in place
            do {
                let records = try office.log.append(command, by: env.officer, at: env.now)
                result = .success(records)
            } catch {
                result = .failure(CommandFailure(error.message))
            }
            env.ledger = office.ledger
            return .performed(command, result)
        case .writeReceipt(let number):
            guard let request = office.ledger.requests[number] else { return .receiptWritten(.failure(CommandFailure(LedgerError.unknownRequest(number).message))) }
            let text = receiptText(request, ledger: office.ledger, reading: office.reader, officeName: office.config.officeName).joined(separator: "\n") + "\n"
            let path = office.folder.receiptsPath + "/" + Letters.safeName(number) + ".txt"
            do {
                try office.folder.prepareOutputFolder(office.folder.receiptsPath)
                try ExportWriter.write(text, to: path, folder: office.folder)
                return .receiptWritten(.success(path))
            } catch {
                return .receiptWritten(.failure(CommandFailure(error.message)))
            }
        case .exportYear(let year):
            // The year's set holds the report, which no office without a name can sign.
            if let why = office.config.identity.refusal(folder: office.folder.path) { return .exported(.failure(CommandFailure(why))) }
            do {
                var paths = try ExportWriter.writeYear(office.ledger, year: year, officeName: office.config.officeName, folder: office.folder, now: env.now, config: office.config)
                paths += try YearDocuments.write(office.ledger, year: year, config: office.config, folder: office.folder, now: env.now)
                return .exported(.success(paths))
            } catch let error as StoreError {
                return .exported(.failure(CommandFailure(error.message)))
            } catch let error as DocumentError {
                return .exported(.failure(CommandFailure(error.message)))
            } catch {
                return .exported(.failure(CommandFailure(Phrase(id: "\(error)", en: "\(error)"))))
            }
        case .writeLetters(let number):
            env.releaseLedger()  // so the record of each letter changes the log's ledger in place
            defer { env.ledger = office.ledger }
            guard let r = office.ledger.requests[number] else { return .lettersWritten(.failure(CommandFailure(LedgerError.unknownRequest(number).message))) }
            do {
                var paths: [String] = []
                for (kind, o) in LetterKind.fitting(r) {
                    paths.append(try makeLetter(kind, request: o == nil ? number : nil, objection: o?.number, office: office, officer: env.officer, now: env.now))
                }
                return .lettersWritten(.success(paths))
            } catch {
                return .lettersWritten(.failure(CommandFailure(error.message)))
            }
        case .writeTestLetters(let number):
            do {
                let paths = try [LetterKind.testSheet, .testDecision].map { kind throws(DocumentError) in
                    try Letters.write(kind, test: number, office: office, officer: env.officer)
                }
                return .lettersWritten(.success(paths))
            } catch {
                return .lettersWritten(.failure(CommandFailure(error.message)))
            }
        case .saveIdentity(let values):
            if let why = office.log.readOnlyReason { return .identitySaved(.failure(CommandFailure(why))) }
            do {
                try office.saveIdentity(office.config.identity.with(values))
            } catch {
                return .identitySaved(.failure(CommandFailure(error.message)))
            }
            env.identity = office.config.identity.formValues
            env.officeName = office.config.officeName
            return .identitySaved(.success(office.config.officeName))
        case .saveLanguage(let language):
            guard !office.log.isReadOnly else { return .resized(width: state.width, height: state.height) }
            do {
                try Preferences(language: language).save(to: office.folder)
            } catch {
                state.status = StatusMessage(error.message, isError: true)
            }
            return .resized(width: state.width, height: state.height)
        }
    }
}

import Foundation
import Hummingbird
import NIOCore
import PPIDModel
import PPIDStore
import PPIDUI

/// What a status page's form asks for: a command, or what the requester must fix first.
enum Asked {
    case command(Command)
    case problem(Phrase)
}

/// What a requester can do from the status page: withdraw the request (after confirming), or
/// file an objection once a Pasal 35 ground can have arisen. Each is recorded like the
/// counter's, through `decide` under the append lock, by "online".
extension WebServer {
    func statusPage(_ request: Request, _ context: WebContext) -> Response {
        let lang = language(request.uri.queryParameters.get("lang"))
        if let refused = overLimit(request, context, post: false, lang) { return refused }
        // Hashed whatever it is, so a wrong token, a number or a guess take the same path.
        let hash = StatusToken.hash(context.parameters.get("token") ?? "")
        guard let r = office.request(tokenHash: hash) else { return notFound(lang) }
        return statusResponse(r, path: request.uri.path, lang: lang, message: nil, .ok)
    }

    func statusResponse(_ r: PPIDModel.Request, path: String, lang: Language, message: Phrase?, _ status: HTTPResponse.Status) -> Response {
        let env = office.environment(now: clock.now())
        var context = Pages.status(r, env: env, lang: lang, path: path, commission: office.config.identity.commission)
        let letters = Pages.letters(office.letters(of: r), path: path, lang: lang)
        context["letters"] = letters
        context["hasLetters"] = !letters.isEmpty
        context["formToken"] = signer.issue(at: clock.real())
        if let message { context["message"] = message(lang) }
        return page("status", context, status)
    }

    /// A letter made for the request, as a .docx attachment: only a kind the requester is
    /// sent (`PublicLetter`), only one recorded for this token's request, read from the file
    /// its `letter.made` names inside `letters/` (never a path from the URL); else 404.
    func letter(_ request: Request, _ context: WebContext) -> Response {
        let lang = language(request.uri.queryParameters.get("lang"))
        if let refused = overLimit(request, context, post: false, lang) { return refused }
        guard let r = office.request(tokenHash: StatusToken.hash(context.parameters.get("token") ?? "")),
              let kind = PublicLetter(rawValue: context.parameters.get("kind") ?? ""),
              let made = office.letters(of: r)[kind],
              let name = DataFolder.letterName(recorded: made.file),
              let bytes = office.readLetter(recorded: made.file)
        else { return notFound(lang) }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func withdraw(_ request: Request, _ context: WebContext) async -> Response {
        await act(request, context) { r, posted, now in
            guard posted["confirm"] == "ya" else {
                return .problem(Phrase(id: "Centang konfirmasi untuk mencabut permohonan.", en: "Tick the confirmation to withdraw the request."))
            }
            let reason = FormBody.neutral(String((posted["reason"] ?? "").prefix(500)))
            return .command(.withdraw(RequestWithdrawn(request: r.number, withdrawnAt: now, reason: reason.isEmpty ? "Dicabut pemohon secara online" : reason)))
        }
    }

    func object(_ request: Request, _ context: WebContext) async -> Response {
        await act(request, context) { r, posted, now in
            let grounds = Pasal35.allCases.filter { posted["ground_\($0.rawValue)"] == "1" }
            guard !grounds.isEmpty else {
                return .problem(Phrase(id: "Pilih sedikitnya satu alasan keberatan (Pasal 35 ayat 1).", en: "Choose at least one ground of objection (Art. 35(1))."))
            }
            let note = FormBody.neutral(String((posted["note"] ?? "").prefix(500)))
            return .command(.fileObjection(request: r.number, receivedAt: now, grounds: grounds, agent: "", note: note))
        }
    }

    /// The shared path of a status page's form: the post's checks, the token's, the request's
    /// own; `build` makes the command or says what the requester must fix. On success, back
    /// to the status page (303), which shows what was recorded.
    private func act(
        _ request: Request, _ context: WebContext,
        _ build: (PPIDModel.Request, [String: String], Date) -> Asked
    ) async -> Response {
        let posted: [String: String]
        let lang: Language
        switch await readPost(request, context) {
        case .failure(let refusal): return refusal.response
        case .success(let read): (posted, lang) = read
        }
        let token = context.parameters.get("token") ?? ""
        guard let r = office.request(tokenHash: StatusToken.hash(token)) else { return notFound(lang) }
        let path = "/status/\(token)"
        let realNow = clock.real()
        let nonce: String
        switch signer.check(posted["form_token"] ?? "", at: realNow, minAge: settings.minFormAge, maxAge: settings.maxFormAge) {
        case .success(let n): nonce = n
        case .failure(.forged):
            return refuse(.forbidden, Phrase(id: "Formulir ini tidak berasal dari halaman kami atau sudah rusak. Buka halaman status lagi.",
                                             en: "This form did not come from our page, or it was damaged. Open the status page again."), lang)
        case .failure(.tooFast):
            return statusResponse(r, path: path, lang: lang, message: Phrase(id: "Dikirim terlalu cepat setelah halaman dibuka. Kirim lagi.", en: "Sent too soon after the page opened. Send it again."), .tooManyRequests)
        case .failure(.expired):
            return statusResponse(r, path: path, lang: lang, message: Phrase(id: "Halaman terbuka terlalu lama. Kirim lagi.", en: "The page was open too long. Send it again."), .badRequest)
        }
        let now = clock.now()
        let command: Command
        switch build(r, posted, now) {
        case .problem(let problem): return statusResponse(r, path: path, lang: lang, message: problem, .unprocessableContent)
        case .command(let c): command = c
        }
        guard limits.take(nonce, expires: realNow.addingTimeInterval(settings.maxFormAge), at: realNow) else {
            return statusResponse(r, path: path, lang: lang, message: Phrase(id: "Formulir ini sudah dikirim sekali.", en: "This form was already sent once."), .conflict)
        }
        do throws(StoreError) {
            try office.append(command, now: now)
        } catch .refused(let why) {
            return statusResponse(r, path: path, lang: lang, message: why.message, .conflict)
        } catch {
            return refuse(.serviceUnavailable, Phrase(id: "Belum dapat dicatat karena gangguan di server kantor; tidak ada yang tersimpan. Coba lagi beberapa saat lagi.",
                                                      en: "It cannot be recorded now because of a fault at the office's server; nothing was stored. Try again in a while."), lang)
        }
        var response = Response(status: .seeOther)
        response.headers[.location] = path + (lang == .english ? "?lang=en" : "")
        return response
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Mustache
import NIOCore
import PPIDModel
import PPIDStore
import PPIDUI

/// Where "now" comes from: `now` stamps what is recorded (the system clock, or `PPID_NOW`),
/// `real` is always the machine's clock and times the form tokens and the per-address limits,
/// so that a pinned test clock does not make every post look instant.
public struct WebClock: Sendable {
    public var now: @Sendable () -> Date
    public var real: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date, real: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
        self.real = real
    }
}

/// `ppid-tui serve`: the online request form, its receipt, and the private status page, over
/// the same log the counters write. Every route answers a page; a refusal is a 4xx page that
/// says what to do, and nothing is written unless the whole request is recorded.
public final class WebServer: Sendable {
    let office: WebOffice
    let signer: FormSigner
    let settings: WebSettings
    let clock: WebClock
    let limits = AbuseGuard()
    let library: MustacheLibrary

    public init(office: WebOffice, signer: FormSigner, settings: WebSettings, clock: WebClock) throws {
        self.office = office
        self.signer = signer
        self.settings = settings
        self.clock = clock
        library = try Templates.library()
    }

    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.get("/") { request, context in self.formPage(request, context) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: Templates.css)))
        }
        router.post("/permohonan") { request, context in await self.submit(request, context) }
        router.get("/status/{token}") { request, context in self.statusPage(request, context) }
        router.post("/status/{token}/cabut") { request, context in await self.withdraw(request, context) }
        router.post("/status/{token}/keberatan") { request, context in await self.object(request, context) }
        router.get("/status/{token}/surat/{kind}") { request, context in self.letter(request, context) }
        return router
    }

    /// The application on `host:port`, with the header, idle and body limits.
    public func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let http = HTTP1Channel.Configuration(
            idleTimeout: .seconds(Int64(settings.idleTimeoutSeconds)),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 64))
        return Application(
            router: router(), server: .http1(configuration: http),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    // MARK: - Pages

    func formPage(_ request: Request, _ context: WebContext) -> Response {
        let lang = language(request.uri.queryParameters.get("lang"))
        if let refused = overLimit(request, context, post: false, lang) { return refused }
        let form = Form(NewRequestForm(now: clock.now(), calendar: office.calendar))
        return page("form", Pages.form(form, token: signer.issue(at: clock.real()), lang: lang, office: office.config.officeName), .ok)
    }

    /// A post's fields once the checks every form shares pass (limits, size, encoding, origin,
    /// honeypot); else the refusal page.
    func readPost(_ request: Request, _ context: WebContext) async -> Result<(fields: [String: String], lang: Language), Refusal> {
        let lang = language(request.uri.queryParameters.get("lang"))
        if let refused = overLimit(request, context, post: true, lang) { return .failure(Refusal(refused)) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maxBodyBytes { return .failure(Refusal(tooLarge(lang))) }
        let bytes: [UInt8]
        do {
            bytes = Array(buffer: try await request.body.collect(upTo: settings.maxBodyBytes))
        } catch {
            return .failure(Refusal(tooLarge(lang)))
        }
        let posted: [String: String]
        do throws(FormBody.Problem) {
            posted = try FormBody.parse(bytes, maxFields: settings.maxFields)
        } catch {
            return .failure(Refusal(refuse(.badRequest, Phrase(id: "Isi formulir tidak dapat dibaca (terlalu banyak isian, atau huruf yang rusak). Buka formulir lagi lalu kirim ulang.",
                                                               en: "The form's content cannot be read (too many fields, or damaged characters). Open the form again and send it once more."), lang)))
        }
        let postLang = language(posted["lang"])
        guard sameOrigin(request) else {
            return .failure(Refusal(refuse(.forbidden, Phrase(id: "Formulir ini harus dikirim dari halaman kami sendiri. Buka formulir di alamat kantor lalu kirim dari sana.",
                                                              en: "This form must be sent from our own page. Open the form at the office's address and send it from there."), postLang)))
        }
        guard (posted["website"] ?? "").isEmpty else {
            return .failure(Refusal(refuse(.badRequest, Phrase(id: "Formulir tidak dapat diterima. Bila Anda mengisinya sendiri, buka formulir lagi dan kirim ulang.",
                                                               en: "The form cannot be accepted. If you filled it in yourself, open the form again and send it once more."), postLang)))
        }
        return .success((posted, postLang))
    }

    /// A refusal page, as a `Result`'s failure.
    struct Refusal: Error { let response: Response; init(_ r: Response) { response = r } }

    func submit(_ request: Request, _ context: WebContext) async -> Response {
        let posted: [String: String]
        let lang: Language
        switch await readPost(request, context) {
        case .failure(let refusal): return refusal.response
        case .success(let read): (posted, lang) = read
        }
        let env = office.environment(now: clock.now())
        var form = Form(NewRequestForm(now: env.now, calendar: env.calendar))
        var typed = posted.filter { Pages.publicFields.contains($0.key) }.mapValues(FormBody.neutral)
        typed["channel"] = Channel.online.rawValue
        form.fill(typed)
        let realNow = clock.real()
        let nonce: String
        switch signer.check(posted["form_token"] ?? "", at: realNow, minAge: settings.minFormAge, maxAge: settings.maxFormAge) {
        case .success(let n): nonce = n
        case .failure(.forged):
            return refuse(.forbidden, Phrase(id: "Formulir ini tidak berasal dari halaman kami atau sudah rusak. Buka formulir lagi lalu isi ulang.",
                                             en: "This form did not come from our page, or it was damaged. Open the form again and fill it in once more."), lang)
        case .failure(.tooFast):
            return again(form, .tooManyRequests, Phrase(id: "Formulir dikirim terlalu cepat setelah dibuka. Periksa isian Anda lalu kirim lagi.",
                                                       en: "The form was sent too soon after it was opened. Check what you typed and send it again."), lang, env)
        case .failure(.expired):
            return again(form, .badRequest, Phrase(id: "Formulir terbuka terlalu lama (lebih dari \(Int(settings.maxFormAge / 3600)) jam). Periksa isian Anda lalu kirim lagi.",
                                                  en: "The form was open too long (more than \(Int(settings.maxFormAge / 3600)) hours). Check what you typed and send it again."), lang, env)
        }
        guard case .register(_, _, let details)? = form.checkedAll(env) else {
            return again(form, .unprocessableContent, nil, lang, env)
        }
        let keys = requesterKeys(details)
        let day = env.calendar.day(of: realNow).ordinal
        guard limits.reserve(keys, day: day, limit: settings.maxPerRequesterDay) else {
            return refuse(.tooManyRequests, Phrase(id: "Permohonan dengan NIK atau kontak ini sudah \(settings.maxPerRequesterDay) kali hari ini. Silakan kirim lagi besok, atau hubungi loket PPID.",
                                                   en: "Requests with this ID number or contact reached \(settings.maxPerRequesterDay) today. Please send again tomorrow, or contact the PPID's counter."), lang)
        }
        guard limits.take(nonce, expires: realNow.addingTimeInterval(settings.maxFormAge), at: realNow) else {
            limits.release(keys, day: day)
            return refuse(.conflict, Phrase(id: "Formulir ini sudah dikirim sekali. Nomor pendaftaran ada di halaman tanda bukti; untuk permohonan lain, buka formulir baru.",
                                            en: "This form was already sent once. Its number is on the receipt page; for another request, open a new form."), lang)
        }
        let token = StatusToken.make()
        let recorded: PPIDModel.Request
        do throws(StoreError) {
            recorded = try office.register(.register(receivedAt: env.now, channel: .online, details: details), tokenHash: StatusToken.hash(token), now: env.now)
        } catch .refused(let why) {
            limits.release(keys, day: day)
            return again(form, .unprocessableContent, why.message, lang, env)
        } catch {
            limits.release(keys, day: day)
            return refuse(.serviceUnavailable, Phrase(id: "Permohonan belum dapat dicatat karena gangguan di server kantor; tidak ada yang tersimpan. Coba lagi beberapa saat lagi.",
                                                      en: "The request cannot be recorded now because of a fault at the office's server; nothing was stored. Try again in a while."), lang)
        }
        let path = "/status/\(token)"
        let after = office.environment(now: clock.now())
        var response = page("receipt", Pages.receipt(recorded, env: after, link: base(request) + path, path: path, lang: lang), .created)
        response.headers[.location] = path
        return response
    }

    // MARK: - Helpers

    func language(_ code: String?) -> Language { code == "en" ? .english : .indonesian }

    /// The NIK's digits and the contact, lowercased: what one requester's daily limit counts.
    private func requesterKeys(_ d: RequestDetails) -> [String] {
        var keys: [String] = []
        let nik = d.identityNumber.filter(\.isNumber)
        if !nik.isEmpty { keys.append("nik:" + nik) }
        let contact = d.contact.lowercased().filter { !$0.isWhitespace }
        if !contact.isEmpty { keys.append("contact:" + contact) }
        return keys
    }

    /// The public base URL: the config's, else the scheme and host the request came to.
    private func base(_ request: Request) -> String {
        if !settings.publicURL.isEmpty { return settings.publicURL }
        return "http://" + (request.head.authority ?? "127.0.0.1")
    }

    /// Whether the post's Origin (or, without one, its Referer) is our own.
    private func sameOrigin(_ request: Request) -> Bool {
        var origins: [String] = []
        if !settings.publicURL.isEmpty { origins.append(settings.publicURL) }
        if let host = request.head.authority { origins += ["http://" + host, "https://" + host] }
        if let origin = request.headers[.origin] { return origins.contains(origin) }
        if let referer = request.headers[.referer] { return origins.contains { referer == $0 || referer.hasPrefix($0 + "/") } }
        return false
    }

    /// The client's address: the peer's, or behind a trusted local proxy the last X-Forwarded-For.
    private func address(_ request: Request, _ context: WebContext) -> String {
        let peer = context.remoteAddress?.ipAddress ?? "unknown"
        if settings.trustForwardedFor, peer == "127.0.0.1" || peer == "::1", let name = HTTPField.Name("X-Forwarded-For"),
           let last = request.headers[name]?.split(separator: ",").last {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return peer
    }

    func overLimit(_ request: Request, _ context: WebContext, post: Bool, _ lang: Language) -> Response? {
        let addr = address(request, context)
        let now = clock.real()
        let allowed = limits.allow(addr, .any, limit: settings.maxPerAddressHour, at: now)
            && (!post || limits.allow(addr, .post, limit: settings.maxPostsPerAddressHour, at: now))
        guard !allowed else { return nil }
        var r = refuse(.tooManyRequests, Phrase(id: "Terlalu banyak permintaan dari alamat Anda dalam satu jam. Coba lagi nanti.",
                                                en: "Too many requests from your address in the last hour. Please try again later."), lang)
        r.headers[.retryAfter] = "3600"
        return r
    }

    func tooLarge(_ lang: Language) -> Response {
        refuse(.contentTooLarge, Phrase(id: "Isi formulir terlalu besar. Persingkat isian Anda lalu kirim lagi.",
                                        en: "The form's content is too large. Shorten what you typed and send it again."), lang)
    }

    func notFound(_ lang: Language) -> Response {
        page("refusal", Pages.refusal(WebText.say("notFound", lang), Phrase(id: "Halaman tidak ditemukan.", en: "Page not found.")(lang), lang: lang, office: office.config.officeName, back: false), .notFound)
    }

    /// The form again with what was typed, every problem marked, and a fresh token.
    private func again(_ form: Form, _ status: HTTPResponse.Status, _ problem: Phrase?, _ lang: Language, _ env: AppEnvironment) -> Response {
        let context = Pages.form(form, token: signer.issue(at: clock.real()), lang: lang, office: env.officeName, extraProblem: problem?(lang))
        return page("form", context, status)
    }

    func refuse(_ status: HTTPResponse.Status, _ message: Phrase, _ lang: Language) -> Response {
        page("refusal", Pages.refusal(WebText.say("refusedTitle", lang), message(lang), lang: lang, office: office.config.officeName, back: true), status)
    }

    func page(_ template: String, _ context: [String: Any], _ status: HTTPResponse.Status) -> Response {
        let html = library.render(context, withTemplate: template) ?? ""
        var response = Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
        // Not "no-referrer": a browser then sends "Origin: null" with the form's post, which the
        // same-origin check must refuse; "same-origin" still keeps a status link from other sites.
        if let name = HTTPField.Name("Referrer-Policy") { response.headers[name] = "same-origin" }
        return response
    }
}

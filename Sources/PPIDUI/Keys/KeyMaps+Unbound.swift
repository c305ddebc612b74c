import PPIDModel

extension KeyMaps {
    /// The contexts whose keys an officer may look for elsewhere, in the order they are named.
    static let namedContexts: [KeyContext] = [.queue, .detail, .samples, .sampleDetail, .months, .lists]

    /// What a letter or function key no binding of `context` holds says, instead of nothing:
    /// that it does nothing here, where it does something (its footer word there), and that `?` lists
    /// the keys that do. Nil for other keys (arrows, Enter), whose silence misleads no one.
    static func unbound(_ key: Key, in context: KeyContext) -> Phrase? {
        switch key {
        case .char, .function, .ctrl: break
        default: return nil
        }
        let here = context.title
        let elsewhere = namedContexts.lazy.filter { $0 != context }.compactMap { other in
            map(other).binding(for: key).map { (other.title, $0.hint ?? $0.help) }
        }.first
        let name = key.label
        guard let (there, help) = elsewhere else {
            return Phrase(
                id: "\(name) tidak dipakai di \(here.id); ? menampilkan tombol yang berlaku",
                en: "\(name) does nothing in \(here.en); ? lists the keys that do")
        }
        return Phrase(
            id: "\(name) tidak dipakai di \(here.id) (di \(there.id): \(help.id)); ? menampilkan tombol yang berlaku",
            en: "\(name) does nothing in \(here.en) (in \(there.en): \(help.en)); ? lists the keys that do")
    }
}

extension KeyContext {
    /// Where the officer is, as the unbound key's message names it.
    var title: Phrase {
        switch self {
        case .queue, .queueFilter: Pane.queue.title
        case .samples, .sampleFilter: Pane.samples.title
        case .months: Pane.months.title
        case .lists: Pane.lists.title
        case .listDetail: Phrase(id: "rincian daftar informasi", en: "a list entry's details")
        case .detail: Phrase(id: "rincian permohonan", en: "a request's details")
        case .sampleDetail: Phrase(id: "rincian sampel", en: "a sample's details")
        case .help: Phrase(id: "bantuan", en: "the help")
        case .form: Phrase(id: "isian", en: "a form")
        case .confirm, .discardForm, .quit: Phrase(id: "pertanyaan ini", en: "this question")
        case .receipt: Phrase(id: "tanda bukti", en: "the receipt")
        case .drill: Phrase(id: "daftar di balik angka", en: "the list behind a figure")
        }
    }
}

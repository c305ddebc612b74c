import PPIDModel

/// Why the web server cannot start, in words the office's administrator can act on.
public enum WebError: Error, Sendable, Equatable {
    /// The form key in the data folder cannot be made or read, or others may read it.
    case keyFile(String)
    /// `--listen` is not HOST:PORT.
    case listen(String)
    /// `[web]` in config.toml holds a value of the wrong kind.
    case config(String)

    public var message: Phrase {
        switch self {
        case .keyFile(let path):
            Phrase(id: "Kunci formulir \(path) tidak dapat dibuat atau dibaca, atau dapat dibaca orang lain: periksa izin folder data (hapus berkas itu bila rusak; formulir yang sedang terbuka harus diisi ulang).",
                   en: "The form key \(path) cannot be made or read, or others can read it: check the data folder's permissions (remove the file when damaged; forms open now must be filled again).")
        case .listen(let text):
            Phrase(id: "--listen \"\(text)\" harus berbentuk ALAMAT:PORT, mis. 127.0.0.1:8080", en: "--listen \"\(text)\" must be HOST:PORT, e.g. 127.0.0.1:8080")
        case .config(let text):
            Phrase(id: "config.toml [web]: \(text)", en: "config.toml [web]: \(text)")
        }
    }
}

import Foundation

extension OfficeIdentity {
    /// Writes this identity into the folder's `config.toml` (made with the commented default
    /// when missing), keeping every other line; checked by reading it back before it replaces
    /// the file (a temporary file renamed over it). Returns the config as written.
    @discardableResult
    public func save(in folder: DataFolder) throws(StoreError) -> OfficeConfig {
        try folder.prepare()
        let data = try POSIXFile.read(folder.configPath)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badConfig(path: folder.configPath, detail: "bukan UTF-8 / not UTF-8")
        }
        let written = self.written(into: text)
        let config = try OfficeConfig.parse(written, path: folder.configPath)
        try POSIXFile.writeAtomically(Data(written.utf8), to: folder.configPath)
        return config
    }
}

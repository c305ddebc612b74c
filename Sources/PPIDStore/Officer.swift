import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is recorded on the events this process writes.
public enum Officer {
    /// The login name of the user running the program, from the system's user database (not
    /// from `$USER`, which anyone can set); nil when the user has no entry.
    public static func loginName(uid: uid_t = geteuid()) -> String? {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return nil }
        let s = String(cString: name)
        return s.isEmpty ? nil : s
    }

    /// `--officer`, else the config's `officer`, else the login name; "uid N" for a user
    /// without a name, never one word shared by every counter.
    public static func name(option: String?, config: String, uid: uid_t = geteuid()) -> String {
        if let o = option, !o.trimmingCharacters(in: .whitespaces).isEmpty { return o }
        if !config.trimmingCharacters(in: .whitespaces).isEmpty { return config }
        return loginName(uid: uid) ?? "uid \(uid)"
    }
}

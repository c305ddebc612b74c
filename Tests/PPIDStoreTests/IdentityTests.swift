import Foundation
import Testing
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// Who is recorded on events: the login name by default, never one word every counter shares.
@Suite struct IdentityTests {
    @Test func theOfficerDefaultsToTheLoginNameFromTheUserDatabase() throws {
        let login = try #require(Officer.loginName(), "this user has a name")
        #expect(login == String(cString: getpwuid(geteuid())!.pointee.pw_name))
        #expect(Officer.name(option: nil, config: "") == login)
        #expect(Officer.name(option: "  ", config: "   ") == login, "blank names are no names")
        #expect(Officer.name(option: nil, config: "") != "petugas")
    }

    @Test func theOptionThenTheConfigOverrideTheLoginName() {
        #expect(Officer.name(option: "rahmat", config: "siti") == "rahmat")
        #expect(Officer.name(option: nil, config: "siti") == "siti")
    }

    @Test func aUserWithoutAnEntryIsNamedByUid() {
        // No entry in the user database for this id (on any ordinary machine).
        #expect(Officer.name(option: nil, config: "", uid: 4_000_000_123) == "uid 4000000123")
    }

    @Test func theLoginNameIsNotTakenFromUSER() throws {
        let saved = getenv("USER").map { String(cString: $0) }
        setenv("USER", "mallory", 1)
        defer { if let saved { setenv("USER", saved, 1) } else { unsetenv("USER") } }
        #expect(Officer.name(option: nil, config: "") != "mallory" || Officer.loginName() == "mallory")
    }
}

import PPIDModel
import Testing
@testable import PPIDUI

/// The office's identity as a form inside the app (issue 21): `i` on the month board opens it
/// with what the config holds; F2 asks the run loop to save it; required fields are marked.
@Suite struct IdentityFormTests {
    @Test func iOnTheMonthBoardOpensTheIdentityWithWhatTheConfigHolds() throws {
        var env = Desk.environment()
        env.identity = [.name: "Dinas Kominfo Kabupaten Siak", .city: "Siak Sri Indrapura"]
        var s = Session(env: env)
        s.press(.char("3"), .char("i"))
        let form = try #require(s.form)
        #expect(form.spec(as: IdentityForm.self)?.firstRun == false)
        #expect(form.value(IdentityForm.Field.name) == "Dinas Kominfo Kabupaten Siak")
        #expect(s.text.contains("Identitas kantor"))
    }

    @Test func savingAsksTheRunLoopToWriteTheConfigAndClosesOnceSaved() throws {
        var s = Session()
        s.press(.char("3"), .char("i"))
        s.type("Dinas Kominfo Kabupaten Siak")
        s.press(.tab, .tab)
        s.type("Siak Sri Indrapura")
        for _ in 0..<5 { s.press(.tab) }
        s.type("Drs. Ahmad Fauzi")
        s.press(.tab)
        s.type("197001012000031001")
        let effects = s.press(.function(2))
        let values = try #require(effects.compactMap { if case .saveIdentity(let v) = $0 { v } else { nil } }.first)
        #expect(values[.name] == "Dinas Kominfo Kabupaten Siak" && values[.city] == "Siak Sri Indrapura")
        #expect(values[.ppidName] == "Drs. Ahmad Fauzi" && values[.ppidNIP] == "197001012000031001" && values[.address] == "")
        s.send(.identitySaved(.success("Dinas Kominfo Kabupaten Siak")))
        #expect(s.form == nil)
        #expect(s.text.contains("Identitas kantor disimpan di config.toml"))
    }

    @Test func requiredFieldsAreMarkedAndNothingIsSaved() throws {
        var s = Session()
        s.press(.char("3"), .char("i"))
        s.type("Dinas Kominfo")
        let effects = s.press(.function(2))
        #expect(!effects.contains { if case .saveIdentity = $0 { true } else { false } })
        let form = try #require(s.form)
        #expect(form[IdentityForm.Field.city]?.error != nil && form[IdentityForm.Field.ppidNIP]?.error != nil)
        #expect(form[IdentityForm.Field.name]?.error == nil)
    }

    @Test func aReadOnlyFolderSaysWhyInsteadOfOpeningIt() {
        var env = Desk.environment()
        env.readOnlyReason = Phrase(id: "folder milik orang lain", en: "another's folder")
        var s = Session(env: env)
        s.press(.char("3"), .char("i"))
        #expect(s.form == nil)
        #expect(s.text.contains("Hanya-baca"))
    }
}

/// The superior's answer form starts with the configured superior: the one who answers as a rule.
@Test func theAnswerFormStartsWithTheConfiguredSuperior() throws {
    var env = Desk.environment()
    env.identity = [.superiorName: "H. Budi Rahman", .superiorPosition: "Sekretaris Daerah"]
    var s = Session(env: env)
    _ = try s.record(.fileObjection(request: "PPID-2026-007", receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
    s.state.queue.selected = "KEB-2026-001"
    s.press(.char("b"))
    let form = try #require(s.form)
    #expect(form.value(ObjectionAnswerForm.Field.name) == "H. Budi Rahman")
    #expect(form.value(ObjectionAnswerForm.Field.position) == "Sekretaris Daerah")
}

/// Every label of the identity form whole at 80 columns, in both languages.
@Test func theIdentityFormsLabelsAreWholeAt80Columns() throws {
    for language in [Language.indonesian, .english] {
        var s = Session(language: language)
        s.press(.char("3"), .char("i"))
        let form = try #require(s.form)
        for f in form.fields {
            let label = f.label(language)
            #expect(s.lines.contains { $0.contains(label + (f.required ? " *" : "")) }, "\(label) is cut")
        }
    }
}

import PPIDModel

/// What a decision says part by part (Pasal 22(7)): the part granted, each part refused under
/// Pasal 17, not held (and who holds it) or not yet documented (and by when it will be),
/// the material given and by when, the fee and what it is made of.
extension LetterFields {
    /// The Pasal 17 letters a decision rests on, in the order given.
    static func exceptions(_ d: RequestDecided) -> [Pasal17] {
        d.grounds.compactMap { if case .exception(let letter) = $0 { letter } else { nil } }
    }

    /// "Pasal 17 huruf h dan huruf j Undang-Undang Nomor 14 Tahun 2008 …"; "-" for none.
    static func exceptionArticle(_ letters: [Pasal17]) -> String {
        guard !letters.isEmpty else { return "-" }
        return "Pasal 17 " + letters.map { "huruf \($0.rawValue)" }.joined(separator: " dan ")
            + " Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
    }

    /// The material given: what the decision names, else (granted in full or in part) what was
    /// asked; "-" for a rejection.
    static func material(_ r: Request, _ d: RequestDecided) -> String {
        guard d.outcome != .rejected else { return "-" }
        let named = d.material.trimmingCharacters(in: .whitespacesAndNewlines)
        if !named.isEmpty { return named }
        return d.outcome == .granted ? r.details.subject : r.details.subject + " (kecuali bagian yang tidak diberikan di bawah)"
    }

    /// The part a refusal refuses: all that was asked when rejected; for a partial grant the
    /// part withheld as the decision names it.
    static func refusedPart(_ r: Request, _ d: RequestDecided) -> String {
        guard d.outcome == .partial else { return r.details.subject }
        let named = d.redacted.trimmingCharacters(in: .whitespacesAndNewlines)
        return named.isEmpty ? "bagian dari informasi yang diminta yang dikecualikan" : named
    }

    /// One numbered line per part of the decision, each with its own status.
    static func parts(_ r: Request, _ d: RequestDecided, office: String, longDate: (CivilDate) -> String) -> String {
        var lines: [String] = []
        if d.outcome != .rejected {
            let by = d.givenBy.map { "; diberikan paling lambat \(longDate($0))" } ?? ""
            lines.append("Dikabulkan, informasi dikuasai oleh \(office): \(material(r, d))\(by).")
        }
        let refused = exceptions(d)
        if !refused.isEmpty {
            let what = d.outcome == .partial ? refusedPart(r, d) : r.details.subject
            lines.append("Ditolak, informasi yang dikecualikan berdasarkan \(exceptionArticle(refused)) (" + refused.map { "huruf \($0.rawValue): \($0.label.id)" }.joined(separator: "; ") + "): \(what).")
        }
        for g in d.grounds {
            switch g {
            case .notHeld:
                let holder = d.heldBy.trimmingCharacters(in: .whitespacesAndNewlines)
                lines.append("Tidak dikuasai oleh \(office); " + (holder.isEmpty ? "badan publik yang menguasainya tidak diketahui." : "informasi tersebut dikuasai oleh \(holder)."))
            case .notYetDocumented:
                let by = d.documentedBy.map { "; akan didokumentasikan paling lambat \(longDate($0))" } ?? ""
                lines.append("Belum didokumentasikan oleh \(office)\(by).")
            case .unclassified:
                lines.append("Alasan sebagaimana tercatat: \(dash(d.note)).")
            case .exception:
                break
            }
        }
        return lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    }

    /// Whether the information is held, part by part: the part granted or refused under
    /// Pasal 17 is held, a "not held" or "not yet documented" part is not.
    static func statuses(_ d: RequestDecided) -> [InformationStatus] {
        var out: [InformationStatus] = d.outcome != .rejected || !exceptions(d).isEmpty || d.grounds.isEmpty ? [.held] : []
        for g in d.grounds {
            if let s = g.informationStatus, !out.contains(s) { out.append(s) }
        }
        // An unclassified rejection says nothing certain: read as held, as before.
        return out.isEmpty ? [.held] : out
    }

    /// "Informasi dikuasai oleh …"; for a mixed decision each part's: "Sebagian informasi
    /// dikuasai oleh …; sebagian tidak dikuasai oleh …".
    static func holding(_ d: RequestDecided, office: String) -> String {
        let all = statuses(d)
        let words = all.map { s -> String in
            switch s {
            case .held: "dikuasai oleh \(office)"
            case .notHeld: "tidak dikuasai oleh \(office)"
            case .notYetDocumented: "belum didokumentasikan oleh \(office)"
            }
        }
        return all.count == 1 ? "Informasi " + words[0] : "Sebagian informasi " + words.joined(separator: "; sebagian ")
    }

    /// The body holding the information: this office, the one named for a part not held (or
    /// "tidak diketahui"), or both for a mixed decision.
    static func holder(_ d: RequestDecided, office: String) -> String {
        let all = statuses(d)
        guard all.contains(.notHeld) else { return office }
        let named = d.heldBy.trimmingCharacters(in: .whitespacesAndNewlines)
        let other = named.isEmpty ? "tidak diketahui" : named
        return all.contains(.held) ? "\(office) (sebagian); bagian yang tidak dikuasai: \(other)" : other
    }

    /// The day the material will be (or was) given: the hand-over when there was one, else the
    /// day the decision names; "-" when neither.
    static func givenOn(_ r: Request, _ d: RequestDecided, longDate: (CivilDate) -> String) -> String {
        guard d.outcome != .rejected else { return "-" }
        if let h = r.handover { return longDate(h.handedOverOn) + " (telah diberikan)" }
        return d.givenBy.map(longDate) ?? "-"
    }
}

extension LetterFields {
    /// The objection's *kasus posisi*: its own text; when it has none, the request objected to
    /// and the grounds, so the receipt never says "-".
    static func caseSummary(_ r: Request, _ o: Objection, received: CivilDate, longDate: (CivilDate) -> String) -> String {
        let text = o.filed.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { return text }
        let grounds = o.filed.grounds.map { "huruf \($0.rawValue) (\($0.label.id))" }.joined(separator: ", ")
        let decided = r.decision.map { " yang diputus \($0.decided.outcome.label.id.lowercased()) pada \(longDate($0.decided.noticeOn))" } ?? ""
        return "Pemohon mengajukan keberatan atas permohonan informasi nomor \(r.number) tanggal \(longDate(received))\(decided) tentang \"\(r.details.subject)\", dengan alasan Pasal 35 ayat (1) " + grounds + "."
    }
}

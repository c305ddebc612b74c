import Foundation
import PPIDModel

/// A request and its parts as snapshot bytes (see `Ledger.snapshot()`).
extension Request {
    func write(to w: inout SnapshotWriter) {
        w.text(number)
        w.date(receivedAt)
        w.member(channel, of: Kinds.channels)
        details.write(to: &w)
        detailsEvent.write(to: &w)
        w.optional(decision) { w, d in
            d.decided.write(to: &w)
            w.text(d.by)
            w.date(d.recordedAt)
        }
        w.bool(voided)
        w.i32(lastEvent)
        w.optional(rare.first) { w, x in
            w.optional(x.missing) { $0.text($1) }
            w.optional(x.returnedFor) { $0.text($1) }
            w.optional(x.returnedOn) { $0.day($1) }
            w.optional(x.returnedAt) { $0.date($1) }
            w.optional(x.completedAt) { $0.date($1) }
            w.optional(x.extensionGiven) { w, e in
                w.text(e.reason)
                w.text(e.by)
                w.date(e.recordedAt)
                w.optional(e.on) { $0.day($1) }
            }
            w.optional(x.handover) { w, h in
                w.text(h.request)
                w.day(h.handedOverOn)
                w.text(h.note)
            }
            w.optional(x.withdrawal) { w, e in
                w.text(e.request)
                w.date(e.withdrawnAt)
                w.text(e.reason)
            }
            w.list(x.objections) { w, o in o.write(to: &w) }
            w.list(x.undone.sorted()) { $0.text($1) }
            w.bool(x.voidedAsSpam)
        }
    }

    init(from r: inout SnapshotReader) throws(SnapshotError) {
        let number = try r.text()
        let receivedAt = try r.date()
        let channel = try r.member(of: Kinds.channels)
        let details = try RequestDetails(from: &r)
        self.init(number: number, receivedAt: receivedAt, channel: channel, details: details, detailsEvent: CompactEventID(""))
        detailsEvent = try CompactEventID(from: &r)
        decision = try r.optional { (r) throws(SnapshotError) in
            Decision(decided: try RequestDecided(from: &r), by: try r.text(), recordedAt: try r.date())
        }
        voided = try r.bool()
        lastEvent = try r.i32()
        if let x = try r.optional({ (r) throws(SnapshotError) -> Rare in
            var x = Rare()
            x.missing = try r.optional { (r) throws(SnapshotError) in try r.text() }
            x.returnedFor = try r.optional { (r) throws(SnapshotError) in try r.text() }
            x.returnedOn = try r.optional { (r) throws(SnapshotError) in try r.day() }
            x.returnedAt = try r.optional { (r) throws(SnapshotError) in try r.date() }
            x.completedAt = try r.optional { (r) throws(SnapshotError) in try r.date() }
            x.extensionGiven = try r.optional { (r) throws(SnapshotError) in 
                Extension(reason: try r.text(), by: try r.text(), recordedAt: try r.date(), on: try r.optional { (r) throws(SnapshotError) in try r.day() })
            }
            x.handover = try r.optional { (r) throws(SnapshotError) in
                InformationHandedOver(request: try r.text(), handedOverOn: try r.day(), note: try r.text())
            }
            x.withdrawal = try r.optional { (r) throws(SnapshotError) in
                RequestWithdrawn(request: try r.text(), withdrawnAt: try r.date(), reason: try r.text())
            }
            x.objections = try r.list { (r) throws(SnapshotError) in try Objection(from: &r) }
            x.undone = Set(try r.list { (r) throws(SnapshotError) in try r.text() })
            x.voidedAsSpam = try r.bool()
            return x
        }) {
            rare = x.isEmpty ? [] : [x]
        }
    }
}

extension RequestDetails {
    func write(to w: inout SnapshotWriter) {
        w.raw(texts.storage)
        w.member(category, of: Kinds.categories)
        w.member(topic, of: Kinds.topics)
        w.optional(accessKind) { $0.member($1, of: Kinds.accessKinds) }
        w.optional(medium) { $0.member($1, of: Kinds.media) }
        w.optional(delivery) { $0.member($1, of: Kinds.deliveries) }
    }

    init(from r: inout SnapshotReader) throws(SnapshotError) {
        guard let texts = PackedTexts(storage: try r.raw(), count: 7) else { throw .damaged("request texts at byte \(r.at)") }
        self.init(
            texts: texts, category: try r.member(of: Kinds.categories), topic: try r.member(of: Kinds.topics),
            accessKind: try r.optional { (r) throws(SnapshotError) in try r.member(of: Kinds.accessKinds) },
            medium: try r.optional { (r) throws(SnapshotError) in try r.member(of: Kinds.media) },
            delivery: try r.optional { (r) throws(SnapshotError) in try r.member(of: Kinds.deliveries) }
        )
    }
}

extension RequestDecided {
    func write(to w: inout SnapshotWriter) {
        w.text(request)
        w.member(outcome, of: Kinds.outcomes)
        w.optional(ground) { $0.text($1.code) }
        w.day(noticeOn)
        w.int(fee)
        w.text(payment)
        w.text(note)
        // Most decisions have none of these: one byte says so.
        let extras = !moreGrounds.isEmpty || !heldBy.isEmpty || !redacted.isEmpty || !material.isEmpty || givenBy != nil || documentedBy != nil
            || !feeBreakdown.isEmpty || !tests.isEmpty || fromRegister || !publicEntry.isEmpty
        w.bool(extras)
        guard extras else { return }
        w.list(moreGrounds) { $0.text($1.code) }
        w.text(heldBy)
        w.text(redacted)
        w.text(material)
        w.optional(givenBy) { $0.day($1) }
        w.optional(documentedBy) { $0.day($1) }
        w.text(feeBreakdown)
        w.list(tests) { $0.text($1) }
        w.bool(fromRegister)
        w.text(publicEntry)
    }

    init(from r: inout SnapshotReader) throws(SnapshotError) {
        let request = try r.text()
        let outcome = try r.member(of: Kinds.outcomes)
        let ground = try r.optional { (r) throws(SnapshotError) -> Ground in
            let code = try r.text()
            guard let g = Ground(code: code) else { throw .damaged("ground \(code)") }
            return g
        }
        let (notice, fee, payment, note) = (try r.day(), try r.int(), try r.text(), try r.text())
        self.init(request: request, outcome: outcome, ground: ground, noticeOn: notice, fee: fee, payment: payment, note: note)
        guard try r.bool() else { return }
        moreGrounds = try r.list { (r) throws(SnapshotError) -> Ground in
            let code = try r.text()
            guard let g = Ground(code: code) else { throw .damaged("ground \(code)") }
            return g
        }
        heldBy = try r.text()
        redacted = try r.text()
        material = try r.text()
        givenBy = try r.optional { (r) throws(SnapshotError) in try r.day() }
        documentedBy = try r.optional { (r) throws(SnapshotError) in try r.day() }
        feeBreakdown = try r.text()
        tests = try r.list { (r) throws(SnapshotError) in try r.text() }
        fromRegister = try r.bool()
        publicEntry = try r.text()
    }
}

extension Objection {
    func write(to w: inout SnapshotWriter) {
        w.text(filed.request)
        w.text(filed.objection)
        w.date(filed.receivedAt)
        w.list(filed.grounds) { $0.member($1, of: Kinds.pasal35) }
        w.text(filed.agent)
        w.text(filed.note)
        w.optional(answer) { w, a in
            w.text(a.request)
            w.text(a.objection)
            w.member(a.decision, of: Kinds.objectionDecisions)
            w.text(a.reasons)
            w.day(a.answeredOn)
            w.text(a.superiorName)
            w.text(a.superiorPosition)
        }
        func write(_ s: DisputeStep, _ w: inout SnapshotWriter) {
            w.text(s.request)
            w.text(s.objection)
            w.text(s.kind.rawValue)
            w.day(s.on)
            w.text(s.detail)
        }
        for step in [disputeFiled, disputeStarted, disputeSettled, courtFiled, courtDecided, cassationFiled, cassationDecided] {
            w.optional(step) { w, s in write(s, &w) }
        }
        w.list(carriedOut) { w, s in write(s, &w) }
    }

    init(from r: inout SnapshotReader) throws(SnapshotError) {
        let filed = ObjectionFiled(
            request: try r.text(), objection: try r.text(), receivedAt: try r.date(),
            grounds: try r.list { (r) throws(SnapshotError) in try r.member(of: Kinds.pasal35) },
            agent: try r.text(), note: try r.text()
        )
        self.init(filed: filed)
        answer = try r.optional { (r) throws(SnapshotError) in
            ObjectionAnswered(
                request: try r.text(), objection: try r.text(), decision: try r.member(of: Kinds.objectionDecisions),
                reasons: try r.text(), answeredOn: try r.day(), superiorName: try r.text(), superiorPosition: try r.text()
            )
        }
        func read(_ r: inout SnapshotReader) throws(SnapshotError) -> DisputeStep {
            let request = try r.text(), objection = try r.text(), kind = try r.text()
            guard let k = DisputeStep.Kind(rawValue: kind) else { throw .damaged("dispute step \(kind)") }
            return DisputeStep(request: request, objection: objection, kind: k, on: try r.day(), detail: try r.text())
        }
        func step(_ r: inout SnapshotReader) throws(SnapshotError) -> DisputeStep? {
            try r.optional { (r) throws(SnapshotError) -> DisputeStep in try read(&r) }
        }
        disputeFiled = try step(&r)
        disputeStarted = try step(&r)
        disputeSettled = try step(&r)
        courtFiled = try step(&r)
        courtDecided = try step(&r)
        cassationFiled = try step(&r)
        cassationDecided = try step(&r)
        carriedOut = try r.list { (r) throws(SnapshotError) in try read(&r) }
    }
}

extension CompactEventID {
    func write(to w: inout SnapshotWriter) {
        switch storage {
        case .uuid(let hi, let lo):
            w.u8(1)
            w.fixed64(hi)
            w.fixed64(lo)
        case .text(let s):
            w.u8(0)
            w.text(s)
        }
    }

    init(from r: inout SnapshotReader) throws(SnapshotError) {
        self.init(storage: try r.bool() ? .uuid(try r.fixed64(), try r.fixed64()) : .text(try r.text()))
    }
}

import PPIDModel

/// Every context's key map. The panes' maps hold the keys every pane shares (`global`).
public enum KeyMaps {
    /// The map of a context.
    public static func map(_ context: KeyContext) -> KeyMap {
        switch context {
        case .queue: queue
        case .queueFilter: queueFilter
        case .samples: samples
        case .sampleFilter: sampleFilter
        case .months: months
        case .lists: lists
        case .listDetail: listDetail
        case .help: help
        case .detail: detail
        case .sampleDetail: sampleDetail
        case .form: form
        case .confirm: confirm
        case .receipt: receipt
        case .drill: drill
        case .discardForm: discardForm
        case .quit: quit
        }
    }

    /// Where the next key goes.
    public static func context(_ s: AppState) -> KeyContext {
        switch s.top {
        case .help?: return .help
        case .detail?: return .detail
        case .sampleDetail?: return .sampleDetail
        case .listDetail?: return .listDetail
        case .form?: return .form
        case .confirm?: return .confirm
        case .receipt?: return .receipt
        case .drill?: return .drill
        case .discardForm?: return .discardForm
        case .quit?: return .quit
        case nil:
            switch s.pane {
            case .queue: return s.queue.isFiltering ? .queueFilter : .queue
            case .samples: return s.samples.isFiltering ? .sampleFilter : .samples
            case .months: return .months
            case .lists: return .lists
            }
        }
    }

    // MARK: Shared by the panes

    /// Help and quit first (kept in the footer at any width), then the pane switches.
    static let globalFirst: [KeyBinding] = [
        KeyBinding(
            [.char("?"), .function(1)], "? F1", help: Phrase(id: "bantuan ini", en: "this help"),
            hint: Phrase(id: "Bantuan", en: "Help"), rank: 0
        ) { s, _ in
            s.overlays.append(.help(scroll: 0)); return []
        }
    ]

    static let globalLast: [KeyBinding] = [
        KeyBinding(
            [(.char("1"), show(.queue)), (.char("2"), show(.samples)), (.char("3"), show(.months)), (.char("4"), show(.lists)),
             (.tab, turnPane(by: 1)), (.backTab, turnPane(by: -1))], "1 2 3 4 Tab",
            help: Phrase(
                id: "pindah panel: Antrian, Sampel, Rekap, Daftar Informasi (Shift-Tab mundur)",
                en: "switch pane: queue, samples, months, information lists (Shift-Tab back)")),
        KeyBinding(
            [.char("L")], help: Phrase(id: "ganti bahasa Indonesia / English", en: "switch Indonesian / English"),
            hint: Phrase(id: "English", en: "Bahasa"), rank: 8
        ) { s, _ in
            s.language = s.language.toggled
            return [.saveLanguage(s.language)]
        },
        KeyBinding(
            [.char("q"), .function(10)], "q F10", help: Phrase(id: "keluar", en: "quit"),
            hint: Phrase(id: "Keluar", en: "Quit"), rank: 1
        ) { _, _ in [.quit] },
    ]

    /// Shows `pane`.
    static func show(_ pane: Pane) -> KeyAction {
        { s, _ in s.pane = pane; return [] }
    }

    /// Shows the pane `by` places on (back when negative), round all the panes.
    static func turnPane(by step: Int) -> KeyAction {
        { s, _ in
            let n = Pane.allCases.count
            s.pane = Pane(rawValue: ((s.pane.rawValue - 1 + step) % n + n) % n + 1) ?? .queue
            return []
        }
    }

    /// A pane's binding: the selection is settled after it (and before it, on the sample board
    /// and pane 4).
    static func pane(_ binding: KeyBinding) -> KeyBinding {
        binding.wrapping { action in
            { s, env in
                if s.pane == .samples { keepSampleSelectionVisible(&s, env) }
                if s.pane == .lists { keepListSelectionVisible(&s, env) }
                let effects = action(&s, env)
                settlePane(&s, env)
                return effects
            }
        }
    }

    static func paneMap(_ context: KeyContext, _ own: [KeyBinding]) -> KeyMap {
        KeyMap(context: context, bindings: (globalFirst + own + globalLast).map(pane), fallback: nil)
    }

    // MARK: Queue

    static let queue = paneMap(
        .queue,
        [
            KeyBinding(
                [(.up, queueMove(.line, -1)), (.down, queueMove(.line, 1)), (.char("j"), queueMove(.line, 1)),
                 (.char("k"), queueMove(.line, -1))], "↑↓ jk", help: Phrase(id: "pilih baris", en: "move")),
            KeyBinding(
                [(.pageUp, queueMove(.page, -1)), (.pageDown, queueMove(.page, 1)), (.home, queueMove(.all, -1)),
                 (.end, queueMove(.all, 1)), (.char("g"), queueMove(.all, -1)), (.char("G"), queueMove(.all, 1))],
                "PgUp PgDn",
                help: Phrase(
                    id: "satu halaman; Home End g G: baris pertama, terakhir",
                    en: "a page; Home End g G: first, last row")),
            KeyBinding(
                [.enter],
                help: Phrase(
                    id: "rincian, riwayat, perhitungan batas waktu",
                    en: "details, history, how the deadline was computed"),
                hint: Phrase(id: "Buka", en: "Open"), rank: 1
            ) { s, env in
                if let number = selectedRequest(s, env) { s.overlays.append(.detail(number: number, scroll: 0)) }
                return []
            },
            KeyBinding(
                [.char("n")], help: Phrase(id: "daftarkan permohonan baru", en: "register a new request"),
                hint: Phrase(id: "Baru", en: "New"), rank: 1, refusal: { _, env in readOnlyRefusal(env) }
            ) { s, env in
                s.overlays.append(.form(Form(NewRequestForm(now: env.now, calendar: env.calendar))))
                return []
            },
        ] + requestActions(onQueue: true) + [
            KeyBinding(
                [.char("/")],
                help: Phrase(
                    id: "cari nomor daftar, nomor keberatan, nama, informasi",
                    en: "find by number, objection number, name, subject"),
                hint: Phrase(id: "Cari", en: "Find"), rank: 3, isOn: { !$0.queue.filter.text.isEmpty }
            ) { s, _ in
                s.queue.isFiltering = true; return []
            },
            KeyBinding([.escape], help: Phrase(id: "hapus pencarian", en: "clear the search")) { s, _ in
                s.queue.filter = LineEditor(); return []
            },
            KeyBinding(
                [.char("a")],
                help: Phrase(id: "tampilkan juga yang selesai (hidup/mati)", en: "show closed ones too (on/off)"),
                hint: Phrase(id: "Semua", en: "All"), rank: 4, isOn: { $0.queue.showClosed }
            ) { s, _ in
                s.queue.showClosed.toggle()
                s.status = StatusMessage(
                    s.queue.showClosed
                        ? Phrase(id: "Menampilkan juga permohonan selesai", en: "Showing closed requests too")
                        : Phrase(id: "Hanya permohonan terbuka", en: "Open requests only"))
                return []
            },
            KeyBinding(
                [.char("t")],
                help: Phrase(id: "hanya SEGERA dan LEWAT (hidup/mati)", en: "only due soon and overdue (on/off)"),
                hint: Phrase(id: "Tenggat", en: "Due"), rank: 4, isOn: { $0.queue.urgentOnly }
            ) { s, _ in
                s.queue.urgentOnly.toggle()
                s.status = StatusMessage(
                    s.queue.urgentOnly
                        ? Phrase(id: "Hanya yang mendekati atau lewat batas waktu", en: "Only due soon and overdue")
                        : Phrase(id: "Semua permohonan terbuka", en: "All open requests"))
                return []
            },
        ])

    /// The actions on one request, shared by the queue (on its selected row) and the detail.
    /// Each carries its rule's action: the rules say whether it applies, and why not.
    static func requestActions(onQueue: Bool) -> [KeyBinding] {
        func act(
            _ key: Character, _ action: RequestAction, _ help: Phrase, _ hint: Phrase?, rank: Int = 5
        ) -> KeyBinding {
            KeyBinding(
                [.char(key)], help: help, hint: hint, rank: rank, refusal: { s, env in requestRefusal(action, s, env) }
            ) { s, env in
                openRequestForm(action, &s, env); return []
            }
        }
        return [
            act(
                "d", .decide,
                Phrase(
                    id: "putuskan: dikabulkan, sebagian, ditolak + alasan",
                    en: "decide: granted, in part, rejected + ground"),
                Phrase(id: "Putuskan", en: "Decide"), rank: 2),
            act(
                "e", .extend,
                Phrase(
                    id: "perpanjang 7 hari kerja (sekali, dengan alasan)",
                    en: "extend by 7 working days (once, with reason)"),
                Phrase(id: "Perpanjang", en: "Extend"), rank: 6),
            act(
                "w", .withdraw, Phrase(id: "catat pencabutan permohonan", en: "record a withdrawal"),
                Phrase(id: "Cabut", en: "Withdraw"), rank: 7),
            act(
                "i", .returnIncomplete,
                Phrase(
                    id: "kembalikan untuk dilengkapi (apa yang kurang)", en: "send back as incomplete (what is missing)"
                ),
                Phrase(id: "Kurang", en: "Incomplete"), rank: 9),
            act(
                "c", .declareComplete,
                Phrase(id: "nyatakan lengkap (jam hitung mulai lagi)", en: "declare complete (the count starts again)"),
                Phrase(id: "Lengkap", en: "Complete"), rank: 9),
            act(
                "h", .handOver, Phrase(id: "catat penyerahan informasi", en: "record the hand-over"),
                Phrase(id: "Serahkan", en: "Hand over"), rank: 3),
            act(
                "o", .fileObjection, Phrase(id: "catat keberatan (Pasal 35)", en: "record an objection (Art. 35)"),
                Phrase(id: "Keberatan", en: "Objection"), rank: 7),
            act(
                "b", .answerObjection,
                Phrase(
                    id: "catat tanggapan atasan PPID atas keberatan", en: "record the superior's answer to an objection"
                ),
                Phrase(id: "Tanggapan", en: "Answer"), rank: 8),
            act(
                "K", .recordDispute,
                Phrase(
                    id: "langkah sengketa di Komisi Informasi: diajukan, mediasi/ajudikasi, putusan",
                    en: "dispute step at the Information Commission: filed, mediation/adjudication, settled"),
                Phrase(id: "Sengketa", en: "Dispute"), rank: 8),
            act(
                "X", .recordCarriedOut,
                Phrase(
                    id: "catat pelaksanaan putusan (tanggapan atasan, KI, pengadilan)",
                    en: "record how a decision was carried out (superior, Commission, court)"),
                nil),
            KeyBinding(
                [.char("u")],
                help: Phrase(
                    id: "urungkan tindakan terakhir Anda (dengan konfirmasi)",
                    en: "undo your last action (asks first)"),
                hint: Phrase(id: "Urungkan", en: "Undo"), rank: 3,
                refusal: { s, env in undoConfirmation(s, env).failureWhy }
            ) { s, env in
                if case .success(let confirmation) = undoConfirmation(s, env) {
                    s.overlays.append(.confirm(confirmation))
                }
                return []
            },
            KeyBinding(
                [.char("V")],
                help: Phrase(id: "batalkan permohonan online sebagai spam (dengan alasan)", en: "void an online request as spam (with a reason)"),
                hint: nil, rank: 9, refusal: { s, env in spamVoidRefusal(s, env) }
            ) { s, env in
                openSpamVoidForm(&s, env); return []
            },
            act(
                "s", .makeSample,
                Phrase(id: "permohonan pengujian → permintaan uji sampel", en: "testing request → sample request"),
                nil),
            KeyBinding(
                [.char("p")],
                help: Phrase(
                    id: "tampilkan lagi tanda bukti permohonan (untuk dicetak)",
                    en: "show the request's receipt again (to print)"),
                hint: onQueue ? nil : Phrase(id: "Tanda bukti", en: "Receipt"), rank: 6,
                refusal: { s, env in requestRefusal(nil, s, env) ?? objectionRowRefusal(nil, s, env) }
            ) { s, env in
                if let number = requestAtHand(s, env) { s.overlays.append(.receipt(number, scroll: 0)) }
                return []
            },
            // On the queue too: `l` on a row makes that request's letters, as in its details.
            KeyBinding(
                [.char("l")],
                help: Phrase(
                    id: "buat surat yang sesuai (tanda bukti, pemberitahuan, …) ke letters/",
                    en: "make the letters that fit (receipt, notice, …) into letters/"),
                hint: Phrase(id: "Surat", en: "Letters"), rank: onQueue ? 9 : 5, refusal: letterRefusal
            ) { s, env in
                requestAtHand(s, env).map { [.writeLetters($0)] } ?? []
            },
        ]
    }

    static let queueFilter = KeyMap(
        context: .queueFilter,
        bindings: [
            KeyBinding(
                [.enter, .down], "Enter ↓",
                help: Phrase(id: "selesai mengetik; saringan tetap", en: "done typing; the filter stays"),
                hint: Phrase(id: "Selesai", en: "Done"), rank: 0
            ) { s, env in
                s.queue.isFiltering = false
                s.queue.scroll = 0
                keepSelectionVisible(&s, env)
                return []
            },
            KeyBinding(
                [.escape], help: Phrase(id: "hapus saringan", en: "clear the filter"),
                hint: Phrase(id: "Hapus saringan", en: "Clear filter"), rank: 0
            ) { s, env in
                s.queue.isFiltering = false
                s.queue.filter = LineEditor()
                s.queue.scroll = 0
                keepSelectionVisible(&s, env)
                return []
            },
        ],
        fallback: { s, key, env in
            _ = s.queue.filter.handle(key)
            s.queue.scroll = 0
            keepSelectionVisible(&s, env)
            return []
        })

    // MARK: Samples

    static let samples = paneMap(
        .samples,
        [
            KeyBinding(
                [(.up, sampleMove(.line, -1)), (.down, sampleMove(.line, 1)), (.char("j"), sampleMove(.line, 1)),
                 (.char("k"), sampleMove(.line, -1))], "↑↓ jk", help: Phrase(id: "pilih kartu", en: "move")),
            KeyBinding(
                [(.left, sampleColumnMove(-1)), (.right, sampleColumnMove(1))], "←→",
                help: Phrase(id: "pindah kolom (tampilan papan)", en: "change column (board view)")),
            KeyBinding(
                [(.pageUp, sampleMove(.page, -1)), (.pageDown, sampleMove(.page, 1)), (.home, sampleMove(.all, -1)),
                 (.end, sampleMove(.all, 1)), (.char("g"), sampleMove(.all, -1)), (.char("G"), sampleMove(.all, 1))],
                "PgUp PgDn",
                help: Phrase(
                    id: "satu halaman; Home End g G: kartu pertama, terakhir",
                    en: "a page; Home End g G: first, last card")),
            KeyBinding(
                [.enter],
                help: Phrase(
                    id: "rincian, waktu tiap langkah vs Mutu Baku, riwayat",
                    en: "details, each step's time vs its standard, history"),
                hint: Phrase(id: "Rincian", en: "Details"), rank: 1
            ) { s, env in
                if let number = selectedSample(s, env) { s.overlays.append(.sampleDetail(number: number, scroll: 0)) }
                return []
            },
            KeyBinding(
                [.char("n")],
                help: Phrase(
                    id: "daftarkan surat permintaan uji (BPCU/BPCUI)",
                    en: "register a testing request letter (BPCU/BPCUI)"),
                hint: Phrase(id: "Baru", en: "New"), rank: 1, refusal: { _, env in readOnlyRefusal(env) }
            ) { s, env in
                s.overlays.append(.form(Form(NewSampleForm(now: env.now, calendar: env.calendar))))
                return []
            },
        ] + sampleActions + [
            // Never applies: pressed out of habit, it says what to do instead.
            KeyBinding(
                [.char("u")],
                help: Phrase(id: "(langkah sampel tidak dapat diurungkan)", en: "(a sample's steps cannot be undone)"),
                refusal: { _, _ in
                    Phrase(
                        id:
                            "Langkah sampel tidak dapat diurungkan; waktu yang salah dikoreksi dengan t, sampel "
                            + "yang keliru dibatalkan dengan c.",
                        en:
                            "A sample's steps cannot be undone; correct a wrong time with t, cancel a wrong sample "
                            + "with c."
                    )
                }
            ) { _, _ in [] },
            KeyBinding(
                [.char("v")],
                help: Phrase(
                    id: "papan per tahap / daftar satu baris per sampel", en: "board by stage / one line per sample"),
                hint: Phrase(id: "Daftar", en: "List"), rank: 5, isOn: { $0.samples.listView }
            ) { s, _ in
                s.samples.listView.toggle()
                s.status = StatusMessage(
                    s.samples.listView
                        ? Phrase(id: "Tampilan daftar: satu sampel per baris", en: "List view: one sample per line")
                        : Phrase(id: "Tampilan papan: kolom per tahap", en: "Board view: a column per stage"))
                return []
            },
            KeyBinding(
                [.char("a")],
                help: Phrase(id: "juga yang selesai dan batal (hidup/mati)", en: "done and cancelled too (on/off)"),
                hint: Phrase(id: "Semua", en: "All"), rank: 4, isOn: { $0.samples.showClosed }
            ) { s, _ in
                s.samples.showClosed.toggle()
                if s.samples.showClosed { s.samples.listView = true }
                s.status = StatusMessage(
                    s.samples.showClosed
                        ? Phrase(
                            id: "Daftar menampilkan juga sampel selesai dan batal",
                            en: "The list shows done and cancelled samples too")
                        : Phrase(id: "Hanya sampel dalam proses", en: "Samples in progress only"))
                return []
            },
            KeyBinding(
                [.char("/")],
                help: Phrase(
                    id: "cari nomor (BPCU, LHP, kuitansi, e-billing), pelanggan, komoditas, analis",
                    en: "find by number (BPCU, LHP, receipt, e-billing), customer, commodity, analyst"),
                hint: Phrase(id: "Cari", en: "Find"), rank: 3, isOn: { !$0.samples.filter.text.isEmpty }
            ) { s, _ in
                s.samples.isFiltering = true; return []
            },
            KeyBinding([.escape], help: Phrase(id: "hapus pencarian", en: "clear the search")) { s, _ in
                s.samples.filter = LineEditor(); return []
            },
        ])

    /// The actions on one sample, shared by the board (on its selected card) and the detail.
    /// Each carries its rule's action: the rules say whether it applies, and why not.
    static let sampleActions: [KeyBinding] = {
        func act(_ key: Character, _ action: SampleAction, _ help: Phrase, _ hint: Phrase, rank: Int) -> KeyBinding {
            KeyBinding(
                [.char(key)], help: help, hint: hint, rank: rank, refusal: { s, env in sampleRefusal(action, s, env) }
            ) { s, env in
                openSampleForm(action, &s, env); return []
            }
        }
        return [
            act(
                ">", .next,
                Phrase(
                    id: "catat langkah berikutnya, meminta dokumennya saja",
                    en: "record the next step, asking only for its document"),
                Phrase(id: "Lanjut", en: "Next step"), rank: 2),
            act(
                "h", .handOver,
                Phrase(
                    id: "serahkan LHP dan kuitansi (setelah lunas)", en: "hand over the LHP and kuitansi (once paid)"),
                Phrase(id: "Serahkan", en: "Hand over"), rank: 3),
            act(
                "e", .bill,
                Phrase(
                    id: "terbitkan (ulang) e-billing sebelum dibayar",
                    en: "issue or re-issue the e-billing before payment"),
                Phrase(id: "Billing", en: "Billing"), rank: 6),
            act(
                "c", .cancel, Phrase(id: "batalkan sampel, dengan alasan", en: "cancel the sample, with a reason"),
                Phrase(id: "Batalkan", en: "Cancel"), rank: 7),
            act(
                "t", .correctTime,
                Phrase(
                    id: "koreksi waktu langkah yang salah (dengan alasan)",
                    en: "correct a step's wrong time (with a reason)"),
                Phrase(id: "Koreksi", en: "Correct"), rank: 9),
        ]
    }()

    static let sampleFilter = KeyMap(
        context: .sampleFilter,
        bindings: [
            KeyBinding(
                [.enter, .down], "Enter ↓",
                help: Phrase(id: "selesai mengetik; saringan tetap", en: "done typing; the filter stays"),
                hint: Phrase(id: "Selesai", en: "Done"), rank: 0
            ) { s, env in
                s.samples.isFiltering = false
                resetSampleScroll(&s, env)
                return []
            },
            KeyBinding(
                [.escape], help: Phrase(id: "hapus saringan", en: "clear the filter"),
                hint: Phrase(id: "Hapus saringan", en: "Clear filter"), rank: 0
            ) { s, env in
                s.samples.isFiltering = false
                s.samples.filter = LineEditor()
                resetSampleScroll(&s, env)
                return []
            },
        ],
        fallback: { s, key, env in
            _ = s.samples.filter.handle(key)
            resetSampleScroll(&s, env)
            return []
        })

    // MARK: Month board

    static let months = paneMap(
        .months,
        [
            KeyBinding(
                [(.left, yearTurn(-1)), (.right, yearTurn(1)), (.char("["), yearTurn(-1)), (.char("]"), yearTurn(1))],
                "←→ [ ]",
                help: Phrase(id: "tahun sebelumnya / berikutnya", en: "previous / next year"),
                hint: Phrase(id: "Tahun", en: "Year"), rank: 2),
            KeyBinding(
                [(.up, monthItemMove(-1)), (.down, monthItemMove(1)), (.char("j"), monthItemMove(1)),
                 (.char("k"), monthItemMove(-1))], "↑↓ jk",
                help: Phrase(
                    id: "pilih bulan, jumlah, atau angka di bawah tabel",
                    en: "choose a month, the totals, or a figure below the table"),
                hint: Phrase(id: "Baris", en: "Row"), rank: 2),
            KeyBinding(
                [(.pageUp, monthItemMove(-10)), (.pageDown, monthItemMove(10)), (.home, monthItemMove(-1000)),
                 (.end, monthItemMove(1000)), (.char("g"), monthItemMove(-1000)), (.char("G"), monthItemMove(1000))],
                "PgUp PgDn",
                help: Phrase(
                    id: "lompat 10 baris; Home End g G: baris pertama, terakhir",
                    en: "jump 10 rows; Home End g G: first, last row")),
            KeyBinding(
                [(.char("h"), monthColumnMove(-1)), (.char("l"), monthColumnMove(1))], "h l",
                help: Phrase(id: "pilih kolom pada tabel", en: "choose a column of the table"),
                hint: Phrase(id: "Kolom", en: "Column"), footerKey: "hl", rank: 3),
            KeyBinding(
                [.enter],
                help: Phrase(
                    id: "permohonan di balik angka itu; Enter lagi membuka",
                    en: "the requests behind the figure; Enter again opens one"),
                hint: Phrase(id: "Rincian", en: "Drill down"), rank: 1, action: monthDrill),
            KeyBinding(
                [.char("x")],
                help: Phrase(
                    id: "ekspor rekap, register, keberatan, laporan (.md, .docx), buku kerja (.xlsx)",
                    en: "export recap, registers, the report (.md, .docx), the workbook (.xlsx)"),
                hint: Phrase(id: "Ekspor", en: "Export"), rank: 3
            ) { s, env in
                [.exportYear(boardYear(s, env))]
            },
            KeyBinding(
                [.char("i")],
                help: Phrase(
                    id: "identitas kantor: nama, kop surat, kota, PPID dan NIP, atasan, Komisi Informasi",
                    en: "the office's identity: name, letterhead, city, PPID and NIP, superior, Commission"),
                hint: Phrase(id: "Identitas", en: "Identity"), rank: 9, refusal: { _, env in readOnlyRefusal(env) }
            ) { s, env in
                s.overlays.append(.form(Form(IdentityForm(current: env.identity, firstRun: false)))); return []
            },
        ])

    // MARK: Overlays

    /// A scrolling binding's keys, each with its move: ↑↓ and j k a line, PgUp PgDn a page,
    /// and with `space` Space a page down, as in a pager.
    static func scrolling(space: Bool = false, _ action: @escaping @Sendable (Scroll) -> KeyAction) -> [(Key, KeyAction)] {
        [(.up, action(.lineUp)), (.down, action(.lineDown)), (.char("j"), action(.lineDown)), (.char("k"), action(.lineUp)),
         (.pageUp, action(.pageUp)), (.pageDown, action(.pageDown))] + (space ? [(.char(" "), action(.pageDown))] : [])
    }

    static let help = KeyMap(
        context: .help,
        bindings: [
            KeyBinding(
                scrolling { move in { s, env in scrollTop(&s, move, limit: helpScrollLimit(s, env)); return [] } },
                "↑↓ PgUp PgDn",
                help: Phrase(id: "gulir", en: "scroll"), hint: Phrase(id: "Gulir", en: "Scroll"), rank: 1),
            KeyBinding(
                [.escape, .enter, .char("?"), .char("q"), .function(1)], "Esc",
                help: Phrase(id: "tutup bantuan", en: "close the help"), hint: Phrase(id: "Tutup", en: "Close"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ], fallback: nil)

    static let detail = KeyMap(
        context: .detail,
        bindings: [
            KeyBinding(
                scrolling(space: true) { move in
                    { s, env in
                        guard case .detail(let number, _)? = s.top else { return [] }
                        scrollTop(&s, move, limit: detailScrollLimit(number, s, env)); return []
                    }
                }, "↑↓ PgUp PgDn",
                help: Phrase(id: "gulir (juga j k Spasi)", en: "scroll (also j k Space)"),
                hint: Phrase(id: "Gulir", en: "Scroll"), rank: 1),
            KeyBinding(
                [.escape, .enter, .char("q")], "Esc",
                help: Phrase(id: "kembali (juga Enter, q)", en: "back (also Enter, q)"),
                hint: Phrase(id: "Kembali", en: "Back"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ] + requestActions(onQueue: false) + [
            KeyBinding(
                [.char("?"), .function(1)], "?", help: Phrase(id: "bantuan ini", en: "this help"),
                hint: Phrase(id: "Bantuan", en: "Help"), rank: 0
            ) { s, _ in
                s.overlays.append(.help(scroll: 0)); return []
            },
        ], fallback: nil)

    static let sampleDetail = KeyMap(
        context: .sampleDetail,
        bindings: [
            KeyBinding(
                scrolling(space: true) { move in
                    { s, env in
                        guard case .sampleDetail(let number, _)? = s.top else { return [] }
                        scrollTop(&s, move, limit: sampleDetailScrollLimit(number, s, env)); return []
                    }
                }, "↑↓ PgUp PgDn",
                help: Phrase(id: "gulir (juga j k Spasi)", en: "scroll (also j k Space)"),
                hint: Phrase(id: "Gulir", en: "Scroll"), rank: 1),
            KeyBinding(
                [.escape, .enter, .char("q")], "Esc",
                help: Phrase(id: "kembali (juga Enter, q)", en: "back (also Enter, q)"),
                hint: Phrase(id: "Kembali", en: "Back"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ] + sampleActions + [
            KeyBinding(
                [.char("?"), .function(1)], "?", help: Phrase(id: "bantuan ini", en: "this help"),
                hint: Phrase(id: "Bantuan", en: "Help"), rank: 0
            ) { s, _ in
                s.overlays.append(.help(scroll: 0)); return []
            }
        ], fallback: nil)

    static let form = KeyMap(
        context: .form,
        bindings: [
            KeyBinding(
                [.tab, .down], "Tab ↓", help: Phrase(id: "isian berikutnya", en: "next field"),
                hint: Phrase(id: "Pindah", en: "Next"), rank: 1,
                action: formKey(.nextField)),
            KeyBinding(
                [.backTab, .up], "S-Tab ↑", help: Phrase(id: "isian sebelumnya", en: "previous field"),
                action: formKey(.previousField)),
            KeyBinding(
                [.enter],
                help: Phrase(
                    id: "isian berikutnya; pada isian terakhir: periksa dan simpan",
                    en: "next field; on the last one: check and save"),
                action: formKey(.advance)),
            KeyBinding(
                [(.left, formKey(.type(.left))), (.right, formKey(.type(.right)))], "←→",
                help: Phrase(
                    id: "pilihan sebelumnya / berikutnya (huruf awal juga memilih)",
                    en: "previous / next option (its first letter picks it too)"),
                hint: Phrase(id: "Pilih", en: "Choose"), rank: 2),
            KeyBinding(
                [.function(2)],
                help: Phrase(
                    id: "periksa semua isian, lalu tampilkan ringkasan untuk dicatat",
                    en: "check every field, then show the summary to record"),
                hint: Phrase(id: "Simpan", en: "Save"), rank: 0, action: formKey(.save)),
            KeyBinding(
                [.escape],
                help: Phrase(
                    id: "batal (bertanya dulu bila sudah diisi)", en: "cancel (asks first if anything was typed)"),
                hint: Phrase(id: "Batal", en: "Cancel"), rank: 0,
                action: formKey(.cancel)),
            KeyBinding(
                [.function(10)], help: Phrase(id: "keluar dari aplikasi", en: "quit the app"),
                hint: Phrase(id: "Keluar", en: "Quit"), rank: 3
            ) { s, _ in
                s.overlays.append(s.openForm?.isDirty == true ? .discardForm : .quit); return []
            },
        ], fallback: formTyping)

    static let confirm = KeyMap(
        context: .confirm,
        bindings: [
            KeyBinding(
                [.char("y"), .char("Y")], "y", help: Phrase(id: "catat", en: "record"),
                hint: Phrase(id: "Catat", en: "Record"), rank: 0
            ) { s, _ in
                guard case .confirm(let confirmation)? = s.top else { return [] }
                s.overlays.removeLast()
                s.isSaving = true
                s.status = StatusMessage(Phrase(id: "Menyimpan…", en: "Saving…"))
                return [.perform(confirmation.command)]
            },
            KeyBinding(
                [.char("n"), .char("N"), .escape], "n Esc",
                help: Phrase(id: "kembali tanpa mencatat", en: "go back without recording"),
                hint: Phrase(id: "Kembali", en: "Back"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ],
        fallback: { s, _, _ in
            s.status = StatusMessage(
                Phrase(
                    id: "Tekan y untuk mencatat, n atau Esc untuk kembali", en: "Press y to record, n or Esc to go back"
                ))
            return []
        })

    static let receipt = KeyMap(
        context: .receipt,
        bindings: [
            KeyBinding(
                scrolling(space: true) { move in { s, env in scrollTop(&s, move, limit: receiptScrollLimit(s, env)); return [] } },
                "↑↓ PgUp PgDn",
                help: Phrase(id: "gulir", en: "scroll"), hint: Phrase(id: "Gulir", en: "Scroll"), rank: 1),
            KeyBinding(
                [.char("p")],
                help: Phrase(
                    id: "tulis tanda bukti ke berkas di folder data (receipts/)",
                    en: "write the receipt to a file in the data folder (receipts/)"),
                hint: Phrase(id: "Tulis ke berkas", en: "Write to file"), rank: 0
            ) { s, _ in
                guard case .receipt(let number, _)? = s.top else { return [] }
                return [.writeReceipt(number)]
            },
            KeyBinding(
                [.escape, .enter, .char("q")], "Esc",
                help: Phrase(id: "tutup (juga Enter, q)", en: "close (also Enter, q)"),
                hint: Phrase(id: "Tutup", en: "Close"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ], fallback: nil)

    static let drill = KeyMap(
        context: .drill,
        bindings: [
            KeyBinding(
                scrolling { move in { s, env in drillMove(&s, move, env); return [] } }, "↑↓ PgUp PgDn",
                help: Phrase(id: "pilih permohonan", en: "move"),
                hint: Phrase(id: "Pilih", en: "Move"), rank: 1),
            KeyBinding(
                [.enter], help: Phrase(id: "buka rincian permohonan", en: "open the request's details"),
                hint: Phrase(id: "Buka", en: "Open"), rank: 0, action: drillOpen),
            KeyBinding(
                [.escape, .char("q")], "Esc", help: Phrase(id: "kembali ke rekap", en: "back to the board"),
                hint: Phrase(id: "Kembali", en: "Back"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ], fallback: nil)

    /// `y` / `n` questions: discard the form, quit.
    static func question(_ context: KeyContext, yes: Phrase, _ onYes: @escaping KeyAction) -> KeyMap {
        KeyMap(
            context: context,
            bindings: [
                KeyBinding(
                    [.char("y"), .char("Y")], "y", help: yes, hint: Phrase(id: "Ya", en: "Yes"), rank: 0,
                    action: onYes),
                KeyBinding(
                    [.char("n"), .char("N"), .escape], "n Esc", help: Phrase(id: "kembali", en: "go back"),
                    hint: Phrase(id: "Tidak", en: "No"), rank: 0
                ) { s, _ in
                    s.overlays.removeLast(); return []
                },
            ], fallback: nil)
    }

    static let discardForm = question(.discardForm, yes: Phrase(id: "buang isian", en: "discard the form")) { s, _ in
        s.overlays.removeLast()
        if case .form = s.overlays.last { s.overlays.removeLast() }
        return []
    }

    static let quit = question(.quit, yes: Phrase(id: "keluar", en: "quit")) { _, _ in [.quit] }
}

import Foundation
import PPIDModel
import PPIDUI
import Testing

/// The sample board as the second counter officer sees it: given the sample desk, this screen.
/// Every time shown is worked out by hand in ``SampleDesk``.
@Suite struct SampleBoardScreenTests {
    func board(width: Int = 80, height: Int = 24, language: Language = .indonesian, _ ledger: Ledger = SampleDesk.ledger()) -> Session {
        var s = Session(env: SampleDesk.environment(ledger), language: language, width: width, height: height)
        s.press(.char("2"))
        return s
    }

    @Test func boardAt80x24HasFiveLegibleColumns() {
        expectScreen(board().screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan   4 Daftar Informasi
             Permintaan 1   │ Pembayaran 3  │ Analisa 3     │ Laporan 1     │ Penyerahan 1
             BPCU-2026-010  │ BPCU-2026-002 │ BPCU-2026-003 │ BPCU-2026-004 │ BPCU-2026-005
             Hendra         │ CV Bata Merah…│ PT Riau Crumb…│ Koperasi Madu…│ PT Tirta Siak
             Air sumur      │ Bata merah pe…│ Karet remah (…│ Madu hutan    │ Air minum dal…
             Tunggu sampel  │ KEDALUWARSA   │ Analis: Dedi  │ Susun LHP     │ LHP-2026-005
             15m / 40m      │ 42j30 plgn    │ ! 15j20 / 5j  │ ! 40m / 15m   │ 4m pelanggan
                            │               │               │               │
                            │ BPCU-2026-008 │ BPCUI-2026-001│               │
                            │ UD Keripik Ne…│ BSPJI Pekanba…│               │
                            │ Keripik nenas │ Pupuk organik │               │
                            │ Tunggu billing│ Analis: Sri   │               │
                            │ ! 1j / 5m     │ 3j / 5j       │               │
                            │               │               │               │
                            │ BPCU-2026-009 │ BPCU-2026-007 │               │
                            │ PT Pakan Tern…│ UMKM Dodol Ke…│               │
                            │ Pakan ayam    │ Dodol kedondo…│               │
                            │ Tunggu bayar  │ Ke analis     │               │
                            │ 6m pelanggan  │ 2m / 5m       │               │
                            │               │               │               │
                            │               │               │               │

            ?Bantuan EnterRincian nBaru >Lanjut cBatalkan vDaftar aSemua /Cari qKeluar
            """)
    }

    @Test func boardAt160x48ShowsWholeNamesAndTheWordLate() {
        expectScreen(board(width: 160, height: 48).screen, """
             BSPJI Pekanbaru                                                                                        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan   4 Daftar Informasi
             Permintaan 1                   │ Pembayaran 3                  │ Analisa 3                     │ Laporan 1                     │ Penyerahan 1
             BPCU-2026-010                  │ BPCU-2026-002                 │ BPCU-2026-003                 │ BPCU-2026-004                 │ BPCU-2026-005
             Hendra                         │ CV Bata Merah Sejahtera       │ PT Riau Crumb Rubber          │ Koperasi Madu Hutan Pelalawan │ PT Tirta Siak
             Air sumur                      │ Bata merah pejal              │ Karet remah (SIR 20)          │ Madu hutan                    │ Air minum dalam kemasan
             Tunggu sampel                  │ KEDALUWARSA                   │ Analis: Dedi Kurniawan        │ Susun LHP                     │ LHP-2026-005
             15m / 40m                      │ 42j30 pelanggan               │ ! 15j20 / 5j LEWAT            │ ! 40m / 15m LEWAT             │ 4m pelanggan
                                            │                               │                               │                               │
                                            │ BPCU-2026-008                 │ BPCUI-2026-001                │                               │
                                            │ UD Keripik Nenas Kampar       │ Seksi PJT · BSPJI Pekanbaru   │                               │
                                            │ Keripik nenas                 │ Pupuk organik                 │                               │
                                            │ Tunggu billing                │ Analis: Sri Wahyuni           │                               │
                                            │ ! 1j / 5m LEWAT               │ 3j / 5j                       │                               │
                                            │                               │                               │                               │
                                            │ BPCU-2026-009                 │ BPCU-2026-007                 │                               │
                                            │ PT Pakan Ternak Nusantara     │ UMKM Dodol Kedondong          │                               │
                                            │ Pakan ayam                    │ Dodol kedondong               │                               │
                                            │ Tunggu bayar                  │ Ke analis                     │                               │
                                            │ 6m pelanggan                  │ 2m / 5m                       │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │
                                            │                               │                               │                               │

            ?Bantuan EnterRincian nBaru >Lanjut cBatalkan tKoreksi vDaftar aSemua /Cari LEnglish qKeluar
            """)
    }

    @Test func listViewAt80x24ShowsOneSamplePerLine() {
        var s = board()
        s.press(.char("v"))
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan   4 Daftar Informasi
             No. BPCU       Pelanggan           Komoditas      Menunggu       Waktu / baku
             BPCU-2026-010  Hendra              Air sumur      Tunggu sampel  15m / 40m
             BPCU-2026-002  CV Bata Merah Seja… Bata merah pe… KEDALUWARSA    42j30 plgn
             BPCU-2026-008  UD Keripik Nenas K… Keripik nenas  Tunggu billing ! 1j / 5m
             BPCU-2026-009  PT Pakan Ternak Nu… Pakan ayam     Tunggu bayar   6m pelanggan
             BPCU-2026-003  PT Riau Crumb Rubb… Karet remah (… Analis: Dedi   ! 15j20 / 5j
             BPCUI-2026-001 BSPJI Pekanbaru     Pupuk organik  Analis: Sri    3j / 5j
             BPCU-2026-007  UMKM Dodol Kedondo… Dodol kedondo… Ke analis      2m / 5m
             BPCU-2026-004  Koperasi Madu Huta… Madu hutan     Susun LHP      ! 40m / 15m
             BPCU-2026-005  PT Tirta Siak       Air minum dal… LHP-2026-005   4m pelanggan










             ✓ Tampilan daftar: satu sampel per baris
            ?Bantuan EnterRincian nBaru >Lanjut cBatalkan vDaftar✓ aSemua /Cari qKeluar
            """)
    }

    @Test func theHistoryShowsEachStepsTimeAgainstItsStandard() {
        var s = board()
        s.press(.right, .enter)
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan   4 Daftar Informasi
             BPCU-2026-002 — menunggu: belum dibayar (NTPN dan kuitansi belum dicatat)
               Jenis               BPCU (pelanggan, berbayar)
               Surat permintaan    2026-11-17 09:00
               Pelanggan           Agus Salim · CV Bata Merah Sejahtera · 0812-0000-0000
               Komoditas           Bata merah pejal
               Parameter uji       kadar air
               Jumlah sampel       1 kemasan
               Label sampel        L-002
               e-billing           820261100200001 · Rp 450.000 · berlaku s.d. 2026-11-24
                 09:30 — KEDALUWARSA, terbitkan ulang (e)

             Waktu per langkah — jam layanan saja; Mutu Baku PK.TU-PJT.02
               Langkah (no. prosedur)             Selesai           Waktu   Baku
               Sampel diterima (1–2)              2026-11-17 09:20  20m     40m    ✓
               e-billing diterbitkan (3)          2026-11-17 09:30  10m     5m     ! LEWAT
               Dibayar (NTPN, kuitansi) (4–5)     tunggu pelanggan  42j30   —
               Diserahkan ke analis (6)           —                         5m
               Hasil analisa masuk (7)            —                         5j
               LHP dibuat (8)                     —                         15m
               LHP dan kuitansi diserahkan (9–10) —                         6m

            ↑↓Gulir EscKembali >Lanjut eBilling cBatalkan tKoreksi ?Bantuan
            """)
    }

    @Test func lateCardsCarryASignAsWellAsAColour() {
        let s = board()
        let grid = s.screen
        // The selected card (the first of the first column) is reversed, all five lines of it.
        for y in 3...7 { #expect(grid[x: 2, y: y].style.reverse) }
        #expect(!grid[x: 18, y: 3].style.reverse)
        // Over the standard: "!" and red; within it: no sign, default colour.
        #expect(grid.lines[7].contains("│ 42j30 plgn    │ ! 15j20 / 5j  │ ! 40m / 15m   │ 4m pelanggan"))
        #expect(grid[x: 34, y: 7].style.foreground == .red)
        // Waiting on the customer's payment is no office delay: no sign, default colour.
        #expect(grid[x: 18, y: 7].style.foreground == .default)
        #expect(grid[x: 66, y: 7].style.foreground == .default)
        // The expired e-billing says so in words, in red.
        #expect(grid.lines[6].contains("│ KEDALUWARSA   │"))
        #expect(grid[x: 18, y: 6].style.foreground == .red)
        #expect(grid[x: 1, y: 2].style.underline, "column titles are underlined")
    }

    @Test func inEnglishTheStagesAndTimesReadInEnglish() {
        let s = board(language: .english)
        #expect(s.lines[2] == " Request 1      │ Payment 3     │ Analysis 3    │ Report 1      │ Hand-over 1")
        #expect(s.lines[6] == " Sample due     │ EXPIRED       │ Analyst: Dedi │ LHP due       │ LHP-2026-005")
        #expect(s.lines[7] == " 15m / 40m      │ 42h30 customer│ ! 15h20 / 5h  │ ! 40m / 15m   │ 4m customer")
        #expect(s.lines[13] == "                │ ! 1h / 5m LATE│ 3h / 5h       │               │")
        #expect(s.lines[23] == "?Help EnterDetails nNew >Next step cCancel vList aAll /Find LBahasa qQuit")
    }

    @Test func helpListsTheBoardsKeys() {
        var s = board()
        s.resize(80, 50)
        s.press(.char("?"))
        #expect(s.text.contains("┌─ Bantuan — Papan Sampel ─"))
        let help = s.text
        // The selected sample waits for its sample: no hand-over, no billing yet, and no undo ever.
        for key in ["│ >             catat langkah berikutnya, meminta dokumennya saja",
                    "│ Tidak berlaku sekarang: h e u (tekan untuk tahu sebabnya)",
                    "│ c             batalkan sampel, dengan alasan",
                    "│ v             papan per tahap / daftar satu baris per sampel",
                    "│ a             juga yang selesai dan batal (hidup/mati)",
                    "│ waktu = jam layanan saja; ! dan merah = lewat Mutu Baku"] {
            #expect(help.contains(key), "\(key)")
        }
    }

    /// Five more samples with the analyst, registered after the desk's.
    static func crowdedAnalysis() -> Ledger {
        var log = SampleRecorder(log: Recorder())
        for (i, name) in ["Andi", "Budi", "Citra", "Dian", "Eka"].enumerated() {
            log.register("2026-11-25T08:0\(i)", name, "", "Sampel \(name)")
        }
        var records = log.log.records
        for (i, r) in records.enumerated() {
            guard case .sample(.registered(let e)) = r.event else { continue }
            let number = "BPCU-2026-0\(11 + i)"
            let renamed = SampleRegistered(sample: number, receivedAt: e.receivedAt, details: e.details)
            records[i] = EventRecord(id: "x\(i)", at: r.at, by: r.by, event: .sample(.registered(renamed)))
        }
        var walk = SampleRecorder(log: Recorder())
        for i in 0..<5 {
            walk.walk("BPCU-2026-0\(11 + i)", ["2026-11-25T08:1\(i)", "2026-11-25T08:20", "2026-11-25T08:30", "2026-11-25T09:0\(i)"])
        }
        let steps = walk.log.records.enumerated().map { EventRecord(id: "y\($0.offset)", at: $0.element.at, by: $0.element.by, event: $0.element.event) }
        return SampleDesk.ledger(records + steps)
    }

    @Test func aLongColumnScrollsAndSaysHowManyMore() {
        var s = board(Self.crowdedAnalysis())
        #expect(s.lines[2].contains("│ Analisa 8 ↓   │"))
        #expect(s.lines[21].contains("│ ↓ 5 lagi      │"))
        s.press(.right, .right)
        #expect(s.state.samples.column == 2)
        #expect(s.state.samples.selected == "BPCU-2026-003")
        for _ in 0..<4 { s.press(.down) }
        // The fifth card: two scrolled off above, three below.
        #expect(s.state.samples.scrolls[2] == 2)
        #expect(s.lines[2].contains("│ Analisa 8 ↑↓  │"))
        #expect(s.lines[21].contains("│ ↓ 3 lagi      │"))
        s.press(.end)
        #expect(s.state.samples.scrolls[2] == 5)
        #expect(s.lines[2].contains("│ Analisa 8 ↑   │"))
        #expect(!s.lines[21].contains("lagi"))
        s.press(.home)
        #expect(s.state.samples.scrolls[2] == 0)
    }

    @Test func anEmptyBoardSaysWhatToDo() {
        let s = board(Desk.ledger())
        #expect(s.lines[2] == " Permintaan 0   │ Pembayaran 0  │ Analisa 0     │ Laporan 0     │ Penyerahan 0")
        #expect(s.lines[4] == " Belum ada sampel dalam proses. Tekan n untuk mendaftarkan surat permintaan")
        #expect(s.lines[5] == "   uji; pada Antrian, s membuat permintaan dari permohonan pengujian.")
    }

    @Test func theMonthBoardSumsUpTheYearsSamples() {
        var s = board(width: 160, height: 48)
        s.press(.char("3"))
        let text = s.text
        #expect(text.contains("  Sampel uji: 11 (LHP diserahkan 1, dalam proses 9, batal 1)"))
        // Finished steps within standard, by hand: 001 5 of 7 (billing 10/5m, LHP 140/15m late),
        // 002 1/2, 003 4/4, 004 3/5, 005 2/6, 006 1/1, BPCUI 1/2, 007 2/3, 008 1/1, 009 1/2:
        // 21 of 33. Six of those are the customer's (payments of 001, 003, 004, 005, 007 and
        // 001's collection; 001's two and 003's within the old standard), counted apart:
        // the office's steps are 18 of 27 (issue 14 item 7).
        // Late now: 003 (analysis), 004 (LHP), 008 (e-billing); 002 waits on the customer's payment.
        #expect(text.contains("  Langkah kantor memenuhi Mutu Baku: 18 dari 27; sedang lewat Mutu Baku: 3 sampel"))
        #expect(text.contains("     Dibayar (NTPN, kuitansi): median 15 menit menunggu pelanggan (5 sampel)"))
        // Turnaround per stage: one line per office stage with finished steps; their counts
        // add up to the same hand-counted 18 within standard of 27 finished.
        let stages = s.lines.filter { $0.hasPrefix("     ") && $0.contains("median") && $0.contains("memenuhi") }
        #expect(stages.count >= 5)
        let counts = stages.compactMap { line -> (Int, Int)? in
            let words = line.split(separator: " ")
            guard let i = words.firstIndex(of: "dari"), let met = Int(words[i - 1]), let of = Int(words[i + 1]) else { return nil }
            return (met, of)
        }
        #expect(counts.map(\.0).reduce(0, +) == 18)
        #expect(counts.map(\.1).reduce(0, +) == 27)
    }
}

import Foundation
import PPIDModel

/// The *tanda bukti permohonan* (Pasal 22(4)): what the requester takes home. Always in
/// Indonesian, as an official document; the same text goes on screen and into the file.
/// The officer who registered it is read from its history through `reader`.
public func receiptText(_ r: Request, ledger: Ledger, reading reader: RecordReader, officeName: String) -> [String] {
    let calendar = ledger.calendar
    let dl = calendar.deadline(of: r)
    let officer = (try? ledger.history(of: r.number, reading: reader))?.first?.by ?? ""
    let d = r.details
    return [
        "TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK",
        officeName,
        "",
        "Nomor pendaftaran : \(r.number)",
        "Tanggal diterima  : \(FormDates.dateTime(r.receivedAt, calendar))",
        "Saluran           : \(r.channel.label.id)",
        "Nama pemohon      : \(d.requesterName)",
        "Alamat            : \(d.address)",
        "Nomor kontak      : \(d.contact)",
        "Informasi diminta : \(d.subject)",
        "Tujuan penggunaan : \(d.purpose)",
        "Jenis permohonan  : \([d.accessKind?.label.id, d.medium?.label.id].compactMap { $0 }.joined(separator: ", "))",
        "Cara penyampaian  : \(d.delivery?.label.id ?? "")",
        "",
        "Pemberitahuan tertulis paling lambat: \(Names.weekday(dl.inForce, .indonesian)), \(dl.inForce)",
        "(10 hari kerja sejak diterima; dapat diperpanjang satu kali 7 hari kerja,",
        " UU 14/2008 Pasal 22 ayat 7 dan 8)",
        "",
        "Petugas: \(officer)",
    ]
}

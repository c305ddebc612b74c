// libFuzzer harness for the register importer's reader (CSVReader + RegisterImport.validate),
// built by ../fuzz.sh.
//
// Properties, beyond "no crash, no hang": a file is either accepted whole — every row a
// registration under a number of its own, on a line inside the file — or refused with at
// least one problem, each on a line inside the file.
import Foundation
import PPIDModel

let calendar = WorkingCalendar(timeZone: TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!, holidays: [])
let now = Date(timeIntervalSince1970: 1_764_000_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegister(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = bytes.filter { $0 == 0x0A }.count + 1
    do throws(StoreError) {
        let rows = try RegisterImport.validate(bytes, calendar: calendar, now: now)
        guard Set(rows.map(\.number)).count == rows.count else { fatalError("two accepted rows share a number") }
        for row in rows {
            guard (2...lines).contains(row.line) else { fatalError("row on line \(row.line) of \(lines)") }
            guard case .requestRegistered(let r)? = row.events.first, r.request == row.number, r.receivedAt <= now else {
                fatalError("row \(row.line) does not start with its registration")
            }
        }
    } catch {
        guard case .badImport(let problems) = error, !problems.isEmpty else { fatalError("refused without a problem: \(error)") }
        for p in problems where !(1...lines).contains(p.line) { fatalError("problem on line \(p.line) of \(lines)") }
    }
    return 0
}

// libFuzzer harness for the log-line reader (JSONLine + EventCodec), built by ../fuzz.sh.
//
// Properties, beyond "no crash, no hang": the reader's fast path (fields found in place) and
// its general one (a dictionary) agree; a line the reader accepts is a JSON object for
// Foundation's parser too; and writing the event back out gives a line that reads back to the
// same bytes (one round may normalise times to whole seconds and the office's offset).
import Foundation
import PPIDModel

let codec = EventCodec(timeZone: TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = UnsafeBufferPointer(start: data, count: size)
    // The fast path (fields found in place) and the general dictionary reader agree on every
    // input: the same record, or the same problem.
    let fast = Result { () throws(EventCodec.Problem) in try codec.decode(line) }
    let general = Result { () throws(EventCodec.Problem) in try codec.decodeGeneral(line) }
    guard fast == general else { fatalError("the fast reader and the general one disagree: \(Array(line))") }
    guard (try? JSONLine.parse(line)) != nil else { return 0 }
    do {
        guard try JSONSerialization.jsonObject(with: Data(line)) is [String: Any] else { fatalError("not an object") }
    } catch {
        // Foundation also refuses numbers beyond a Double (1e400), which JSON allows.
        let why = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard why.hasSuffix("is not representable in Swift.") else {
            fatalError("JSONLine accepts a line Foundation does not read (\(why)): \(Array(line))")
        }
    }
    guard let record = try? codec.decode(line) else { return 0 }
    let once = codec.encode(record)
    guard let again = try? once.dropLast().withUnsafeBufferPointer({ b throws(EventCodec.Problem) in try codec.decode(b) }) else {
        fatalError("an accepted line is written back as one the reader refuses: \(String(decoding: once, as: UTF8.self))")
    }
    guard codec.encode(again) == once else {
        fatalError("writing back is not stable: \(String(decoding: once, as: UTF8.self))")
    }
    return 0
}

import Foundation

/// How hard the safety suite pushes, and the seed of its randomness.
///
/// Under a plain `swift test` every check runs small, so the suite stays quick; `.ci/run` sets
/// `PPID_SAFETY=full` for the sizes the figures in the README are measured at. Every random
/// choice comes from one seed, printed first, so that `PPID_SEED=<seed>` replays a failure.
enum Safety {
    static let environment = ProcessInfo.processInfo.environment

    /// True under `PPID_SAFETY=full`.
    static let isFull = environment["PPID_SAFETY"] == "full"

    /// `quick` normally, `full` under `PPID_SAFETY=full`.
    static func size(quick: Int, full: Int) -> Int { isFull ? full : quick }

    /// `PPID_SEED` when set, else one drawn from the clock; the same for every check of a run.
    static let baseSeed: UInt64 = environment["PPID_SEED"].flatMap { UInt64($0) } ?? UInt64(Date().timeIntervalSince1970 * 1000)

    /// A generator for one check, seeded from the run's seed and the check's name; prints the
    /// seed and how to replay it.
    static func random(_ check: String) -> SplitMix64 {
        let seed = check.utf8.reduce(baseSeed) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        print("safety: \(check): seed \(baseSeed) (replay with PPID_SEED=\(baseSeed))")
        return SplitMix64(seed: seed)
    }

    /// One line of figures for the run's summary (`.ci/run` collects the lines that start so).
    static func report(_ check: String, _ figures: String) {
        print("safety: \(check): \(figures)\(isFull ? "" : " [quick]")")
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

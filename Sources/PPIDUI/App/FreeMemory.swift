#if canImport(Glibc)
import Glibc
#endif

/// Gives back to the system the pages malloc holds free. glibc keeps what a large step let go of
/// (the filter index's pieces, built on two threads): after the bench's four filter letters 19 MB
/// of the resident memory was such free memory, and a later export added its own on top.
enum FreeMemory {
    static func giveBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, looked up once (Swift's Glibc module does not declare it).
    private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
        unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
    }
    #endif
}

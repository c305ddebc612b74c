/// English counts: "1 working day", "2 working days". Indonesian nouns do not change with
/// their number, so only the English side of a phrase needs this.
public enum English {
    /// `n` and its noun, singular for one; the plural adds "s" unless told.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// "letter a" or "letters a, c": the word before a list agrees with its length.
    public static func letters(_ list: [String]) -> String {
        (list.count == 1 ? "letter " : "letters ") + list.joined(separator: ", ")
    }
}

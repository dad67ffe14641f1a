import CapIndexDomain

/// " Did you mean 'x'?" for a value typed on the command line, or nothing.
enum NameSuggestionHint {
    static func hint(_ typed: String, among names: [String]) -> String {
        let near = NameSuggestion.nearest(to: typed, among: names)
        guard !near.isEmpty else { return "" }
        let text = NameSuggestion.didYouMean(near)
        return " " + text.prefix(1).uppercased() + text.dropFirst()
    }
}

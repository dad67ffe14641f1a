import CapIndexDomain

/// The columns (or JSON keys) of one file that are not read, gathered into ONE I003 for
/// the file: a file with ten million unknown columns says so in one line, not ten million.
/// Only the first few names are kept, so memory does not grow with the count either.
struct IgnoredColumns {
    /// Why a column is not read.
    enum Reason: Equatable {
        /// Not a submission field.
        case unknown
        /// A second column of a field's name: the first counts.
        case repeated
    }

    /// `column` or `key`.
    let noun: String
    /// Why an unknown one is not read, for one and for several: "not a submission field",
    /// "not submission fields".
    let unknownOne: String, unknownMany: String
    /// Names listed in the notice, in the order found, with why and how often.
    private var listed: [(label: String, reason: Reason, times: Int)] = []
    /// Every ignored column or key, counted.
    private(set) var total = 0
    /// Where the first one is.
    private var first: SourceLocation?

    /// Most names listed; the rest are counted.
    static let listCap = 10
    /// Longest name shown, in characters.
    static let labelCap = 40

    init(noun: String, unknownOne: String = "not a submission field", unknownMany: String = "not submission fields") {
        self.noun = noun
        self.unknownOne = unknownOne
        self.unknownMany = unknownMany
    }

    /// Notes one ignored column or key.
    mutating func add(_ label: String, _ reason: Reason, at location: SourceLocation) {
        total += 1
        if first == nil { first = location }
        if let i = listed.firstIndex(where: { $0.label == label && $0.reason == reason }) {
            listed[i].times += 1
        } else if listed.count < Self.listCap {
            listed.append((label, reason, 1))
        }
    }

    /// Notes `count` columns past the reader's field limit, which have no name to show.
    mutating func addUnnamed(_ count: Int, at location: SourceLocation) {
        guard count > 0 else { return }
        total += count
        if first == nil { first = location }
    }

    /// The one I003 of the file, or nil when nothing was ignored.
    func diagnostic() -> Diagnostic? {
        guard let first else { return nil }
        let mixed = Set(listed.map(\.reason)).count > 1
        let shownCount = listed.reduce(0) { $0 + $1.times }
        let names = listed.map { entry -> String in
            var name = "'\(entry.label.count > Self.labelCap ? entry.label.prefix(Self.labelCap) + "…" : Substring(entry.label))'"
            if entry.times > 1 { name += " (\(entry.times) times)" }
            if mixed {
                name += entry.reason == .unknown ? " (\(unknownOne))" : " (a second \(noun) of that name; the first counts)"
            }
            return name
        }
        let rest = total - shownCount
        let list = names.joined(separator: ", ") + (rest > 0 ? " and \(ZipLimits.grouped(rest)) more" : "")
        let message: String
        if names.isEmpty {
            message = "\(ZipLimits.grouped(total)) \(noun)s past the \(ZipLimits.grouped(CSVStreamReader.maxFields))th ignored"
        } else if total == 1, let only = listed.first {
            message =
                "\(noun) \(names[0]) ignored: "
                + (only.reason == .unknown ? unknownOne : "a second \(noun) of that name; the first counts")
        } else if mixed {
            message = "\(ZipLimits.grouped(total)) \(noun)s ignored: \(list)"
        } else {
            let why = listed.first?.reason == .repeated ? "second \(noun)s of a field's name (the first counts)" : unknownMany
            message = "\(ZipLimits.grouped(total)) \(noun)s ignored, \(why): \(list)"
        }
        return Diagnostic(.i003, message, at: first)
    }
}

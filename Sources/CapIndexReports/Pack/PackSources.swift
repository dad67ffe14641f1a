import CapIndexDomain

/// The source notes of one pack (SPEC 5, provenance): every file a figure came from gets
/// a number the first time a figure cites it, and the notes list them in that order with
/// the release, the file's SHA-256 and when it was imported.
struct PackSources {
    private(set) var files: [EvidenceSourceFile] = []
    private var releases: [Int: [String]] = [:]

    /// The note number of `file`, adding it when it is new; `release` is the publication
    /// the figure belongs to (the catalogue's).
    mutating func cite(_ file: EvidenceSourceFile?, release: String?) -> Int? {
        guard let file else { return nil }
        let n: Int
        if let i = files.firstIndex(of: file) {
            n = i + 1
        } else {
            files.append(file)
            n = files.count
        }
        if let r = release, !(releases[file.id] ?? []).contains(r) { releases[file.id, default: []].append(r) }
        return n
    }

    /// `source 1`, `sources 1, 2` (no brackets: Markdown would have to escape them).
    static func marker(_ numbers: [Int?]) -> String? {
        let ns = numbers.compactMap { $0 }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        return ns.isEmpty ? nil : (ns.count == 1 ? "source " : "sources ") + ns.map(String.init).joined(separator: ", ")
    }

    /// One line per file, in citation order (shown as a numbered list).
    var lines: [[ReportInline]] {
        files.map { f in
            let release = (releases[f.id] ?? []).joined(separator: "; ")
            let text =
                "\(f.baseName): \(f.publisher)" + (release.isEmpty ? "" : ", from the release \(release)")
                + "; SHA-256 \(f.sha256.prefix(12))…, imported \(ReportDisplay.timestamp(f.importedAt))."
            return [.text(text)]
        }
    }

    /// The attribution every page showing DfE or Ofsted data carries.
    static let licence = "Contains public sector information licensed under the Open Government Licence v3.0."
}

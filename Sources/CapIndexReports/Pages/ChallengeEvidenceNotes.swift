import CapIndexDomain
import Foundation

/// The overview's section on the evidence itself (SPEC 5): whether it may be out of date
/// (I009, with the file to refresh), which values one file replaced of another's (I008),
/// and every file the figures come from.
enum ChallengeEvidenceNotes {
    static func section(_ ctx: ReportContext, year: Int, reportDate: String) -> ReportSection {
        let index = ctx.evidence.index
        var blocks: [ReportBlock] = []
        let warnings = EvidenceFreshness.check(index, year: year, reportDate: reportDate)
        if index.sourceFiles.isEmpty {
            blocks.append(
                .note([
                    .text(
                        "No published indicator or Ofsted file has been imported: the packs show ratings and questions from the submissions alone."
                    )
                ]))
        } else if warnings.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "Up to date: the newest Ofsted judgement imported is less than six months old at the report date, and every indicator's latest period is within two years of \(year)."
                    )
                ]))
        } else {
            blocks.append(.paragraph([.strong("The evidence may be out of date (notice I009):")]))
            blocks.append(
                .list(
                    warnings.map { w in
                        [
                            .text(
                                sentence(longDates(w.message, reportDate))
                                    + (w.files.isEmpty ? "" : " Refresh: \(w.files.joined(separator: "; "))."))
                        ]
                    }, ordered: false))
        }
        if !index.replacements.isEmpty {
            blocks.append(.paragraph([.strong("Values one file replaced of another's (notice I008):")]))
            blocks.append(
                .list(
                    index.replacements.map { r in
                        let ex = r.examples.map { e in
                            "\(ctx.framework.indicator(id: e.indicator)?.title ?? "an indicator"), \(e.period), \(ctx.name(e.laCode, year)): \(e.old) → \(e.new)"
                        }
                        return [
                            .text(
                                "\(r.file.baseName) changed \(PageKit.plural(r.count, "value")) that \(r.previous.baseName) had given"
                                    + (ex.isEmpty ? "." : ", e.g. " + ex.joined(separator: "; ") + "."))
                        ]
                    }, ordered: false))
        }
        let files = index.sourceFiles.values.sorted { $0.id < $1.id }
        if !files.isEmpty {
            blocks.append(.paragraph([.strong("Files imported:")]))
            blocks.append(
                .list(
                    files.map { f in
                        [
                            .text(
                                "\(f.baseName): \(f.publisher); SHA-256 \(f.sha256.prefix(12))…, imported \(ReportDisplay.timestamp(f.importedAt))."
                            )
                        ]
                    }, ordered: false))
            blocks.append(.paragraph([.text(PackSources.licence)]))
        }
        return ReportSection(id: "evidence", title: "The evidence: freshness and sources", blocks: blocks)
    }

    /// The notice's `YYYY-MM-DD` dates written out (`20 January 2027`), as pages give dates.
    static func longDates(_ s: String, _ reportDate: String) -> String {
        var out = s
        for word in s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }) {
            let w = String(word)
            if ReportDisplay.isDate(w) { out = out.replacingOccurrences(of: w, with: ReportDisplay.date(w)) }
        }
        return out
    }

    /// A message as a sentence: capital first letter, full stop.
    static func sentence(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst() + (s.hasSuffix(".") ? "" : ".")
    }
}

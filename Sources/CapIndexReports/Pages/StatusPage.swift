import CapIndexDomain
import CapIndexFormats

/// The November status board (SPEC 6 "status"): who has submitted, when, signed off or
/// not, errors and warnings, versions and what changed between them.
enum StatusPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool) throws -> ReportPage {
        let board = ctx.statusBoard(region, year)
        let rows = board.rows.sorted { (ctx.name($0.laCode, year), $0.laCode) < (ctx.name($1.laCode, year), $1.laCode) }
        let n = rows.count
        let submitted = rows.filter(\.submitted)
        let signed = submitted.filter { $0.cxSignoff != nil }
        let rejected = rows.filter { $0.errors > 0 }
        let facts = [
            ReportFact(label: "Submitted", value: PageKit.of(submitted.count, n), note: "LAs with a valid current submission"),
            ReportFact(label: "Signed off", value: PageKit.of(signed.count, submitted.count), note: "by the chief executive"),
            ReportFact(label: "With errors to fix", value: "\(rejected.count)", note: "latest attempt rejected"),
            ReportFact(label: "Versions stored", value: "\(rows.reduce(0) { $0 + $1.versions })", note: "every version is kept"),
        ]
        var table = ReportTable(
            caption: "Submissions for \(year) by LA",
            columns: [
                .init("LA"), .init("State"), .init("Submitted on", nowrap: true), .init("Version", nowrap: true), .init("Signed off by"),
                .init("Errors", numeric: true), .init("Warnings", numeric: true), .init("File"),
            ], rows: [], id: "board")
        for r in rows {
            let state: ReportCell
            switch r.state {
            case "valid": state = ReportCell([.tag("Valid", .good)])
            case "rejected": state = ReportCell([.tag("Rejected", .bad)])
            case "not submitted": state = ReportCell([.tag("Not submitted", .neutral)])
            default: state = ReportCell([.tag("Valid; later attempt rejected", .warning)])
            }
            var state0 = state
            if ImprovementView(ctx: ctx).resubmittedAfterEvent(r.laCode, year) {
                state0.content += [.lineBreak, .tag("Resubmitted after the challenge event", .warning)]
            }
            let signoff: ReportCell =
                r.cxSignoff.map { ReportCell.text($0) } ?? (r.submitted ? ReportCell([.tag("Not signed off", .bad)]) : .text("–"))
            table.rows.append([
                ReportCell(PageKit.laLink(ctx, r.laCode, year, packs: packs)), state0,
                .text(r.submittedOn.map(ReportDisplay.date) ?? "–"),
                .text(r.version.map { "\($0) of \(r.versions)" } ?? (r.versions > 0 ? "none current of \(r.versions)" : "–")),
                signoff, .text("\(r.errors)"), .text("\(r.warnings)"), .text(r.sourceFile.map(PageKit.fileName) ?? "–"),
            ])
        }
        var sections = [ReportSection(id: "submissions", title: "Submissions by LA", blocks: [.table(table)])]

        // Errors: the newest rejected attempt of each LA.
        var errorBlocks: [ReportBlock] = []
        for r in rows where !r.errorMessages.isEmpty {
            errorBlocks.append(
                .paragraph([
                    .strong("\(ctx.name(r.laCode, year)) (\(r.laCode))"),
                    .text(r.submitted ? ": the current version stands; the latest attempt was rejected." : ": nothing stored yet."),
                ]))
            errorBlocks.append(.list(r.errorMessages.map { [.text(PageKit.withoutFolders($0))] }, ordered: false))
        }
        if errorBlocks.isEmpty { errorBlocks = [.paragraph([.text("No submission for \(year) has an error to fix.")])] }
        sections.append(ReportSection(id: "errors", title: "Errors to put right", blocks: errorBlocks))

        // Warnings and notices on the current versions.
        var warn = ReportTable(
            caption: "Warnings and notices on the current versions",
            columns: [
                .init("LA"), .init("Where"), .init("Code"), .init("Message"),
            ], rows: [], emptyText: "No warnings on the current versions.", style: "compact")
        for r in submitted {
            guard let sub = ctx.submission(r.laCode, year) else { continue }
            for w in ctx.notices(sub.id) {
                warn.rows.append([
                    .text(ctx.name(r.laCode, year)), .text(PageKit.fileName(w.location)), .text(w.code.rawValue), .text(w.message),
                ])
            }
        }
        sections.append(
            ReportSection(
                id: "warnings", title: "Warnings",
                blocks: [
                    .paragraph([.text("Warnings do not stop a submission; most become questions at the challenge event.")]),
                    .table(warn),
                ]))

        // What changed between versions.
        var changeBlocks: [ReportBlock] = []
        for r in submitted where r.versions > 1 {
            let versions = ctx.versions(r.laCode, year)
            guard let cur = versions.first(where: \.isCurrent), let prev = versions.last(where: { $0.version < cur.version }) else {
                continue
            }
            changeBlocks.append(.table(VersionChanges.table(ctx, la: r.laCode, year: year, from: prev, to: cur)))
        }
        if changeBlocks.isEmpty {
            changeBlocks = [.paragraph([.text("No LA has sent a second version for \(year).")])]
        }
        sections.append(ReportSection(id: "changes", title: "What changed from the previous version", blocks: changeBlocks))

        return ReportPage(
            fileStem: "status", kind: .status, title: "Status board \(year)",
            subtitle: "\(region): who has submitted, signed off and passed validation", region: region, year: year,
            lead: [.facts(facts)], sections: sections, provenance: ctx.provenance)
    }
}

/// The differences between two versions of one LA's submission.
enum VersionChanges {
    static func table(_ ctx: ReportContext, la: String, year: Int, from prev: StoredSubmission, to cur: StoredSubmission) -> ReportTable {
        var t = ReportTable(
            caption:
                "\(ctx.name(la, year)): version \(prev.version) (\(PageKit.fileName(prev.sourceFile))) to version \(cur.version) (\(PageKit.fileName(cur.sourceFile)))",
            columns: [.init("Theme"), .init("What"), .init("Version \(prev.version)"), .init("Version \(cur.version)")],
            rows: [], emptyText: "Same content in both versions (re-sent).", style: "compact")
        func row(_ theme: String, _ what: String, _ a: String, _ b: String) {
            t.rows.append([.text(theme), .text(what), .text(a), .text(b)])
        }
        if prev.submittedOn != cur.submittedOn {
            row(
                "Submission", "submitted on", prev.submittedOn.map(ReportDisplay.date) ?? "–",
                cur.submittedOn.map(ReportDisplay.date) ?? "–")
        }
        if prev.cxSignoff != cur.cxSignoff {
            row("Submission", "signed off by", prev.cxSignoff ?? "not signed off", cur.cxSignoff ?? "not signed off")
        }
        func yn(_ b: Bool) -> String { b ? "yes" : "no" }
        for th in ctx.framework.themes {
            let a = prev.theme(th.id), b = cur.theme(th.id)
            let name = ctx.title(th.id)
            guard let a, let b else {
                if a != nil || b != nil { row(name, "theme", a == nil ? "not rated" : "rated", b == nil ? "not rated" : "rated") }
                continue
            }
            if a.rating != b.rating { row(name, "rating", ReportDisplay.rating(a.rating), ReportDisplay.rating(b.rating)) }
            if a.strength != b.strength { row(name, "key strength", yn(a.strength), yn(b.strength)) }
            if a.development != b.development { row(name, "area for development", yn(a.development), yn(b.development)) }
            if a.offer != b.offer { row(name, "offer", ReportDisplay.offer(a.offer), ReportDisplay.offer(b.offer)) }
            if a.need != b.need { row(name, "need", ReportDisplay.need(a.need), ReportDisplay.need(b.need)) }
            if a.confidence != b.confidence { row(name, "confidence", a.confidence.rawValue, b.confidence.rawValue) }
            if a.narrative != b.narrative {
                row(
                    name, "narrative", "\(a.narrative.unicodeScalars.count) characters",
                    "rewritten, \(b.narrative.unicodeScalars.count) characters")
            }
        }
        return t
    }
}

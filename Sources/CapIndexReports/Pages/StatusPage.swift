import CapIndexDomain
import CapIndexFormats

/// The November status board (SPEC 6 "status"): who has submitted, when, signed off or
/// not, errors and warnings, versions and what changed between them.
enum StatusPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool, feedback: Bool) throws -> ReportPage {
        let board = ctx.statusBoard(region, year)
        let rows = board.rows.sorted { (ctx.name($0.laCode, year), $0.laCode) < (ctx.name($1.laCode, year), $1.laCode) }
        let n = rows.count
        let submitted = rows.filter(\.submitted)
        let signed = submitted.filter { $0.cxSignoff != nil }
        let rejected = rows.filter { $0.errors > 0 }
        var facts = [
            ReportFact(label: "Submitted", value: PageKit.of(submitted.count, n), note: "LAs with a valid current submission"),
            ReportFact(label: "Signed off", value: PageKit.of(signed.count, submitted.count), note: "by the chief executive"),
            ReportFact(label: "With errors to fix", value: "\(rejected.count)", note: "latest attempt rejected"),
        ]
        if let d = board.deadline {
            facts.append(
                ReportFact(
                    label: "Late", value: "\(board.lateCount)", note: "current version after the deadline of \(ReportDisplay.date(d))"))
        }
        facts.append(ReportFact(label: "Versions stored", value: "\(rows.reduce(0) { $0 + $1.versions })", note: "every version is kept"))

        var sections = [chaseSection(ctx, board, year: year, feedback: feedback)]
        var table = ReportTable(
            caption: "Submissions for \(year) by LA",
            columns: [
                .init("LA"), .init("State"), .init("Submitted on", nowrap: true), .init("Version", nowrap: true), .init("Signed off by"),
                .init("Errors", numeric: true), .init("Warnings", numeric: true), .init("File"),
            ] + (feedback ? [.init("Feedback")] : []), rows: [], id: "board")
        for r in rows {
            let state: ReportCell
            switch r.state {
            case "valid": state = ReportCell([.tag("Valid", .good)])
            case "rejected": state = ReportCell([.tag("Rejected", .bad)])
            case "not submitted": state = ReportCell([.tag("Not submitted", .neutral)])
            case "withdrawn": state = ReportCell([.tag("Withdrawn", .bad)])
            default: state = ReportCell([.tag("Valid; later attempt rejected", .warning)])
            }
            var state0 = state
            if ImprovementView(ctx: ctx).resubmittedAfterEvent(r.laCode, year) {
                state0.content += [.lineBreak, .tag("Resubmitted after the challenge event", .warning)]
            }
            let signoff: ReportCell =
                r.cxSignoff.map { ReportCell.text($0) } ?? (r.submitted ? ReportCell([.tag("Not signed off", .bad)]) : .text("–"))
            var version: [ReportInline] = [
                .text(r.version.map { "\($0) of \(r.versions)" } ?? (r.versions > 0 ? "none current of \(r.versions)" : "–"))
            ]
            if r.late { version += [.text(" · "), .tag("Late", .warning)] }
            var cells: [ReportCell] = [
                ReportCell(PageKit.laLink(ctx, r.laCode, year, packs: packs)), state0,
                .text(r.submittedOn.map(ReportDisplay.date) ?? "–"), ReportCell(version),
                signoff, .text("\(r.errors)"), .text("\(r.warnings)"), .text(r.sourceFile.map(PageKit.fileName) ?? "–"),
            ]
            if feedback {
                cells.append(r.attempted ? ReportCell([.link("Feedback", ReportLink(ReportPaths.feedbackStem(r.laCode)))]) : .text("–"))
            }
            table.rows.append(cells)
        }
        sections.append(ReportSection(id: "submissions", title: "Submissions by LA", blocks: [.table(table)]))

        // Errors: the newest rejected attempt of each LA, located, with the theme and the fix.
        var errorBlocks: [ReportBlock] = []
        for r in rows where !r.errorDetails.isEmpty {
            errorBlocks.append(
                .paragraph([
                    .strong("\(ctx.name(r.laCode, year)) (\(r.laCode))"),
                    .text(r.submitted ? ": the current version stands; the latest attempt was rejected." : ": nothing stored yet."),
                ]))
            var t = ReportTable(
                caption: "Errors of \(ctx.name(r.laCode, year))'s latest attempt",
                columns: [.init("Where"), .init("Theme"), .init("Code"), .init("What is wrong"), .init("Fix")], rows: [],
                style: "compact")
            for e in r.errorDetails {
                t.rows.append([
                    ReportCell(FeedbackPage.place(e)), .text(FeedbackPage.theme(e)), .text(e.code.rawValue), .text(e.message),
                    .text(FeedbackAdvice.advice(code: e.code, hint: e.hint)),
                ])
            }
            errorBlocks.append(.table(t))
        }
        if errorBlocks.isEmpty { errorBlocks = [.paragraph([.text("No submission for \(year) has an error to fix.")])] }
        sections.append(ReportSection(id: "errors", title: "Errors to put right", blocks: errorBlocks))

        // Warnings and notices on the current versions, each naming its theme.
        var warn = ReportTable(
            caption: "Warnings and notices on the current versions",
            columns: [
                .init("LA"), .init("Where"), .init("Theme"), .init("Code"), .init("Message"), .init("Fix, or the question it raises"),
            ], rows: [], emptyText: "No warnings on the current versions.", style: "compact")
        for r in submitted {
            guard let sub = ctx.submission(r.laCode, year) else { continue }
            for w in ctx.notices(sub.id) {
                warn.rows.append([
                    .text(ctx.name(r.laCode, year)), ReportCell(FeedbackPage.place(w)), .text(FeedbackPage.theme(w)),
                    .text(w.code.rawValue), .text(w.message), .text(Self.warningAdvice(w)),
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
        sections.append(windowSection(ctx, board, rows: rows, year: year))

        // What changed between versions.
        var changeBlocks: [ReportBlock] = []
        for r in submitted where r.versions > 1 {
            guard let (prev, cur) = SubmissionDiff.defaultPair(in: ctx.versions(r.laCode, year)) else { continue }
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

    /// The chase list, at the top: who to chase and for what.
    static func chaseSection(_ ctx: ReportContext, _ board: StatusBoard, year: Int, feedback: Bool) -> ReportSection {
        var t = ReportTable(
            caption: "LAs to chase for \(year), most urgent first",
            columns: [.init("LA"), .init("Why"), .init("Ask them to")], rows: [],
            emptyText: "Nobody to chase: every LA has a valid submission, signed off\(board.deadline == nil ? "" : " and in time").",
            id: "chase-list")
        for item in board.chaseList {
            let row = board.rows.first { $0.laCode == item.laCode }
            let name: [ReportInline] =
                feedback && row?.attempted == true
                ? [.link(ctx.name(item.laCode, year), ReportLink(ReportPaths.feedbackStem(item.laCode)))]
                : [.text(ctx.name(item.laCode, year))]
            var why: [ReportInline] = []
            for (i, reason) in item.reasons.enumerated() {
                if i > 0 { why.append(.text(" ")) }
                let tone: ReportTone = reason == .late || reason == .laterAttemptRejected ? .warning : .bad
                why.append(.tag(reason.rawValue.prefix(1).uppercased() + reason.rawValue.dropFirst(), tone))
            }
            t.rows.append([ReportCell(name), ReportCell(why), .text(item.reasons.map(\.action).joined(separator: "; "))])
        }
        return ReportSection(id: "chase", title: "Chase list", blocks: [.table(t)])
    }

    /// Late and withdrawn versions (SPEC 2 "Submission window", SPEC 7 `withdraw`).
    static func windowSection(_ ctx: ReportContext, _ board: StatusBoard, rows: [StatusRow], year: Int) -> ReportSection {
        var blocks: [ReportBlock] = []
        if let d = board.deadline {
            var late = ReportTable(
                caption: "Versions stored after the end of \(ReportDisplay.date(d))",
                columns: [
                    .init("LA"), .init("Version", numeric: true), .init("File"), .init("Received", nowrap: true), .init("Counts now"),
                ],
                rows: [], emptyText: "No version came after the deadline.", style: "compact")
            for r in rows {
                for v in r.history where v.late {
                    late.rows.append([
                        .text(ctx.name(r.laCode, year)), .text("\(v.version)"), .text(PageKit.fileName(v.sourceFile)),
                        .text(ReportDisplay.timestamp(v.ingestedAt)), .text(v.state == .current ? "yes" : "no (\(v.state.rawValue))"),
                    ])
                }
            }
            blocks.append(
                .paragraph([
                    .text(
                        "The deadline for \(year) is \(ReportDisplay.date(d)). A version is late when capindex stored it after the end of "
                            + "that day (UK time); the date the LA wrote in submitted_on does not count.")
                ]))
            blocks.append(.table(late))
        } else {
            blocks.append(
                .paragraph([.text("No deadline is set for \(year) in the report settings (\"deadlines\"), so no version is marked late.")]))
        }
        var withdrawn = ReportTable(
            caption: "Versions withdrawn by the coordinator",
            columns: [.init("LA"), .init("Version", numeric: true), .init("File"), .init("Withdrawn on", nowrap: true), .init("Why")],
            rows: [], emptyText: "No version has been withdrawn.", style: "compact")
        for r in rows {
            for v in r.withdrawnVersions {
                withdrawn.rows.append([
                    .text(ctx.name(r.laCode, year)), .text("\(v.version)"), .text(PageKit.fileName(v.sourceFile)),
                    .text(v.withdrawnAt.map(ReportDisplay.date) ?? "–"), .text(v.withdrawnWhy ?? ""),
                ])
            }
        }
        blocks.append(.table(withdrawn))
        return ReportSection(id: "window", title: "Deadline and withdrawals", blocks: blocks)
    }
}

/// The differences between two versions of one LA's submission, as a table: one row per
/// field that changed, read from the domain's ``SubmissionDiff``.
extension StatusPage {
    /// SPEC 6 "errors and warnings … with the fix": a challenge flag's question (the rating
    /// may well stand), else the fix, as the feedback page gives it but shorter.
    static func warningAdvice(_ w: StoredNotice) -> String {
        if FeedbackAdvice.isChallengeFlag(w.code) && !FeedbackAdvice.formFilling.contains(w.code) {
            return "Question for the event: " + ChallengeRules.question(for: w.code)
        }
        return FeedbackAdvice.advice(code: w.code, hint: w.hint)
    }
}

enum VersionChanges {
    static func table(_ ctx: ReportContext, la: String, year: Int, from prev: StoredSubmission, to cur: StoredSubmission) -> ReportTable {
        // The flags scoring raises, as `diff` compares them (audit 19).
        let engine = ScoringEngine(framework: ctx.framework, register: ctx.register, evidence: ctx.data.evidence)
        let diff = SubmissionDiff(from: prev, to: cur, framework: ctx.framework) { v in engine.flags(v) { la, y in ctx.submission(la, y) } }
        return table(ctx, diff, la: la, year: year)
    }

    static func table(_ ctx: ReportContext, _ diff: SubmissionDiff, la: String, year: Int) -> ReportTable {
        let (prev, cur) = (diff.from, diff.to)
        var t = ReportTable(
            caption:
                "\(ctx.name(la, year)): version \(prev.version) (\(PageKit.fileName(prev.sourceFile))) to version \(cur.version) (\(PageKit.fileName(cur.sourceFile)))",
            columns: [.init("Theme"), .init("What"), .init("Version \(prev.version)"), .init("Version \(cur.version)")],
            rows: [], emptyText: "Same content in both versions (re-sent).", style: "compact")
        func row(_ theme: String, _ what: String, _ a: String, _ b: String) {
            t.rows.append([.text(theme), .text(what), .text(a), .text(b)])
        }
        for f in diff.submissionChanges {
            switch f {
            case .submittedOn:
                row(
                    "Submission", "submitted on", prev.submittedOn.map(ReportDisplay.date) ?? "–",
                    cur.submittedOn.map(ReportDisplay.date) ?? "–")
            default:
                row("Submission", "signed off by", prev.cxSignoff ?? "not signed off", cur.cxSignoff ?? "not signed off")
            }
        }
        func yn(_ b: Bool) -> String { b ? "yes" : "no" }
        for th in diff.changedThemes {
            let name = ctx.title(th.theme)
            guard let a = th.before, let b = th.after else {
                row(name, "theme", th.before == nil ? "not rated" : "rated", th.after == nil ? "not rated" : "rated")
                continue
            }
            for field in th.changes {
                switch field {
                case .rating: row(name, "rating", ReportDisplay.rating(a.rating), ReportDisplay.rating(b.rating))
                case .strength: row(name, "key strength", yn(a.strength), yn(b.strength))
                case .development: row(name, "area for development", yn(a.development), yn(b.development))
                case .offer: row(name, "offer", ReportDisplay.offer(a.offer), ReportDisplay.offer(b.offer))
                case .need: row(name, "need", ReportDisplay.need(a.need), ReportDisplay.need(b.need))
                case .confidence: row(name, "confidence", a.confidence.rawValue, b.confidence.rawValue)
                case .narrative:
                    row(
                        name, "narrative", "\(a.narrative.unicodeScalars.count) characters",
                        "rewritten, \(b.narrative.unicodeScalars.count) characters")
                case .presence: break
                }
            }
        }
        return t
    }
}

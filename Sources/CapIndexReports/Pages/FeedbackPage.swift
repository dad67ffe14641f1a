import CapIndexDomain
import CapIndexFormats

/// One LA's validation feedback for the year (SPEC 6 "feedback-CODE"), written to be
/// e-mailed back unchanged the same day: accepted or not in plain words, every error and
/// warning located in the LA's own file (sheet and cell, line, or JSON path) with the
/// theme's title and the fix, then what to do next. It names no other LA and links to no
/// other page, so the one HTML file stands on its own in an e-mail.
enum FeedbackPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, row r: StatusRow, reportDate: String) -> ReportPage {
        let name = ctx.name(r.laCode, year)
        let deadline = ctx.statusBoard(region, year).deadline
        // The deadline day is over once the report date is later (both `YYYY-MM-DD`).
        let passed = deadline.map { reportDate > $0 } ?? false
        let current = r.history.first { $0.state == .current }
        let notices = ctx.submission(r.laCode, year).map { ctx.notices($0.id) } ?? []
        let warnings = notices.filter { $0.severity == .warning }

        var lead: [ReportBlock] = [.note(verdict(r, current: current, warnings: warnings.count, year: year))]
        if let d = deadline {
            let when: String
            if let c = current {
                when = c.late ? "The version that counts arrived after the deadline." : "The version that counts arrived in time."
            } else {
                when =
                    passed
                    ? "It has passed: a file that arrives now is marked late."
                    : "A file that arrives after the end of that day is marked late."
            }
            lead.append(.paragraph([.text("The deadline for \(year) \(passed ? "was" : "is") \(ReportDisplay.date(d)). \(when)")]))
        }
        var sections: [ReportSection] = []
        if !r.errorDetails.isEmpty {
            sections.append(ReportSection(id: "errors", title: "Errors to put right", blocks: errorBlocks(r)))
        }
        if current != nil {
            sections.append(
                ReportSection(id: "warnings", title: "Warnings and notes on the version that counts", blocks: warningBlocks(notices)))
        }
        sections.append(
            ReportSection(
                id: "next", title: "What to do next",
                blocks: [.list(nextSteps(r, warnings: warnings, deadline: deadline, passed: passed, year: year), ordered: true)]))
        sections.append(ReportSection(id: "versions", title: "What we have received", blocks: [.table(historyTable(r, year: year))]))

        return ReportPage(
            fileStem: ReportPaths.feedbackStem(r.laCode), kind: .feedback, title: "\(name): feedback on the \(year) self-assessment",
            subtitle: "\(region) · LA code \(r.laCode)", region: region, year: year, lead: lead, sections: sections,
            provenance: [
                "Checked against the framework \(ctx.framework.title) (version \(ctx.framework.version)) and the LA register.",
                "Every version received is kept; the newest one that passes the checks counts.",
            ])
    }

    /// The verdict in plain words.
    static func verdict(_ r: StatusRow, current: VersionRecord?, warnings: Int, year: Int) -> [ReportInline] {
        let files = Array(Set(r.errorDetails.map { PageKit.fileName($0.file) })).sorted()
        let received = r.rejectedAt.map { " (received \(ReportDisplay.timestamp($0)))" } ?? ""
        let errs = PageKit.plural(r.errors, "error")
        if let c = current {
            let counts = "version \(c.version), from \(PageKit.fileName(c.sourceFile)) (received \(ReportDisplay.timestamp(c.ingestedAt)))"
            if r.errors > 0 {
                return [
                    .strong("Not accepted."),
                    .text(
                        " Your latest file, \(PageKit.prose(files))\(received), has \(errs), so nothing in it was stored. "
                            + "Your earlier \(counts) still counts until a corrected file arrives."),
                ]
            }
            let w =
                warnings == 0
                ? ""
                : warnings == 1
                    ? " It has 1 warning, which does not stop it; please read it below."
                    : " It has \(warnings) warnings, which do not stop it; please read them below."
            return [.strong("Accepted."), .text(" Your self-assessment for \(year), \(counts), passed every check and counts.\(w)")]
        }
        if r.errors > 0 {
            return [
                .strong("Not accepted."),
                .text(
                    " Your file \(PageKit.prose(files))\(received) has \(errs), so nothing in it was stored: "
                        + "there is no self-assessment for \(year) from you yet."),
            ]
        }
        if let w = r.withdrawnVersions.last {
            let why = w.withdrawnWhy.map { ": \($0)" } ?? ""
            let on = w.withdrawnAt.map { " on \(ReportDisplay.date($0))" } ?? ""
            return [
                .strong("Withdrawn."),
                .text(
                    " Version \(w.version), from \(PageKit.fileName(w.sourceFile)), was withdrawn by the regional coordinator\(on)\(why). "
                        + "Nothing counts for \(year) until you send your self-assessment again."),
            ]
        }
        return [.strong("Nothing received."), .text(" There is no self-assessment for \(year) from you yet.")]
    }

    /// One table per file of the newest rejected attempt.
    static func errorBlocks(_ r: StatusRow) -> [ReportBlock] {
        let byFile = Dictionary(grouping: r.errorDetails, by: \.file)
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Nothing in a file with an error is stored, so put right every error below and send the whole file again. "
                        + "Each one says where it is in your file.")
            ])
        ]
        for file in byFile.keys.sorted() {
            var t = ReportTable(
                caption: "Errors in \(PageKit.fileName(file))",
                columns: [.init("Where in your file"), .init("Theme"), .init("What is wrong"), .init("How to put it right")],
                rows: [], style: "compact")
            for e in byFile[file]! {
                t.rows.append([
                    ReportCell(place(e)), .text(theme(e)), .text("\(e.message) (\(e.code.rawValue))"),
                    .text(FeedbackAdvice.advice(code: e.code, hint: e.hint)),
                ])
            }
            blocks.append(.table(t))
        }
        return blocks
    }

    /// The warnings and notes stored with the version that counts.
    static func warningBlocks(_ notices: [StoredNotice]) -> [ReportBlock] {
        var t = ReportTable(
            caption: "Warnings and notes",
            columns: [.init("Where in your file"), .init("Theme"), .init("What we found"), .init("What to do")],
            rows: [], emptyText: "None: nothing to look at again.", style: "compact")
        for n in notices {
            t.rows.append([
                ReportCell(place(n)), .text(theme(n)), .text("\(n.message) (\(n.code.rawValue))"),
                .text(FeedbackAdvice.advice(code: n.code, hint: n.hint)),
            ])
        }
        return [
            .paragraph([
                .text(
                    "Warnings do not stop a self-assessment. Most become questions at the challenge event; "
                        + "change a rating only if, looking again, you would rate it differently.")
            ]),
            .table(t),
        ]
    }

    /// Where in the LA's own file: the sheet and cell, the line, or the JSON path (as code,
    /// so that it reads exactly as written).
    static func place(_ n: StoredNotice) -> [ReportInline] {
        let loc = n.place
        let file = PageKit.fileName(n.file)
        if let line = loc.line { return [.text("\(file), line \(line)")] }
        if let (sheet, cell) = loc.cell { return [.text("\(file), sheet \(sheet), cell \(cell)")] }
        if let path = loc.path { return [.text("\(file), at "), .code(path)] }
        return [.text("\(file) (the whole file)")]
    }

    /// The theme's title, or what the problem belongs to.
    static func theme(_ n: StoredNotice) -> String {
        n.themeTitle ?? n.theme ?? "Whole submission"
    }

    /// The steps for the LA, in order. After the deadline (`passed`) the LA is not told to
    /// send a file by a day that is over, but as soon as it can, knowing it will be late.
    static func nextSteps(_ r: StatusRow, warnings: [StoredNotice], deadline: String?, passed: Bool, year: Int) -> [[ReportInline]] {
        var steps: [[ReportInline]] = []
        let by =
            deadline.map {
                passed
                    ? " as soon as you can: the deadline, \(ReportDisplay.date($0)), has passed, so it will be marked late"
                    : " by the end of \(ReportDisplay.date($0))"
            } ?? ""
        if r.errors > 0 {
            steps.append([.text("Put right each error listed above, at the place given.")])
            let workbook = r.errorDetails.contains { $0.place.cell != nil || $0.file.lowercased().hasSuffix(".xlsx") }
            if workbook {
                steps.append([.text("Keep the workbook as capindex sent it: fill in the yellow cells only, and keep the column labels.")])
            }
            steps.append([
                .text(
                    "Send the whole file again to the regional coordinator\(by). Every version is kept; the newest one that passes counts."
                )
            ])
        } else if !r.submitted {
            steps.append([.text("Send your self-assessment for \(year) to the regional coordinator\(by).")])
        }
        if r.submitted && r.cxSignoff == nil {
            steps.append([
                .text(
                    "Ask your chief executive to sign the self-assessment off, fill in their name as cx_signoff and send the file again\(by)."
                )
            ])
        }
        if warnings.contains(where: { FeedbackAdvice.isChallengeFlag($0.code) && !FeedbackAdvice.formFilling.contains($0.code) }) {
            steps.append([
                .text(
                    "Read the warnings: peers will ask about them at the challenge event. You need not change a rating you can stand behind; "
                        + "if you do change anything, send the whole file again.")
            ])
        }
        if steps.isEmpty {
            steps.append([.text("Nothing more is needed. If you change anything, send the whole file again: the newest version counts.")])
        }
        return steps
    }

    /// Every version stored and every rejected attempt, in the order they came.
    static func historyTable(_ r: StatusRow, year: Int) -> ReportTable {
        var t = ReportTable(
            caption: "Files received for \(year), oldest first",
            columns: [.init("Received", nowrap: true), .init("File"), .init("Result"), .init("Version", numeric: true)],
            rows: [], emptyText: "Nothing received yet.", style: "compact")
        var entries: [(at: String, cells: [ReportCell])] = []
        for v in r.history {
            var result: [ReportInline]
            switch v.state {
            case .current: result = [.tag("Counts", .good)]
            case .superseded: result = [.tag("Replaced by a later version", .neutral)]
            case .withdrawn:
                result = [.tag("Withdrawn", .bad)]
                if let why = v.withdrawnWhy { result.append(.text(": \(why)")) }
            }
            if v.late { result += [.text(" · "), .tag("Late", .warning)] }
            entries.append(
                (
                    v.ingestedAt,
                    [
                        .text(ReportDisplay.timestamp(v.ingestedAt)), .text(PageKit.fileName(v.sourceFile)), ReportCell(result),
                        .text("\(v.version)"),
                    ]
                ))
        }
        for a in r.attempts {
            entries.append(
                (
                    a.ingestedAt,
                    [
                        .text(ReportDisplay.timestamp(a.ingestedAt)), .text(PageKit.fileName(a.file)),
                        ReportCell([.tag("Not accepted", .bad), .text(": \(PageKit.plural(a.errors, "error"))")]), .text("–"),
                    ]
                ))
        }
        t.rows = entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element.cells)
        return t
    }
}

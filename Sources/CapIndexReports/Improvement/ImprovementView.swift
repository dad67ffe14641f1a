import CapIndexDomain

/// What the improvement page, the LA pack's section 4 and the summit share (SPEC 9): the
/// region's challenges and actions of a cycle, their flags, the challenge and action
/// tables, and the words for an agreed rating that differs from the self-rating.
struct ImprovementView {
    let ctx: ReportContext
    var data: ImprovementData { ctx.data.improvement }

    /// `2026/27`.
    static func cycle(_ year: Int) -> String { "\(year)/\(String(format: "%02d", (year + 1) % 100))" }

    /// The region's challenges of a cycle, by round (natural order) and start date.
    func challenges(region: String, year: Int) -> [PeerChallenge] {
        data.challenges.filter { $0.cycleYear == year && ctx.register.row($0.laCode, in: year)?.region == region }
            .sorted { (Self.roundKey($0.round), $0.startsOn, $0.challengeID) < (Self.roundKey($1.round), $1.startsOn, $1.challengeID) }
    }

    /// Rounds sort by their number when they have one, else by their text.
    static func roundKey(_ round: String) -> String {
        let digits = round.prefix { $0.isNumber }
        return digits.isEmpty ? "~" + round : String(repeating: "0", count: max(0, 6 - digits.count)) + round
    }

    /// The year an action counts in.
    func year(of a: ActionItem) -> Int { data.year(of: a, framework: ctx.framework) }

    /// The region's actions of a cycle, plus those of earlier cycles not yet complete.
    func actions(region: String, year: Int, la: String? = nil) -> [ActionItem] {
        data.actions.filter { a in
            let y = self.year(of: a)
            return (la == nil || a.laCode == la) && ctx.register.row(a.laCode, in: year)?.region == region
                && (y == year || (y < year && a.status != .complete))
        }
    }

    /// The report date the flags are judged at.
    var reportDay: CalendarDay? { CalendarDay(data.reportDate) }

    /// W113–W115 of a challenge, by the domain's rules at the report date.
    func flags(challenge c: PeerChallenge) -> [ChallengeFlag] {
        let rules = ImprovementRules(framework: ctx.framework, challenges: [c], actions: [])
        var out = rules.challengeFlags(c, submission: ctx.submission(c.laCode, c.cycleYear))
        let planned = data.actions.contains { $0.source == .challenge(c.challengeID) }
        if let day = reportDay, let m = W115NoActionPlan.check(c, hasAction: planned, reportDate: day) {
            out.append(ChallengeFlag(year: c.cycleYear, laCode: c.laCode, theme: nil, code: .w115, message: m))
        }
        return out
    }

    /// W116 and W117 of an action at the report date.
    func flags(action a: ActionItem) -> [ChallengeFlag] {
        guard let day = reportDay else { return [] }
        var out: [ChallengeFlag] = []
        if let m = W116ActionOverdue.check(a, reportDate: day) {
            out.append(ChallengeFlag(year: year(of: a), laCode: a.laCode, theme: a.theme, code: .w116, message: m))
        }
        if let m = W117ActionStale.check(a, reportDate: day) {
            out.append(ChallengeFlag(year: year(of: a), laCode: a.laCode, theme: a.theme, code: .w117, message: m))
        }
        return out
    }

    /// Flags as short tags in a cell, in plain words (`Overdue`): these pages are read by
    /// DCSs, to whom a code says nothing (the codes are in `flags.csv`).
    func flagCell(_ flags: [ChallengeFlag]) -> ReportCell {
        guard !flags.isEmpty else { return .text("–") }
        var out: [ReportInline] = []
        for (i, f) in flags.enumerated() {
            if i > 0 { out.append(.lineBreak) }
            out.append(.tag(Self.shortMeaning(f.code), .warning))
        }
        return ReportCell(out)
    }

    /// Two or three words for a flag's tag.
    static func shortMeaning(_ code: DiagnosticCode) -> String {
        switch code {
        case .w113: "Not an area for development"
        case .w114: "Not endorsed before the start"
        case .w115: "No action plan"
        case .w116: "Overdue"
        case .w117: "Stale"
        default: code.meaning.reportCapitalisedFirst
        }
    }

    /// Overdue first, then stale, then the rest; each by due date and id.
    func ordered(_ actions: [ActionItem]) -> [ActionItem] {
        func rank(_ a: ActionItem) -> Int {
            let f = flags(action: a).map(\.code)
            return f.contains(.w116) ? 0 : f.contains(.w117) ? 1 : a.status == .complete ? 3 : 2
        }
        return actions.sorted { (rank($0), $0.dueOn ?? "9999", $0.actionID) < (rank($1), $1.dueOn ?? "9999", $1.actionID) }
    }

    /// The table of a list of challenges.
    func challengeTable(_ list: [PeerChallenge], caption: String, year: Int, showLA: Bool = true) -> ReportTable {
        var t = ReportTable(
            caption: caption,
            columns: [.init("Challenge")] + (showLA ? [.init("LA challenged")] : []) + [
                .init("Themes"), .init("Lead challenger"), .init("Dates", nowrap: true), .init("Chief executive endorsement"),
                .init("Report shared", nowrap: true), .init("Flags"),
            ], rows: [], emptyText: "No peer challenge on record.", style: "compact")
        for c in list {
            let themes: [ReportInline] = c.themes.enumerated().flatMap { i, th in
                (i > 0 ? [ReportInline.lineBreak] : []) + [.text(ctx.title(th))]
            }
            let endorsed: ReportCell =
                c.cxEndorsedOn.map { d in
                    d > c.startsOn
                        ? ReportCell([.tag("\(ReportDisplay.date(d)), after the start", .warning)]) : .text(ReportDisplay.date(d))
                } ?? ReportCell([.tag("Not endorsed", .bad)])
            t.rows.append(
                [.text("\(c.challengeID) (round \(c.round))")] + (showLA ? [.text(ctx.name(c.laCode, year))] : []) + [
                    ReportCell(themes), .text(ctx.name(c.leadLACode, year)),
                    .text("\(ReportDisplay.date(c.startsOn)) to \(ReportDisplay.date(c.endsOn))"), endorsed,
                    .text(c.reportOn.map(ReportDisplay.date) ?? "not yet"), flagCell(flags(challenge: c)),
                ])
        }
        return t
    }

    /// The table of a list of actions, in the order given.
    func actionTable(_ list: [ActionItem], caption: String, year: Int, showLA: Bool = false, emptyText: String = "No action on record.")
        -> ReportTable
    {
        var t = ReportTable(
            caption: caption,
            columns: [.init("Action")] + (showLA ? [.init("LA")] : []) + [
                .init("Source"), .init("Theme"), .init("What"), .init("Owner"), .init("Due", nowrap: true), .init("Status"),
                .init("Updated", nowrap: true), .init("Progress"), .init("Flags"),
            ], rows: [], emptyText: emptyText, style: "compact")
        for a in list {
            t.rows.append(
                [.text(a.actionID)] + (showLA ? [.text(ctx.name(a.laCode, year))] : []) + [
                    .text(source(a.source, year: year)), .text(a.theme.map(ctx.shortTitle) ?? "–"), .text(a.action),
                    .text(a.owner.isEmpty ? "–" : a.owner), .text(a.dueOn.map(ReportDisplay.date) ?? "–"), statusCell(a.status),
                    .text(a.updatedOn.map(ReportDisplay.date) ?? "never"), .text(history(a)), flagCell(flags(action: a)),
                ])
        }
        return t
    }

    /// A status with its tone.
    func statusCell(_ s: ActionStatus) -> ReportCell {
        let tone: ReportTone =
            switch s {
            case .complete: .good
            case .onTrack: .neutral
            case .notStarted: .neutral
            case .atRisk: .warning
            case .offTrack: .bad
            }
        return ReportCell([.tag(s.rawValue.prefix(1).uppercased() + s.rawValue.dropFirst(), tone)])
    }

    /// Where an action came from, in words.
    func source(_ s: ActionSource, year: Int) -> String {
        switch s {
        case .challenge(let id): "peer challenge \(id)"
        case .event(let y): "challenge event \(Self.cycle(y))"
        case .summit(let y): "summit \(Self.cycle(y))"
        }
    }

    /// The states an action went through, oldest first: `on track (15 May 2027) → complete (2 July 2027)`.
    func history(_ a: ActionItem) -> String {
        let states = data.actionHistory.filter { $0.actionID == a.actionID }
        guard states.count > 1 else { return "as first recorded" }
        return states.map { "\($0.status.rawValue) (\($0.updatedOn.map(ReportDisplay.date) ?? "not updated"))" }.joined(separator: " → ")
    }

    /// "self-assessed Good, agreed Requires improvement at the challenge event on 21 January 2027".
    func agreedWords(_ o: AgreedOutcome) -> String? {
        guard let agreed = o.agreedRating, let own = data.selfRating(o.laCode, o.year, o.theme), own != agreed else { return nil }
        let when = o.agreedOn.map { " on \(ReportDisplay.date($0))" } ?? ""
        return "self-assessed \(own.title), agreed \(agreed.title) at the challenge event\(when)"
    }

    /// True when the LA's current version for the year was sent after the challenge event
    /// that agreed outcomes for it (the earliest `agreed_on`, else the day they were
    /// imported): the agreed ratings still stand over it (SPEC 9).
    func resubmittedAfterEvent(_ la: String, _ year: Int) -> Bool {
        guard let sub = ctx.submission(la, year), sub.version > 1 else { return false }
        let days = data.outcomes.filter { $0.laCode == la && $0.year == year }.map { $0.agreedOn ?? String($0.importedAt.prefix(10)) }
        guard let event = days.min() else { return false }
        return String(sub.ingestedAt.prefix(10)) > event
    }

    /// The current outcome of a theme.
    func outcome(_ la: String, _ year: Int, _ theme: String) -> AgreedOutcome? {
        data.outcomes.first { $0.laCode == la && $0.year == year && $0.theme == theme }
    }
}

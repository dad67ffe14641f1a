import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `outcomes.csv`, `peer_challenges.csv` and `actions.csv` (SPEC 9), for the years
    /// and regions in scope, sorted by their key columns: outcomes by year, LA and theme
    /// in framework order; challenges by id and theme; actions by id. Ratings are the
    /// grades 1–4; a blank `agreed_rating` is a confirmed self-rating.
    public static func improvementTables(
        _ data: ImprovementData, framework: Framework, register: LARegister, years: YearScope, regions: Set<String>?
    ) -> [ExportTable] {
        func inScope(_ la: String, _ year: Int) -> Bool {
            years.contains(year) && (regions == nil || regions!.contains(register.row(la, in: year)?.region ?? ""))
        }
        func date(_ d: String?) -> ExportValue { d.map { .code($0) } ?? .null }
        let order = Dictionary(uniqueKeysWithValues: framework.themes.enumerated().map { ($1.id, $0) })
        let outcomes: [[ExportValue]] = data.outcomes.filter { inScope($0.laCode, $0.year) }
            .sorted { ($0.year, $0.laCode, order[$0.theme] ?? 999) < ($1.year, $1.laCode, order[$1.theme] ?? 999) }
            .map { o in
                [
                    .int(o.year), .code(o.laCode), .code(o.theme),
                    data.selfRating(o.laCode, o.year, o.theme).map { .int($0.rawValue) } ?? .null,
                    o.agreedRating.map { .int($0.rawValue) } ?? .null, .text(o.note), date(o.agreedOn),
                ]
            }
        let challenges: [[ExportValue]] = data.challenges.filter { inScope($0.laCode, $0.cycleYear) }
            .sorted { $0.challengeID < $1.challengeID }
            .flatMap { c in
                c.themes.map { t in
                    [
                        .text(c.challengeID), .code(c.laCode), .text(c.round), .code(t), .code(c.leadLACode), date(c.startsOn),
                        date(c.endsOn), date(c.cxEndorsedOn), date(c.reportOn),
                    ]
                }
            }
        let actions: [[ExportValue]] = data.actions.filter { inScope($0.laCode, data.year(of: $0, framework: framework)) }
            .sorted { $0.actionID < $1.actionID }
            .map { a in
                [
                    .text(a.actionID), .code(a.laCode), .text(a.source.description), a.theme.map { .code($0) } ?? .null, .text(a.action),
                    .text(a.owner), date(a.dueOn), .code(a.status.rawValue), date(a.updatedOn),
                ]
            }
        return [
            ExportTable(
                name: "outcomes", columns: ["year", "la_code", "theme", "self_rating", "agreed_rating", "note", "agreed_on"],
                rows: outcomes),
            ExportTable(
                name: "peer_challenges",
                columns: [
                    "challenge_id", "la_code", "round", "theme", "lead_la_code", "starts_on", "ends_on", "cx_endorsed_on", "report_on",
                ],
                rows: challenges),
            ExportTable(
                name: "actions", columns: ["action_id", "la_code", "source", "theme", "action", "owner", "due_on", "status", "updated_on"],
                rows: actions),
        ]
    }
}

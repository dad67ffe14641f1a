import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// One improvement template written to disk.
public struct ImprovementTemplateFile: Sendable, Codable, Equatable {
    /// Which file it is the template of.
    public var kind: ImprovementKind
    /// The region.
    public var region: String
    /// The submission year (the cycle).
    public var year: Int
    /// Where it was written.
    public var path: String
    /// Rows written in advance (what is on record).
    public var rows: Int
}

/// Writes the workbook of an improvement file (SPEC 9) for each region and a year, with
/// what is on record written in: for outcomes one row per LA and theme of the year's
/// current submissions (self-rating beside, agreed rating, note and date as imported so
/// far); for challenges the region's programme for the cycle; for actions the region's
/// whole tracker. Importing an untouched template changes nothing.
public enum ImprovementTemplateBatch {
    /// Empty rows after what is on record, for new challenges and actions.
    static let blankRows: [ImprovementKind: Int] = [.outcomes: 0, .challenges: 40, .actions: 100]

    /// Writes one workbook per region into `directory`, creating it.
    public static func write(
        store: Store, kind: ImprovementKind, year: Int, regions: [String], to directory: String
    ) throws -> [ImprovementTemplateFile] {
        guard let bound = try store.currentFramework() else { throw TemplateError.notInitialised }
        let register = try store.loadRegister()
        try AtomicFile.prepareFolder(directory)
        return try regions.map { region in
            let las = register.laCodes(in: region, year: year).compactMap { register.row($0, in: year) }
                .sorted { ($0.name, $0.laCode) < ($1.name, $1.laCode) }
            let codes = Set(las.map(\.laCode))
            let rows = try rowsOnRecord(store, kind: kind, year: year, codes: codes, framework: bound.framework, register: register)
            let t = ImprovementTemplate(
                kind: kind, region: region, year: year, framework: bound.framework, las: las, rows: rows,
                blankRows: blankRows[kind] ?? 0)
            let path = (directory as NSString).appendingPathComponent(t.fileName)
            try AtomicFile.write(Data(t.workbook()), to: path)
            return ImprovementTemplateFile(kind: kind, region: region, year: year, path: path, rows: rows.count)
        }
    }

    /// What is on record for the region's LAs, as template rows.
    static func rowsOnRecord(
        _ store: Store, kind: ImprovementKind, year: Int, codes: Set<String>, framework: Framework, register: LARegister
    ) throws -> [[String: String]] {
        switch kind {
        case .outcomes:
            let agreed = Dictionary(
                try store.currentOutcomes().map { ("\($0.laCode)|\($0.year)|\($0.theme)", $0) }, uniquingKeysWith: { a, _ in a })
            let subs = try ScoringInput.selfAssessed(store).filter { $0.year == year && codes.contains($0.laCode) }
                .sorted {
                    (register.row($0.laCode, in: year)?.name ?? "", $0.laCode) < (register.row($1.laCode, in: year)?.name ?? "", $1.laCode)
                }
            return subs.flatMap { s in
                framework.themes.compactMap { t -> [String: String]? in
                    guard let e = s.theme(t.id) else { return nil }
                    let o = agreed["\(s.laCode)|\(year)|\(t.id)"]
                    return [
                        "la_code": s.laCode, "la_name": register.row(s.laCode, in: year)?.name ?? "", "year": String(year),
                        "theme": t.id, "title": t.title, "self_rating": e.rating.title, "agreed_rating": o?.agreedRating?.title ?? "",
                        "note": o?.note ?? "", "agreed_on": o?.agreedOn ?? "",
                    ]
                }
            }
        case .challenges:
            return try store.currentChallenges().filter { codes.contains($0.laCode) && $0.cycleYear == year }.flatMap { c in
                c.themes.map { t in
                    [
                        "challenge_id": c.challengeID, "la_code": c.laCode, "round": c.round, "theme": t, "lead_la_code": c.leadLACode,
                        "starts_on": c.startsOn, "ends_on": c.endsOn, "cx_endorsed_on": c.cxEndorsedOn ?? "", "report_on": c.reportOn ?? "",
                    ]
                }
            }
        case .actions:
            return try store.currentActions().filter { codes.contains($0.laCode) }.map { a in
                [
                    "action_id": a.actionID, "la_code": a.laCode, "source": a.source.description, "theme": a.theme ?? "",
                    "action": a.action,
                    "owner": a.owner, "due_on": a.dueOn ?? "", "status": a.status.rawValue, "updated_on": a.updatedOn ?? "", "note": a.note,
                ]
            }
        }
    }
}

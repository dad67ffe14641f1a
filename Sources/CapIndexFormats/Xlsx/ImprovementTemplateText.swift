import CapIndexDomain

/// The words and rules of an improvement template: how to fill it in, column widths and
/// the data validations (drop-downs and date checks) of each kind.
enum ImprovementTemplateText {
    /// The how-to note under the title.
    static func howTo(_ kind: ImprovementKind, year: Int) -> String {
        switch kind {
        case .outcomes:
            """
            How to fill this in: one row per LA and theme of the \(year) submissions. Where the challenge event agreed a \
            different rating, choose it in agreed_rating; where it confirmed the self-rating, leave agreed_rating blank and \
            write a note. agreed_on is the date of the event. Rows left with agreed_rating, note and agreed_on all blank are \
            not read. Save as Excel Workbook (.xlsx) and import it with capindex outcomes import.
            """
        case .challenges:
            """
            How to fill this in: one row per theme of a peer challenge (a challenge with two themes has two rows with the \
            same challenge_id). la_code is the receiving LA, lead_la_code the LA of the lead challenger; choose codes and \
            themes from the drop-down lists (the Codes sheet names them). starts_on and ends_on are the challenge's first and \
            last days, cx_endorsed_on the date the receiving LA's chief executive endorsed it (on or before starts_on), \
            report_on the date the report was shared. Import it with capindex challenges import.
            """
        case .actions:
            """
            How to fill this in: the whole action tracker, one row per action. source is a challenge_id, event:\(year) \
            (agreed at the challenge event) or summit:\(year) (a regional priority's task-and-finish group: la_code is then \
            the lead LA and owner the lead DCS). Choose the status from the list and set updated_on whenever you update a \
            row. Re-import the whole tracker after each update with capindex actions import: earlier states are kept as \
            each action's progress history.
            """
        }
    }

    /// Column width in characters.
    static func width(_ column: String) -> Double {
        switch column {
        case "note", "action": 48
        case "la_name", "title": 30
        case "theme", "owner", "source": 22
        case "self_rating", "agreed_rating", "status": 20
        case "challenge_id", "action_id": 16
        default: column.hasSuffix("_on") ? 13 : 10
        }
    }

    /// The drop-downs and checks of the input columns over `rows`.
    static func validations(
        _ kind: ImprovementKind, columns: [String], locked: Set<String>, rows: ClosedRange<Int>, laCount: Int, themeCount: Int, year: Int
    ) -> [WorksheetBuilder.Validation] {
        typealias V = WorksheetBuilder.Validation
        var out: [V] = []
        let codes = "'\(ImprovementTemplate.codesSheet)'!"
        for (i, c) in columns.enumerated() where !locked.contains(c) {
            let letter = CellReference.letters(i + 1)
            let range = "\(letter)\(rows.lowerBound):\(letter)\(rows.upperBound)"
            switch c {
            case "la_code", "lead_la_code":
                out.append(
                    V(
                        type: "list", formula1: "\(codes)$A$2:$A$\(max(2, laCount + 1))", range: range, promptTitle: c,
                        prompt: c == "la_code" ? "The LA's 3-digit code (the Codes sheet names them)." : "The lead challenger's LA.",
                        error: "Choose an LA code from the list."))
            case "theme":
                out.append(
                    V(
                        type: "list", formula1: "\(codes)$D$2:$D$\(max(2, themeCount + 1))", range: range, promptTitle: "theme",
                        prompt: "A theme id of the framework (the Codes sheet gives the titles).", error: "Choose a theme from the list."))
            case "agreed_rating":
                out.append(
                    V(
                        type: "list", formula1: "\"Outstanding,Good,Requires improvement,Inadequate\"", range: range,
                        promptTitle: "agreed_rating", prompt: "The rating the event agreed; blank if it confirmed the self-rating.",
                        error: "Choose Outstanding, Good, Requires improvement or Inadequate."))
            case "status":
                out.append(
                    V(
                        type: "list", formula1: "\"\(ActionStatus.allCases.map(\.rawValue).joined(separator: ","))\"", range: range,
                        promptTitle: "status", prompt: "not started, on track, at risk, off track or complete.",
                        error: "Choose a status from the list."))
            case "round":
                out.append(
                    V(
                        type: "textLength", op: "lessThanOrEqual", formula1: "40", range: range, promptTitle: "round",
                        prompt: "The round of the programme, e.g. 1 or 2.", error: "At most 40 characters."))
            default:
                if c.hasSuffix("_on") {
                    out.append(
                        V(
                            type: "date", op: "between", formula1: "36526", formula2: "73415", range: range, promptTitle: c,
                            prompt: "A date, e.g. 21/01/\(year + 1) or \(year + 1)-01-21.", error: "Type a date, e.g. 21/01/\(year + 1)."))
                }
            }
        }
        return out
    }
}

import Foundation

/// Where an action came from (SPEC 9).
public enum ActionSource: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// A peer challenge's action plan, by `challenge_id`.
    case challenge(String)
    /// Agreed at the challenge event of submission year Y (`event:Y`).
    case event(Int)
    /// A regional priority's task-and-finish group from the summit of submission year Y (`summit:Y`).
    case summit(Int)

    /// Reads `event:YEAR`, `summit:YEAR` (any case, blanks around the colon) or a challenge id;
    /// nil when `event:` or `summit:` is followed by something that is not a year 2000–2100.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, ["event", "summit"].contains(parts[0].lowercased()) {
            guard let y = Int(parts[1]), (2000...2100).contains(y) else { return nil }
            self = parts[0].lowercased() == "event" ? .event(y) : .summit(y)
        } else {
            self = .challenge(t)
        }
    }

    /// As written in the file and the export: `event:2026`, `summit:2026` or the challenge id.
    public var description: String {
        switch self {
        case .challenge(let id): id
        case .event(let y): "event:\(y)"
        case .summit(let y): "summit:\(y)"
        }
    }
}

/// An action's progress (SPEC 9).
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    case notStarted = "not started"
    case onTrack = "on track"
    case atRisk = "at risk"
    case offTrack = "off track"
    case complete

    /// Reads the five statuses in any case, with any blanks or `-`/`_` between the words.
    public init?(parsing text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
        self.init(rawValue: words.joined(separator: " "))
    }
}

/// One row of the region's action tracker, as imported at one time (SPEC 9): the latest
/// import of an `action_id` is current; earlier states are its progress history.
public struct ActionItem: Sendable, Equatable, Codable {
    /// The tracker's id for the action.
    public var actionID: String
    /// The LA that owns it (for `summit:Y`, the lead LA).
    public var laCode: String
    /// Where it came from.
    public var source: ActionSource
    /// Theme id, when it belongs to one.
    public var theme: String?
    /// What will be done.
    public var action: String
    /// Who is responsible (for `summit:Y`, the lead DCS).
    public var owner: String
    /// When it is due, `YYYY-MM-DD`.
    public var dueOn: String?
    /// Progress.
    public var status: ActionStatus
    /// When the tracker row was last updated; nil = never.
    public var updatedOn: String?
    /// Progress note.
    public var note: String
    /// Where the row was read from.
    public var location: String
    /// When this state was imported (ISO 8601).
    public var importedAt: String

    /// An action.
    public init(
        actionID: String, laCode: String, source: ActionSource, theme: String? = nil, action: String, owner: String = "",
        dueOn: String? = nil, status: ActionStatus, updatedOn: String? = nil, note: String = "", location: String = "",
        importedAt: String = ""
    ) {
        self.actionID = actionID
        self.laCode = laCode
        self.source = source
        self.theme = theme
        self.action = action
        self.owner = owner
        self.dueOn = dueOn
        self.status = status
        self.updatedOn = updatedOn
        self.note = note
        self.location = location
        self.importedAt = importedAt
    }

    /// The content that decides whether a later import changes anything.
    public var content: String {
        [actionID, laCode, source.description, theme ?? "", action, owner, dueOn ?? "", status.rawValue, updatedOn ?? "", note]
            .joined(separator: "|")
    }
}

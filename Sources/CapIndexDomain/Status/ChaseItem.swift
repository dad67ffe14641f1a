/// Why the coordinator has to chase an LA (SPEC 6 "status": the chase list).
public enum ChaseReason: String, Sendable, Codable, Equatable, CaseIterable {
    /// The latest attempt was rejected and nothing counts.
    case rejected
    /// Nothing received for the year.
    case notSubmitted = "not submitted"
    /// The coordinator withdrew the last version and no other counts.
    case withdrawn
    /// The latest attempt was rejected; an earlier version still counts.
    case laterAttemptRejected = "later attempt rejected"
    /// The current version has no chief executive sign-off.
    case notSignedOff = "not signed off"
    /// The current version came after the deadline day.
    case late

    /// What the coordinator asks the LA for, in plain words.
    public var action: String {
        switch self {
        case .rejected: "send the file again with the errors put right"
        case .notSubmitted: "send the self-assessment"
        case .withdrawn: "send the self-assessment under the right LA code and year"
        case .laterAttemptRejected: "put right the errors in the latest file, or confirm that the earlier version stands"
        case .notSignedOff: "have the chief executive sign it off (cx_signoff) and send it again"
        case .late: "note that it came after the deadline"
        }
    }
}

/// One LA on the chase list, with every reason it is there.
public struct ChaseItem: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name.
    public var laName: String
    /// Why, most urgent first.
    public var reasons: [ChaseReason]

    /// A chase-list entry.
    public init(laCode: String, laName: String, reasons: [ChaseReason]) {
        self.laCode = laCode
        self.laName = laName
        self.reasons = reasons
    }

    /// The chase list of a board's rows: every LA not submitted, rejected, withdrawn, not
    /// signed off or late, the most urgent reason first (in ``ChaseReason`` order), then by name.
    public static func list(_ rows: [StatusRow]) -> [ChaseItem] {
        let items = rows.compactMap { r -> ChaseItem? in
            var why: [ChaseReason] = []
            if r.submitted {
                if r.errors > 0 { why.append(.laterAttemptRejected) }
                if r.cxSignoff == nil { why.append(.notSignedOff) }
                if r.late { why.append(.late) }
            } else if r.errors > 0 {
                why.append(.rejected)
            } else {
                why.append(r.withdrawn ? .withdrawn : .notSubmitted)
            }
            return why.isEmpty ? nil : ChaseItem(laCode: r.laCode, laName: r.laName, reasons: why)
        }
        func rank(_ i: ChaseItem) -> Int { ChaseReason.allCases.firstIndex(of: i.reasons[0]) ?? 0 }
        return items.sorted { (rank($0), $0.laName, $0.laCode) < (rank($1), $1.laName, $1.laCode) }
    }
}

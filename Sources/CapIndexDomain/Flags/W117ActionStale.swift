/// W117: an action gone stale — not complete, and last updated more than 90 days before
/// the report date (or never).
public enum W117ActionStale: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w117
    /// The question the flag puts.
    public static let question = "Nobody has updated this action for three months: is it still going on?"
    /// Days without an update after which an action is stale.
    public static let days = 90

    /// The finding for an action at `reportDate`, or nil.
    public static func check(_ a: ActionItem, reportDate: CalendarDay) -> String? {
        guard a.status != .complete else { return nil }
        guard let updated = a.updatedOn, let u = CalendarDay(updated) else {
            return "Action \(a.actionID) (\(a.source)) is \(a.status.rawValue) and has never been updated"
        }
        guard u.days(to: reportDate) > days else { return nil }
        // No count of days, which would change the message every day (see W115).
        return "Action \(a.actionID) (\(a.source)) is \(a.status.rawValue) and was last updated on \(updated), more than \(days) days ago"
    }
}

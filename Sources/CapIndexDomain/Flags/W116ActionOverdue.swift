/// W116: an action overdue — due before the report date and not complete.
public enum W116ActionOverdue: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w116
    /// The question the flag puts.
    public static let question = "This action is past its due date: what is holding it up, and when will it be done?"

    /// The finding for an action at `reportDate`, or nil.
    public static func check(_ a: ActionItem, reportDate: CalendarDay) -> String? {
        guard a.status != .complete, let due = a.dueOn, let d = CalendarDay(due), d < reportDate else { return nil }
        return "Action \(a.actionID) (\(a.source)) was due on \(due) and is \(a.status.rawValue)"
    }
}

extension ImprovementValidator {
    /// Checks an action tracker: one row per action. `source` is a challenge id,
    /// `event:YEAR` or `summit:YEAR`; `status` one of the five (E221). The same
    /// `action_id` twice in one file: the first counts (W002).
    public func actions(_ file: RawTableFile) -> ImprovementRows<ActionItem> {
        var out = ImprovementRows<ActionItem>()
        var first: [String: SourceLocation] = [:]
        for row in file.rows {
            var c = RowCheck(row: row)
            let id = c.required("action_id")
            let la = la(&c, "la_code")
            c.laCode = la
            var source: ActionSource?
            if let text = c.required("source") {
                source = ActionSource(parsing: text)
                if source == nil {
                    c.add(.e212, "source '\(text)' does not name a year from 2000 to 2100 after event: or summit:", column: "source")
                }
            }
            let theme = theme(&c, required: false)
            c.theme = theme
            let action = c.required("action")
            var status: ActionStatus?
            if let text = c.required("status") {
                status = ActionStatus(parsing: text)
                if status == nil { c.add(.e221, "status '\(text)' is not an action status", column: "status") }
            }
            let due = date(&c, "due_on")
            let updated = date(&c, "updated_on")
            guard !c.failed, let id, let la, let source, let action, let status else {
                out.rejected += 1
                out.diagnostics += c.diagnostics
                continue
            }
            if let earlier = first[id] {
                c.add(.w002, "action \(id) appears again (first at \(earlier)); the first counts", column: "action_id")
                out.diagnostics += c.diagnostics
                continue
            }
            first[id] = row.location
            out.values.append(
                ActionItem(
                    actionID: id, laCode: la, source: source, theme: theme, action: action, owner: row.text("owner") ?? "",
                    dueOn: due, status: status, updatedOn: updated, note: row.text("note") ?? "", location: row.location.description))
            out.diagnostics += c.diagnostics
        }
        return out
    }
}

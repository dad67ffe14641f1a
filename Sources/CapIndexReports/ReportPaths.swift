/// Where pages go.
public enum ReportPaths {
    /// File stem of an LA's feedback page.
    static func feedbackStem(_ la: String) -> String { "feedback-\(la)" }

    /// `<region-slug>/<year>`.
    public static func folder(region: String, year: Int) -> String { "\(ReportDisplay.slug(region))/\(year)" }

    /// `england/<year>`: the folder of the England page, beside the regions' folders.
    public static func englandFolder(year: Int) -> String { "england/\(year)" }

    /// Navigation label of a report.
    static func navTitle(_ k: ReportKind) -> String {
        switch k {
        case .status: "Status board"
        case .challenge: "Challenge event"
        case .summit: "Summit"
        case .trends: "Trends"
        case .improvement: "Improvement"
        case .feedback: "Feedback"
        case .england: "England"
        }
    }
}

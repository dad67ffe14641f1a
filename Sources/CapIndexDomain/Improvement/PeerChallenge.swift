/// One peer challenge (SPEC 9): a receiving LA, one or more themes, a lead challenger LA,
/// its dates, the chief executive's endorsement and when the report was shared.
public struct PeerChallenge: Sendable, Equatable, Codable {
    /// The region's id for the challenge.
    public var challengeID: String
    /// The receiving LA (3-digit code).
    public var laCode: String
    /// The programme round, as the region writes it (`1`, `2`, `2027 spring`).
    public var round: String
    /// Theme ids, in file order.
    public var themes: [String]
    /// The lead challenger's LA.
    public var leadLACode: String
    /// First day, `YYYY-MM-DD`.
    public var startsOn: String
    /// Last day.
    public var endsOn: String
    /// When the receiving LA's chief executive endorsed it; nil = not endorsed.
    public var cxEndorsedOn: String?
    /// When the report was shared; nil = not yet.
    public var reportOn: String?
    /// Where its first row was read from.
    public var location: String

    /// A challenge.
    public init(
        challengeID: String, laCode: String, round: String, themes: [String], leadLACode: String, startsOn: String, endsOn: String,
        cxEndorsedOn: String? = nil, reportOn: String? = nil, location: String = ""
    ) {
        self.challengeID = challengeID
        self.laCode = laCode
        self.round = round
        self.themes = themes
        self.leadLACode = leadLACode
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.cxEndorsedOn = cxEndorsedOn
        self.reportOn = reportOn
        self.location = location
    }

    /// The submission year whose cycle the challenge belongs to: `starts_on` falls
    /// between 1 November y and 31 October y + 1.
    public var cycleYear: Int { CalendarDay(startsOn)?.cycleYear ?? 0 }

    /// The content that decides whether a later import changes anything.
    public var content: String {
        [challengeID, laCode, round, themes.joined(separator: ","), leadLACode, startsOn, endsOn, cxEndorsedOn ?? "", reportOn ?? ""]
            .joined(separator: "|")
    }
}

/// One of the three conditions that make a theme a candidate regional priority (SPEC 3).
/// The summit page names the ones each priority meets.
public enum PriorityCondition: String, Sendable, Codable, CaseIterable {
    /// `balance_t < 0`: the region needs more support in the theme than it can offer.
    case negativeBalance = "negative-balance"
    /// `dev_share_t ≥ 1/3`: a third or more of the LAs name it an area for development.
    case development
    /// `evidence_share_t ≥ 1/3`: a third or more have a linked indicator in band D.
    case evidence
}

extension ThemeBalance {
    /// The conditions this theme meets, in the spec's order (empty: not a candidate).
    public var conditions: [PriorityCondition] { BalanceRules.conditions(self) }
}

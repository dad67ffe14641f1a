/// One Ofsted ILACS inspection of an LA: overall effectiveness and the four sub-judgements.
/// An inspection is one LA and inspection date, however many files hold it.
public struct OfstedInspection: Sendable, Codable, Equatable {
    /// 3-digit LA code.
    public var laCode: String
    /// The ONS code the file gave.
    public var onsCode: String
    /// The LA's name as Ofsted wrote it.
    public var laName: String
    /// `YYYY-MM-DD`.
    public var inspectionDate: String
    /// `YYYY-MM-DD`.
    public var publicationDate: String
    /// e.g. `ILACS Standard Inspection` (the history file only).
    public var inspectionType: String?
    /// Overall effectiveness.
    public var overall: Rating?
    /// The impact of leaders on social work practice with children and families.
    public var leaders: Rating?
    /// The experiences and progress of children who need help and protection.
    public var helpProtection: Rating?
    /// The experiences and progress of children in care.
    public var childrenInCare: Rating?
    /// The experiences and progress of care leavers (judged separately only since 2023).
    public var careLeavers: Rating?

    /// The grade for `area`; nil when the inspection did not judge it.
    public func grade(_ area: OfstedArea) -> Rating? {
        switch area {
        case .overall: overall
        case .leaders: leaders
        case .helpProtection: helpProtection
        case .childrenInCare: childrenInCare
        case .careLeavers: careLeavers
        }
    }

    /// Creates a value with every field given.
    public init(
        laCode: String, onsCode: String, laName: String, inspectionDate: String, publicationDate: String, inspectionType: String? = nil,
        overall: Rating? = nil, leaders: Rating? = nil, helpProtection: Rating? = nil, childrenInCare: Rating? = nil,
        careLeavers: Rating? = nil
    ) {
        self.laCode = laCode
        self.onsCode = onsCode
        self.laName = laName
        self.inspectionDate = inspectionDate
        self.publicationDate = publicationDate
        self.inspectionType = inspectionType
        self.overall = overall
        self.leaders = leaders
        self.helpProtection = helpProtection
        self.childrenInCare = childrenInCare
        self.careLeavers = careLeavers
    }
}

extension Array where Element == OfstedInspection {
    /// The latest inspection published before `before` (`YYYY-MM-DD`, exclusive) that judged
    /// `area` (a blank sub-judgement means not judged: look further back). Nil area = any inspection.
    public func latest(judging area: OfstedArea?, publishedBefore before: String) -> OfstedInspection? {
        filter { i in i.publicationDate < before && (area.map { i.grade($0) != nil } ?? true) }
            .max { ($0.publicationDate, $0.inspectionDate) < ($1.publicationDate, $1.inspectionDate) }
    }
}

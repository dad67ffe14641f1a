import CapIndexDomain
import CapIndexFormats

/// One linked indicator in a challenge pack: the evidence store's figures and the
/// themes that link to it (an indicator can serve two themes; it is shown once).
struct PackIndicator: Sendable, Equatable {
    var evidence: IndicatorEvidence
    var themes: [String]
}

/// The evidence section of one challenge pack.
struct PackEvidence: Sendable, Equatable {
    /// Any indicator value imported at all (for any LA): otherwise the pack says so.
    var indicatorsImported: Bool
    /// Any Ofsted inspection imported at all.
    var ofstedImported: Bool
    /// Linked indicators in framework order, each once.
    var indicators: [PackIndicator]
    /// The latest inspection published before 1 November of the year, if any.
    var inspection: OfstedInspection?
}

/// Reads the challenge packs' evidence from the evidence index of the snapshot
/// (`EvidenceIndex.evidence(laCode:indicators:year:)`,
/// `EvidenceIndex.latestInspection(laCode:publishedBefore:)`), built once per write.
struct ReportEvidence {
    let index: EvidenceIndex
    let framework: Framework
    let indicatorsImported: Bool
    let ofstedImported: Bool

    init(index: EvidenceIndex, ofstedImported: Bool, framework: Framework) {
        self.index = index
        self.framework = framework
        indicatorsImported = !index.allValues().isEmpty
        self.ofstedImported = ofstedImported
    }

    /// The evidence of one LA's pack for submission year `year`.
    func pack(laCode: String, year: Int) -> PackEvidence {
        var order: [String] = []
        var themes: [String: [String]] = [:]
        for t in framework.themes {
            for i in t.indicators {
                if themes[i] == nil { order.append(i) }
                themes[i, default: []].append(t.id)
            }
        }
        let lines = index.evidence(laCode: laCode, indicators: order, year: year).map {
            PackIndicator(evidence: $0, themes: themes[$0.indicator] ?? [])
        }
        return PackEvidence(
            indicatorsImported: indicatorsImported, ofstedImported: ofstedImported, indicators: lines,
            inspection: index.latestInspection(laCode: laCode, publishedBefore: "\(year)-11-01"))
    }
}

import ArgumentParser

/// `capindex evidence`: published indicators and Ofsted judgements beside the self-assessments.
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Import published evidence: indicator files (EES, LAIT, tidy) and Ofsted ILACS outcomes.",
        subcommands: [EvidenceImport.self, EvidenceOfsted.self]
    )
}

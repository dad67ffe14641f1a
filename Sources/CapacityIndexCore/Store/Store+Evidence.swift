extension Store {
    /// What scoring reads of the imported evidence (W105, W106, W111).
    public func evidenceSource() throws -> EvidenceSource { NoEvidence() }

    /// A fingerprint of the imported evidence, for the scoring inputs.
    func evidenceFingerprint() throws -> String { "none" }
}

extension Exporter {
    /// `indicators.csv` (SPEC 6): filled in by the evidence stage.
    func indicatorTables(run: ScoreRun, regions: Set<String>?, register: LARegister) throws -> [ExportTable] { [] }
}

extension Exporter {
    /// `matches.csv` (SPEC 6): filled in by the matching stage.
    func matchTables(run: ScoreRun, years: YearScope, regions: Set<String>?, register: LARegister) throws -> [ExportTable] { [] }
}

extension Exporter {
    /// Tables that later stages add (indicators.csv, matches.csv).
    func extraTables(run: ScoreRun, years: YearScope, regions: Set<String>?, register: LARegister) throws -> [ExportTable] { [] }
}

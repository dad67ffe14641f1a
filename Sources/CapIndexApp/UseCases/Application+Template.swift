import CapIndexDomain
import CapIndexStore

extension Application {
    /// `template`: one Excel workbook per LA for the year. LAs by code or name; without
    /// any, the LAs of a region, or of the regions with submissions in the year or the
    /// year before.
    public func templates(database: String?, year: Int, region: String?, las: [String], outDir: String) throws -> [TemplateFile] {
        try reading(databasePath(database)) { store in
            try templates(store, year: year, region: region, las: las, outDir: outDir)
        }
    }

    private func templates(_ store: Store, year: Int, region: String?, las: [String], outDir: String) throws -> [TemplateFile] {
        let scope = try RegionScope(store: store)
        let register = try store.loadRegister()
        let codes: [String]
        if !las.isEmpty {
            codes = try las.map { try scope.resolveLA($0, option: "--la") }
        } else if let r = region {
            codes = register.laCodes(in: try scope.resolve(r), year: year)
        } else {
            let active = Set(
                try store.currentSubmissions(year: year).map(\.laCode) + store.currentSubmissions(year: year - 1).map(\.laCode))
            let regions = register.regions.filter { reg in
                register.laCodes(in: reg, year: year - 1).contains(where: active.contains)
                    || register.laCodes(in: reg, year: year).contains(where: active.contains)
            }
            if regions.isEmpty {
                throw AppError(
                    .noData, "no_submissions", "no submissions for \(year) or \(year - 1) to go by: nothing to do",
                    hint: "give --region or --la")
            }
            codes = regions.flatMap { register.laCodes(in: $0, year: year) }
        }
        return try TemplateBatch.write(store: store, year: year, laCodes: codes, to: outDir)
    }
}

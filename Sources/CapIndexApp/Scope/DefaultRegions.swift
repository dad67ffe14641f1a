import CapIndexDomain
import CapIndexStore

/// The one rule for which regions a one-year command covers when none is named.
public enum DefaultRegions {
    /// The regions with submissions in `year`, or every region when none has one.
    public static func of(_ store: Store, year: Int) throws -> [String] {
        let with = try store.regionsWithCurrentSubmissions(year: year)
        return with.isEmpty ? try store.loadRegister().regions : with
    }
}

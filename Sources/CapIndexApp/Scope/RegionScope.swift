import CapIndexDomain
import CapIndexStore

/// The one rule for which regions a command covers, and what it says when there is
/// nothing to do (SPEC 7): a region is named as the register spells it (any case), with
/// the nearest names suggested on a typo; without one, a one-year command covers the
/// regions with submissions that year; a year or named region without submissions is
/// "nothing to do" (exit 1), and only `--all-regions` covers a region without any.
public struct RegionScope {
    let store: Store
    let register: LARegister

    /// The scope over a store's register.
    public init(store: Store) throws {
        self.store = store
        register = try store.loadRegister()
    }

    /// The register's spelling of a region typed on the command line.
    public func resolve(_ text: String) throws -> String {
        if let found = register.resolveRegion(text) { return found }
        let near = register.suggestRegions(text)
        throw AppError(
            .usage, "unknown_region", "--region '\(text)' is not a region of the register",
            hint: near.isEmpty
                ? "the regions are: \(register.regions.joined(separator: ", "))"
                : NameSuggestion.didYouMean(near) + " (the regions are: \(register.regions.joined(separator: ", ")))")
    }

    /// The regions named or all of them, for commands over every year; nil = every region.
    public func regions(_ choice: RegionChoice) throws -> Set<String>? {
        if case .named(let r) = choice { return [try resolve(r)] }
        return nil
    }

    /// The regions a one-year command covers, sorted. Throws "nothing to do" when the
    /// year has no submissions in the region named, or in any region.
    public func regions(_ choice: RegionChoice, year: Int) throws -> [String] {
        let with = try store.regionsWithCurrentSubmissions(year: year)
        switch choice {
        case .named(let text):
            let region = try resolve(text)
            guard with.contains(region) else { throw noSubmissions(year: year, in: region) }
            return [region]
        case .all:
            guard !with.isEmpty else { throw noSubmissions(year: year, in: nil) }
            return register.regions
        case .withSubmissions:
            guard !with.isEmpty else { throw noSubmissions(year: year, in: nil) }
            return with
        }
    }

    /// The 3-digit code of an LA typed as a code or a name.
    public func resolveLA(_ text: String, option: String = "LA") throws -> String {
        if let code = register.resolveLA(text) { return code }
        let near = register.suggestLAs(text)
        throw AppError(
            .usage, "unknown_la", "\(option) '\(text)' is not an LA of the register",
            hint: (near.isEmpty ? "" : NameSuggestion.didYouMean(near) + " ")
                + "(give the 3-digit DfE code, an ONS code or the name as the register spells it)")
    }

    /// "Nothing to do": no submissions for `year` in `region` (or in any region).
    public func noSubmissions(year: Int, in region: String?) -> AppError {
        let years = (try? store.submissionYears()) ?? []
        let hint =
            "ingest the submissions for \(year) first (capindex ingest FILES)"
            + (years.isEmpty ? "" : ", or ask for a year that has some: \(years.map(String.init).joined(separator: ", "))")
        return AppError(
            .noData, "no_submissions", "no submissions for \(year) \(region.map { "in \($0)" } ?? "in any region"): nothing to do",
            hint: hint)
    }
}

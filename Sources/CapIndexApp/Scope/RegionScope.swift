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

    /// What makes a region one a one-year command has something to do for.
    public enum Basis: Sendable {
        /// A current submission: what scoring, matching and exports compute from.
        case submissions
        /// Anything sent for the year — a version stored (current, superseded or withdrawn)
        /// or an attempt rejected: the status board, the feedback pages and the reports
        /// written with them have something to say then, however early in the window.
        case attempts
    }

    /// The regions a one-year command covers, sorted. Throws "nothing to do" when the
    /// year has nothing (of `basis`) in the region named, or in any region.
    public func regions(_ choice: RegionChoice, year: Int, basis: Basis = .submissions) throws -> [String] {
        let with =
            switch basis {
            case .submissions: try store.regionsWithCurrentSubmissions(year: year)
            case .attempts: try store.regionsWithAttempts(year: year)
            }
        switch choice {
        case .named(let text):
            let region = try resolve(text)
            guard with.contains(region) else { throw noSubmissions(year: year, in: region, basis: basis) }
            return [region]
        case .all:
            guard !with.isEmpty else { throw noSubmissions(year: year, in: nil, basis: basis) }
            return register.regions
        case .withSubmissions:
            guard !with.isEmpty else { throw noSubmissions(year: year, in: nil, basis: basis) }
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

    /// "Nothing to do": no submissions for `year` in `region` (or in any region). The hint
    /// names the regions that have some that year when a region was named, else the years
    /// that have some.
    public func noSubmissions(year: Int, in region: String?, basis: Basis = .submissions) -> AppError {
        let elsewhere =
            region == nil
            ? []
            : ((try? basis == .attempts ? store.regionsWithAttempts(year: year) : store.regionsWithCurrentSubmissions(year: year))
                ?? [])
        let years = (try? store.submissionYears()) ?? []
        var hint = "ingest the submissions for \(year) first (capindex ingest FILES)"
        if !elsewhere.isEmpty {
            hint += ", or ask for a region that has some for \(year): \(elsewhere.joined(separator: "; "))"
        } else if !years.isEmpty {
            hint += ", or ask for a year that has some: \(years.map(String.init).joined(separator: ", "))"
        }
        return AppError(
            .noData, "no_submissions", "no submissions for \(year) \(region.map { "in \($0)" } ?? "in any region"): nothing to do",
            hint: hint)
    }
}

import ArgumentParser
import CapIndexApp

/// `--year Y | --all-years` and `--region R | --all-regions`.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: "The submission year (the November of the cycle), e.g. 2026.")
    var year: Int?

    @Flag(name: .long, help: "Every year that has submissions.")
    var allYears = false

    @Option(name: .long, help: "The region, as the register names it, any case (e.g. \"Yorkshire and The Humber\").")
    var region: String?

    @Flag(name: .long, help: "Every region, including those without submissions.")
    var allRegions = false

    func validate() throws {
        if year != nil && allYears { throw ValidationError("Give --year or --all-years, not both.") }
        if region != nil && allRegions { throw ValidationError("Give --region or --all-regions, not both.") }
        if let y = year, !(2000...2100).contains(y) { throw ValidationError("--year \(y) is not a year from 2000 to 2100.") }
    }

    /// The regions asked for.
    var regions: RegionChoice {
        if let region { return .named(region) }
        return allRegions ? .all : .withSubmissions
    }
}

import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex template --year Y [--region R | --la CODE] --out DIR`: one Excel template per LA.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write each LA an Excel template for the year (drop-down lists, last year's values, protected sheet).",
        discussion: """
            One .xlsx per LA, named like 370-barnsley-2026.xlsx, to send out before November. \
            What comes back is read by `capindex ingest` like CSV and JSON. Without --region or --la: \
            the LAs of the regions that have submissions for the year or the year before.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The submission year the templates are for, e.g. 2026.")
    var year: Int

    @Option(name: .long, help: "Only the LAs of this region, as the register names it.")
    var region: String?

    @Option(name: .long, help: "Only this LA (3-digit or ONS code); repeat for more.")
    var la: [String] = []

    @Option(name: .long, help: "Folder to write the templates into (created if missing).")
    var out: String

    func validate() throws {
        if !(2000...2100).contains(year) { throw ValidationError("--year \(year) is not a year from 2000 to 2100.") }
        if region != nil && !la.isEmpty { throw ValidationError("Give --region or --la, not both.") }
    }

    func run() throws {
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let register = try store.loadRegister()
            let codes: [String]
            if !la.isEmpty {
                for c in la where register.resolve(c) == nil {
                    throw ValidationError("--la '\(c)' is not an LA code of the register: use the 3-digit DfE code or an ONS code.")
                }
                codes = la
            } else if let r = region {
                guard let found = register.resolveRegion(r) else {
                    throw ValidationError("--region '\(r)' is not a region of the register: \(register.regions.joined(separator: ", ")).")
                }
                codes = register.laCodes(in: found, year: year)
            } else {
                let active = Set(
                    try store.currentSubmissions(year: year).map(\.laCode) + store.currentSubmissions(year: year - 1).map(\.laCode))
                let regions = register.regions.filter { reg in
                    register.laCodes(in: reg, year: year - 1).contains(where: active.contains)
                        || register.laCodes(in: reg, year: year).contains(where: active.contains)
                }
                if regions.isEmpty { throw ValidationError("No submissions for \(year) or \(year - 1) to go by: give --region or --la.") }
                codes = regions.flatMap { register.laCodes(in: $0, year: year) }
            }
            let files = try TemplateBatch.write(store: store, year: year, laCodes: codes, to: out)
            if global.json { Console.json(files); return }
            if global.quiet { return }
            for f in files {
                Console.out("\(f.path): \(f.laName) (\(f.laCode))" + (f.hasLastYear ? "" : ", no \(year - 1) submission to show"))
            }
            Console.out("\(files.count) template\(files.count == 1 ? "" : "s") for \(year) written to \(out)")
        }
    }
}

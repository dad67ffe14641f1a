import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex template --year Y [--region R | --la LA] --out DIR`: one Excel template per LA;
/// `--kind outcomes|challenges|actions`: the workbook of an improvement file per region.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write each LA an Excel template for the year (drop-down lists, last year's values, protected sheet).",
        discussion: """
            One .xlsx per LA, named like 370-barnsley-2026.xlsx, to send out before November. \
            What comes back is read by `capindex ingest` like CSV and JSON. Without --region or --la: \
            the LAs of the regions that have submissions for the year or the year before. \
            --kind outcomes, challenges or actions writes one workbook per region instead (SPEC 9): the agreed \
            ratings of the challenge event, the peer challenge programme, the action tracker, with what is on record \
            written in, for `capindex outcomes import`, `challenges import` and `actions import`.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The submission year the templates are for, e.g. 2026.")
    var year: Int

    @Option(name: .long, help: "Only the LAs of this region, as the register names it.")
    var region: String?

    @Option(name: .long, help: "Only this LA (3-digit code, ONS code or name); repeat for more.")
    var la: [String] = []

    @Option(name: .long, help: "Folder to write the templates into (created if missing).")
    var out: String

    @Option(name: .long, help: "submission (default: one per LA), or outcomes, challenges, actions (one per region).")
    var kind: String = "submission"

    func validate() throws {
        if !(2000...2100).contains(year) { throw ValidationError("--year \(year) is not a year from 2000 to 2100.") }
        if region != nil && !la.isEmpty { throw ValidationError("Give --region or --la, not both.") }
        if kind != "submission" && ImprovementKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be submission, outcomes, challenges or actions, not '\(kind)'.")
        }
        if kind != "submission" && !la.isEmpty {
            throw ValidationError("--kind \(kind) writes one workbook per region: give --region, not --la.")
        }
    }

    func run() throws {
        if let k = ImprovementKind(rawValue: kind) {
            try CommandRunner.run(Self.self, global) { app, printer in
                let files = try app.improvementTemplates(k, database: global.db, year: year, region: region, outDir: out)
                printer.document(files)
                for f in files { printer.line("\(f.path): \(f.region), \(f.rows) rows on record") }
                printer.line("\(files.count) \(k.rawValue) template\(files.count == 1 ? "" : "s") for \(year) written to \(out)")
                return 0
            }
            return
        }
        try CommandRunner.run(Self.self, global) { app, printer in
            let files = try app.templates(database: global.db, year: year, region: region, las: la, outDir: out)
            printer.document(files)
            for f in files {
                printer.line("\(f.path): \(f.laName) (\(f.laCode))" + (f.hasLastYear ? "" : ", no \(year - 1) submission to show"))
            }
            printer.line("\(files.count) template\(files.count == 1 ? "" : "s") for \(year) written to \(out)")
            return 0
        }
    }
}

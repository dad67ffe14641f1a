import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// What `capindex run` (and `demo`) is asked for, as the command line gives it.
public struct RunCommand: Sendable {
    /// Submission files or folders.
    public var submissions: [String]
    /// Evidence files or folders.
    public var evidence: [String]
    /// The submission year the reports are for.
    public var year: Int
    /// The regions asked for.
    public var regions: RegionChoice
    /// Output folder.
    public var outDir: String
    /// Report formats.
    public var formats: [ReportFormat]
    /// Report settings file, if any.
    public var settingsPath: String?
    /// `--date`, if given (default: the date of the clock).
    public var reportDate: String?
    /// `--outcomes`, `--challenges`, `--actions` files or folders (SPEC 9). A kind not
    /// given is read from the folder of its name beside a `--submissions` folder, when
    /// there is one (`inbox/` → `outcomes/`, `challenges/`, `actions/` next to it).
    public var improvement: [ImprovementKind: [String]] = [:]

    /// A run request.
    public init(
        submissions: [String], evidence: [String], year: Int, regions: RegionChoice, outDir: String, formats: [ReportFormat],
        settingsPath: String?, reportDate: String?, improvement: [ImprovementKind: [String]] = [:]
    ) {
        self.submissions = submissions
        self.evidence = evidence
        self.year = year
        self.regions = regions
        self.outDir = outDir
        self.formats = formats
        self.settingsPath = settingsPath
        self.reportDate = reportDate
        self.improvement = improvement
    }
}

extension Application {
    /// `run`: the whole cycle for cron, one run at a time per database. A database capindex
    /// must refuse is refused before the lock is taken beside it; a run over an empty inbox
    /// for a year without submissions says so and writes nothing, not even the database.
    public func run(database: String?, _ command: RunCommand, events: RunEvents = .silent) throws -> RunOutcome {
        let db = databasePath(database)
        let existing = try Store.inspectFile(path: db)
        var regions = command.regions
        if case .named(let text) = regions { regions = .named(try resolveRegionBeforeOpening(text, database: db, existing: existing)) }
        if try Ingester.inputFiles(command.submissions).isEmpty {
            try requireSubmissions(year: command.year, regions: regions, database: db, existing: existing)
        }
        let request = RunRequest(
            submissions: command.submissions, evidence: command.evidence, year: command.year, regions: regions,
            outDir: command.outDir, formats: command.formats, settingsPath: command.settingsPath,
            reportDate: command.reportDate ?? String(environment.now.prefix(10)), now: environment.now,
            improvement: Self.improvementInputs(command))
        return try writing(db, command: "capindex run", .creating) { store in
            try RunPipeline.run(store: store, request: request, events: events)
        }
    }

    /// The improvement files of a run: each kind as given, else the folder of its name
    /// beside each `--submissions` folder that has one.
    static func improvementInputs(_ command: RunCommand) -> [ImprovementKind: [String]] {
        var out: [ImprovementKind: [String]] = [:]
        for kind in ImprovementKind.allCases {
            if let given = command.improvement[kind], !given.isEmpty {
                out[kind] = given
                continue
            }
            let siblings = command.submissions.compactMap { s -> String? in
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: s, isDirectory: &isDir), isDir.boolValue else { return nil }
                let parent = ((s as NSString).standardizingPath as NSString).deletingLastPathComponent
                let folder = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(kind.rawValue)
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else { return nil }
                return folder
            }
            if !siblings.isEmpty { out[kind] = Array(Set(siblings)).sorted() }
        }
        return out
    }

    /// A region named on the command line, checked against the database's register (or
    /// the shipped one when there is no database yet) before anything is written.
    func resolveRegionBeforeOpening(_ text: String, database: String, existing: DatabaseFile.State) throws -> String {
        if case .capindex = existing {
            do { return try reading(database) { try RegionScope(store: $0).resolve(text) } } catch let e as AppError { throw e } catch {}
        }
        let register = try LARegister.parse(try environment.data.bytes(ShippedData.register).bytes, file: ShippedData.register)
        if let found = register.resolveRegion(text) { return found }
        let near = register.suggestRegions(text)
        throw AppError(
            .usage, "unknown_region", "--region '\(text)' is not a region of the register",
            hint: near.isEmpty ? "the regions are: \(register.regions.joined(separator: ", "))" : NameSuggestion.didYouMean(near))
    }

    /// With no submission file to read, the database must already hold submissions for the year.
    func requireSubmissions(year: Int, regions: RegionChoice, database: String, existing: DatabaseFile.State) throws {
        let none = AppError(
            .noData, "no_submissions", "no submission files to read and no submissions for \(year) in \(database): nothing to do",
            hint: "put the submissions in the folder given to --submissions, or ingest them first (capindex ingest FILES)")
        guard case .capindex = existing else { throw none }
        do { _ = try reading(database) { try RegionScope(store: $0).regions(regions, year: year, basis: .attempts) } } catch let e
            as AppError
        {
            throw e
        } catch { throw none }
    }
}

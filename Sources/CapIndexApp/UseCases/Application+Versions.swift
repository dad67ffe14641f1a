import CapIndexDomain
import CapIndexReports
import CapIndexStore
import Foundation

/// What `withdraw` did, for printing and `--json`.
public struct WithdrawalReport: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name.
    public var laName: String
    /// The submission year.
    public var year: Int
    /// The version withdrawn, as it stands now.
    public var withdrawn: VersionRecord
    /// The earlier version that counts again, if any.
    public var restored: VersionRecord?
}

extension Application {
    /// `versions LA --year Y`: every stored version with file, SHA-256, time, state and
    /// (with a settings file that sets the year's deadline) late or not, and every rejected attempt.
    public func versions(database: String?, la: String, year: Int, settingsPath: String?) throws -> VersionHistory {
        try reading(databasePath(database)) { try versions($0, la: la, year: year, settingsPath: settingsPath) }
    }

    private func versions(_ store: Store, la: String, year: Int, settingsPath: String?) throws -> VersionHistory {
        let code = try RegionScope(store: store).resolveLA(la)
        let window = try settingsPath.map { try ReportSettings.load(path: $0).window } ?? .none
        let versions = try store.versions(laCode: code, year: year)
        let attempts = try store.rejectedAttempts(laCode: code, year: year)
        let name = try laName(store, code, year)
        guard !versions.isEmpty || !attempts.isEmpty else { throw nothingFor(name, code, year) }
        return VersionHistory(
            laCode: code, laName: name, year: year, deadline: window.deadline(year: year),
            versions: versions.map { VersionRecord($0, window: window) }, rejectedAttempts: attempts)
    }

    /// `diff LA --year Y [--from N] [--to M]`: what changed between two stored versions,
    /// theme by theme; by default the previous version and the current one (``SubmissionDiff/defaultPair(in:)``).
    public func diff(database: String?, la: String, year: Int, from: Int?, to: Int?) throws -> SubmissionDiff {
        try reading(databasePath(database)) { try diff($0, la: la, year: year, from: from, to: to) }
    }

    private func diff(_ store: Store, la: String, year: Int, from: Int?, to: Int?) throws -> SubmissionDiff {
        let code = try RegionScope(store: store).resolveLA(la)
        let versions = try store.versions(laCode: code, year: year)
        let name = try laName(store, code, year)
        guard !versions.isEmpty else { throw nothingFor(name, code, year) }
        func pick(_ n: Int, _ option: String) throws -> StoredSubmission {
            guard let v = versions.first(where: { $0.version == n }) else {
                throw AppError(
                    .usage, "no_such_version", "\(option) \(n): \(name) (\(code)) has no version \(n) for \(year)",
                    hint: "its versions are 1 to \(versions.count) (capindex versions \(code) --year \(year) lists them)")
            }
            return v
        }
        let pair: (from: StoredSubmission, to: StoredSubmission)
        switch (from, to) {
        case let (f?, t?): pair = (try pick(f, "--from"), try pick(t, "--to"))
        case let (f?, nil):
            let t = versions.first(where: \.isCurrent) ?? versions.last!
            pair = (try pick(f, "--from"), t)
        case let (nil, t?):
            let target = try pick(t, "--to")
            guard
                let before = versions.last(where: { $0.version < target.version && !$0.isWithdrawn })
                    ?? versions.last(where: { $0.version < target.version })
            else { throw onlyOne(name, code, year, version: target.version) }
            pair = (before, target)
        case (nil, nil):
            guard let p = SubmissionDiff.defaultPair(in: versions) else { throw onlyOne(name, code, year, version: versions[0].version) }
            pair = p
        }
        guard let bound = try store.currentFramework() else {
            throw AppError(.failure, "not_initialised", "the database has no framework yet", hint: "run capindex init first")
        }
        // Every flag scoring raises (history and evidence too), against the LA's earlier
        // years as scoring reads them, so W111 cleared by a lower rating shows (audit 19).
        let engine = ScoringEngine(framework: bound.framework, register: try store.loadRegister(), evidence: try store.evidenceSource())
        let earlier = Dictionary(
            try ScoringInput.forScoring(store).filter { $0.laCode == code && $0.year < year }.map { ($0.year, $0) },
            uniquingKeysWith: { a, _ in a })
        var d = SubmissionDiff(from: pair.from, to: pair.to, framework: bound.framework) { v in
            engine.flags(v) { _, y in earlier[y] }
        }
        d.laName = name
        return d
    }

    /// `withdraw LA --year Y --why TEXT`: the current version stops counting and is kept,
    /// marked withdrawn; the latest earlier version not withdrawn counts again, if any.
    public func withdraw(database: String?, la: String, year: Int, why: String) throws -> WithdrawalReport {
        let reason = why.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw AppError(.usage, "no_reason", "--why is empty", hint: "say why it is withdrawn, e.g. --why \"filed under the wrong LA\"")
        }
        return try writing(databasePath(database), command: "capindex withdraw", .existing) { store in
            try withdraw(store, la: la, year: year, why: reason)
        }
    }

    private func withdraw(_ store: Store, la: String, year: Int, why reason: String) throws -> WithdrawalReport {
        let code = try RegionScope(store: store).resolveLA(la)
        let name = try laName(store, code, year)
        guard let outcome = try store.withdraw(laCode: code, year: year, why: reason, at: environment.now) else {
            throw AppError(
                .noData, "nothing_to_withdraw", "\(name) (\(code)) has no current submission for \(year): nothing to withdraw",
                hint: "capindex versions \(code) --year \(year) lists what was received")
        }
        let versions = try store.versions(laCode: code, year: year)
        func record(_ n: Int?) -> VersionRecord? {
            n.flatMap { n in versions.first { $0.version == n } }.map { VersionRecord($0, window: .none) }
        }
        return WithdrawalReport(
            laCode: code, laName: name, year: year, withdrawn: record(outcome.withdrawn)!, restored: record(outcome.restored))
    }

    /// `status`: the November status board of each region covered, judged against the
    /// deadline of the settings file when one is given.
    public func status(database: String?, year: Int, regions choice: RegionChoice, settingsPath: String?) throws -> [StatusBoard] {
        let window = try settingsPath.map { try ReportSettings.load(path: $0).window } ?? .none
        return try status(database: database, year: year, regions: choice).map { $0.applying(window) }
    }

    private func laName(_ store: Store, _ code: String, _ year: Int) throws -> String {
        let register = try store.loadRegister()
        return register.row(code, in: year)?.name ?? register.rows(of: code).last?.name ?? code
    }

    private func nothingFor(_ name: String, _ code: String, _ year: Int) -> AppError {
        AppError(
            .noData, "no_submission", "\(name) (\(code)) has sent nothing for \(year)",
            hint: "check the year; capindex status --year \(year) shows who has submitted")
    }

    private func onlyOne(_ name: String, _ code: String, _ year: Int, version: Int) -> AppError {
        AppError(
            .noData, "one_version", "\(name) (\(code)) has only version \(version) for \(year): nothing to compare it with",
            hint: "give --from and --to to compare two versions")
    }
}

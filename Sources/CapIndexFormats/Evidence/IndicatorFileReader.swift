import CapIndexDomain

/// Reads one published indicator file in a single streaming pass: finds its layout from
/// the header (EES, LAIT or tidy; never from the file name) and scans every row.
public enum IndicatorFileReader {
    /// What the file holds.
    public struct Scan: Sendable {
        /// The layout recognised.
        public var layout: EvidenceLayoutKind
        /// The values, figures and ignored rows.
        public var scan: EvidenceScanResult
    }

    /// Why a file cannot be used (W004).
    public struct NotUsable: Error, Sendable {
        /// What is wrong, specific detail first.
        public var message: String
        /// What to do.
        public var hint: String
        /// The line at fault, if any.
        public var line: Int?
    }

    /// Reads `path` in `encoding` (from ``EvidenceFileProbe``) against the catalogue and the register's LAs.
    public static func scan(
        path: String, encoding: SourceEncoding, catalogue: [IndicatorDefinition], matcher: LAMatcher
    ) -> Result<Scan, NotUsable> {
        func reject(_ message: String, hint: String, line: Int? = nil) -> Result<Scan, NotUsable> {
            .failure(NotUsable(message: message, hint: hint, line: line))
        }
        do {
            let reader = try CSVStreamReader(path: path, encoding: encoding)
            var header: [String]? = nil
            while try reader.next() {
                if reader.isBlank { continue }
                header = reader.record.fields
                break
            }
            guard let header else { return reject("the file is empty", hint: "export the file again") }
            let layout: EvidenceLayout
            switch EvidenceLayout.detect(header: header, catalogue: catalogue) {
            case .failure(let problem):
                return reject(problem.message, hint: problem.hint, line: reader.line)
            case .success(let l):
                layout = l
            }
            var scanner = EvidenceScanner(layout: layout, catalogue: catalogue, matcher: matcher)
            return .success(Scan(layout: layout.kind, scan: try scanner.scan(reader)))
        } catch let e as CSVError {
            return reject(e.description, hint: "re-save the file from Excel as CSV UTF-8", line: e.line)
        } catch {
            return reject("cannot read the file (\(error))", hint: "check the file")
        }
    }
}

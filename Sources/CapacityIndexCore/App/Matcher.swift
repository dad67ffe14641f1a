import CapIndexDomain
import CapIndexFormats
import CapIndexStore

extension Store {
    /// The support matching over the current submissions.
    public func supportMatching() throws -> SupportMatching {
        guard let bound = try currentFramework() else { throw IngestError.notInitialised }
        return SupportMatching(framework: bound.framework, register: try loadRegister(), submissions: try currentSubmissions())
    }
}

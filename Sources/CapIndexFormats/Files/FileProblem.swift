import CapIndexDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Why an input file was not read (issue 17): each is one located error for that file
/// (E222, or E223 for the size limit), and the files beside it are still read. None of
/// them is found by reading the file: a FIFO, a device or a socket is known by its type
/// before anything opens it, so nothing can block or stream forever.
public enum FileProblem: Error, Equatable, Sendable {
    /// A named pipe: opening it for reading would wait for a writer.
    case fifo
    /// A character or block device (a link to `/dev/zero`, say); `target` is the link's target, if it is a link.
    case device(target: String?)
    /// A socket.
    case socket
    /// A folder where a file was expected.
    case folder
    /// The account capindex runs as may not read it.
    case noPermission
    /// A symbolic link whose target does not exist.
    case brokenLink(target: String)
    /// A symbolic link that leads back to itself.
    case linkLoop
    /// A folder link that leads back to a folder the walk is already in.
    case folderLoop(to: String)
    /// The name's bytes are not UTF-8 (a name saved by an old system in Latin-1, say).
    case nameNotUTF8
    /// Larger than capindex reads for files of its kind.
    case tooLarge(size: Int, limit: Int, kind: FileLimit)
    /// Gone between the folder walk and the read.
    case vanished
    /// The system refused to read it (`errno`), e.g. a disk error.
    case readFailed(errno: Int32)

    /// E223 for the size limit, E222 for every other reason.
    public var code: DiagnosticCode {
        if case .tooLarge = self { return .e223 }
        return .e222
    }

    /// What is wrong, the specific detail first.
    public var message: String {
        switch self {
        case .fifo: "a FIFO (named pipe), not a file: it was not opened"
        case .device(let target): "\(target.map { "a link to \($0), " } ?? "")a device, not a file: it was not read"
        case .socket: "a socket, not a file: it was not read"
        case .folder: "a folder, not a file"
        case .noPermission: "cannot be read: permission denied to the account capindex runs as"
        case .brokenLink(let target): "a link to \(target), which does not exist"
        case .linkLoop: "a link that leads back to itself"
        case .folderLoop(let to): "a folder link back to \(to), which is being read already: it was not followed"
        case .nameNotUTF8: "the file name is not valid UTF-8 (the bytes that are not are shown as \\xNN): it was not read"
        case .tooLarge(let size, let limit, let kind):
            "\(ByteCount.words(size)): larger than the \(ByteCount.short(limit)) capindex reads for \(kind.noun); it was not read"
        case .vanished: "was removed or renamed while capindex was reading the folder"
        case .readFailed(let e): "cannot be read: \(String(cString: strerror(e)))"
        }
    }

    /// How to fix it.
    public var hint: String {
        switch self {
        case .fifo, .device, .socket, .folder, .brokenLink, .linkLoop:
            "put the file itself in the folder, or move this out of it"
        case .noPermission: "give the account capindex runs as read permission (chmod a+r), or move the file out of the folder"
        case .folderLoop: "remove the link, or point it at a folder outside the one being read"
        case .nameNotUTF8: "rename the file (letters, digits, '-' and '_' are safest) and run again"
        case .tooLarge(_, _, let kind): kind.hint
        case .vanished: "run again once the file is in place"
        case .readFailed: "check the disk (dmesg, or the file manager) and copy the file again"
        }
    }

    /// The located error for `file`.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(code, message, hint: hint, at: SourceLocation(file: file))
    }
}

/// The per-file size limits (README, "Input limits").
public enum FileLimit: Sendable, Equatable {
    /// A submission file (CSV, JSON or workbook): 50 MiB.
    case submission
    /// A published indicator or Ofsted file: 2 GiB, read in one streaming pass.
    case evidence
    /// An Ofsted outcomes file, read whole: 50 MiB (the published ones are under 100 KB).
    case ofsted
    /// The report logo: 512 KB, since every page carries a copy.
    case logo

    /// Most bytes a file of this kind may have.
    public var bytes: Int {
        switch self {
        case .submission, .ofsted: 50 << 20
        case .evidence: 2 << 30
        case .logo: 512 * 1024
        }
    }

    /// `a submission file`.
    var noun: String {
        switch self {
        case .submission: "a submission file"
        case .evidence: "an evidence file"
        case .ofsted: "an Ofsted outcomes file"
        case .logo: "a logo (every page carries a copy)"
        }
    }

    /// Why the limit is where it is, and what to do.
    var hint: String {
        switch self {
        case .submission:
            "check that it is the file meant: one LA's submission is a few kilobytes and the whole national set of ten years under 6 MB"
        case .evidence:
            "the largest published indicator files are a few hundred megabytes; check that it is the file meant, or filter it to the catalogue's indicators"
        case .ofsted: "check that it is Ofsted's published outcomes file (tens of kilobytes)"
        case .logo: "save a smaller PNG or an SVG"
        }
    }
}

/// Byte counts as people read them.
enum ByteCount {
    /// `1,073,741,824 bytes (1 GiB)`.
    static func words(_ n: Int) -> String {
        let picture = n >= 1 << 30 ? " (\(short(n)))" : n >= 1 << 20 ? " (\(short(n)))" : ""
        return ZipLimits.grouped(n) + " bytes" + picture
    }

    /// `50 MiB`, `2 GiB`, `512 KB`.
    static func short(_ n: Int) -> String {
        if n >= 1 << 30 { return "\(Int((Double(n) / Double(1 << 30)).rounded())) GiB" }
        if n >= 1 << 20 { return "\(Int((Double(n) / Double(1 << 20)).rounded())) MiB" }
        return "\(Int((Double(n) / 1024).rounded())) KB"
    }
}

import Foundation

/// The shipped defaults, built into the program from the `Data/` folder (by the
/// EmbedShippedData build-tool plugin): the LA register, the framework, the statistical
/// neighbours, and the demo submissions, indicator files and Ofsted outcomes. They make
/// the program work after a plain copy to another machine or folder.
public enum ShippedFiles {
    /// Every file, as a path relative to `Data/` (`register.csv`, `demo/2024/…`), sorted.
    public static var names: [String] { EmbeddedData.names }

    /// The bytes of one file, or nil when there is no such file.
    public static func bytes(_ name: String) -> [UInt8]? {
        guard let text = EmbeddedData.base64(name), let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters)
        else { return nil }
        return [UInt8](data)
    }

    /// The files under a folder of `Data/` (`demo`, `evidence`), as paths relative to `Data/`.
    public static func names(under folder: String) -> [String] {
        names.filter { $0.hasPrefix(folder + "/") }
    }
}

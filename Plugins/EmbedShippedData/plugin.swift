import Foundation
import PackagePlugin

/// Builds the shipped `Data/` folder into the program: every file under it becomes part
/// of the `CapIndexResources` target as base64 text in generated Swift, so an installed
/// `capindex` needs no `Data/` beside it. `Data/` stays the one source; the generated file
/// lives in the build folder and is made again whenever a file under `Data/` changes.
@main
struct EmbedShippedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = context.package.directoryURL.appending(path: "Data")
        var inputs: [URL] = []
        if let walk = FileManager.default.enumerator(at: data, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walk {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
                if isFile && !url.lastPathComponent.hasPrefix(".") { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Building \(inputs.count) files of Data/ into \(target.name)",
                executable: try context.tool(named: "capindex-embed").url,
                arguments: [data.path, output.path] + inputs.map(\.path),
                inputFiles: inputs, outputFiles: [output])
        ]
    }
}

import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// A subcommand or option that does not exist (`capindex ingset`, `capindex evidence
/// imprt`, `report --yaer`), looked for when the parser refuses the arguments, so the message
/// names the nearest ones and the usage line of the (sub)command it was given to,
/// instead of "unexpected argument" or a complaint about a later argument.
enum CommandTypo {
    /// The error and the usage line of the command whose subcommand or option was misspelt.
    static func find(in arguments: [String]) -> (error: AppError, usage: String)? {
        var command: ParsableCommand.Type = CapIndex.self
        var path = ["capindex"]
        for word in arguments {
            if word.hasPrefix("-") { return unknownOption(in: arguments, of: command, path: path) }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                command = next
                path.append(word)
                continue
            }
            if word == "help" { return nil }
            let names = subcommands.map { $0._commandName }
            let near = NameSuggestion.nearest(to: word, among: names)
            let hint = near.isEmpty ? "the commands are: \(names.joined(separator: ", "))" : NameSuggestion.didYouMean(near)
            return (
                AppError(.usage, "unknown_command", "'\(word)' is not a \(path.joined(separator: " ")) command", hint: hint),
                CapIndex.usageString(for: command)
            )
        }
        return unknownOption(in: arguments, of: command, path: path)
    }

    /// The first `--option` that `command` does not have, with the nearest it has.
    static func unknownOption(in arguments: [String], of command: ParsableCommand.Type, path: [String]) -> (error: AppError, usage: String)?
    {
        guard command.configuration.subcommands.isEmpty || command == CapIndex.self else { return nil }
        let usage = CapIndex.usageString(for: command)
        // The usage line collapses a long list to `[<options>]`; the help lists every one.
        let help = CapIndex.helpMessage(for: command, includeHidden: true, columns: 10_000)
        let known = Set(options(in: help) + ["--help", "-h"] + (command == CapIndex.self ? ["--version"] : []))
        for word in arguments where word.hasPrefix("--") && word != "--" {
            let name = String(word.prefix { $0 != "=" })
            guard !known.contains(name) else { continue }
            let near = NameSuggestion.nearest(to: name, among: Array(known))
            let hint = near.isEmpty ? "see '\(path.joined(separator: " ")) --help' for the options" : NameSuggestion.didYouMean(near)
            return (AppError(.usage, "unknown_option", "unknown option '\(name)'", hint: hint), usage)
        }
        return nil
    }

    /// The `--options` a help text names.
    static func options(in help: String) -> [String] {
        help.split(whereSeparator: { " []<>.,|()'\"`\n".contains($0) }).map(String.init).filter { $0.hasPrefix("--") && $0.count > 2 }
    }
}

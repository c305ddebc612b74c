import ArgumentParser

/// Load generators for the stress, crash and benchmark checks. Not shipped to offices.
///
/// Each subcommand lives in its own file; a failure prints one line on stderr and exits non-zero.
@main
struct DevTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid-devtool",
        abstract: "Developer tools for ppid-tui's stress, crash and benchmark checks.",
        subcommands: [AppendCommand.self, GenerateCommand.self]
    )
}

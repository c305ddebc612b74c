import ArgumentParser

@main
struct DevTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid-devtool",
        abstract: "Developer tools for ppid-tui's stress, crash and benchmark checks."
    )
}

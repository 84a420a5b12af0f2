using System.CommandLine;

namespace DeadlineBot.Cli;

/// <summary>The <c>deadlinebot</c> command line: one subcommand per file in this folder.</summary>
internal static class DeadlineBotCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("DeadlineBot: read Vietnamese plan deadlines and remind agencies before they slip.");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        return root;
    }
}

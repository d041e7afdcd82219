using Deskmine.Cli;
using Deskmine.Cli.Runtime;

// The capture agent runs for days on a small heap and keeps its memory small (scripts/agent-runtime.env); every other
// command reads or builds large columns, where huge pages save most of the page faults.
if (args is not ["agent", ..])
    HugePages.AdviseManagedHeap();
return CliApp.Run(args, TimeProvider.System);

using Deskmine.Cli;

return CliApp.Run(args, TimeProvider.System);

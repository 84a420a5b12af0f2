using DeadlineBot.Cli;

return await DeadlineBotCommand.Create().Parse(args).InvokeAsync();

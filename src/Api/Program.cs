using MentorGraph.Api.Cli;

return await MentorGraphCli.RunAsync(args);

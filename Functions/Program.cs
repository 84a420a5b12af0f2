using DeadlineBot.Functions;
using DeadlineBot.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

if (HostingMode.StartedByFunctionsHost(args))
{
    var worker = FunctionsApplication.CreateBuilder(args);
    worker.ConfigureFunctionsWebApplication();
    worker.UseMiddleware<DeadlineBot.Functions.Web.WebErrorMiddleware>();
    worker.AddDeadlineBot();
    worker.Build().Run();
}
else
{
    StartupTrace.Mark("runtime start (before Main)");
    // The app has no appsettings file to reload: without this the host watches its content root, recursively, for one
    // (every directory under the working directory gets an inotify watch before the first line of the app runs).
    var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
    StartupTrace.Mark("host builder");
    builder.AddDeadlineBot();
    builder.AddSelfHost();
    StartupTrace.Mark("registrations");
    var app = builder.Build();
    StartupTrace.Mark("build (DI container)");
    app.UseStartupTrace();
    app.MapSelfHost();
    StartupTrace.Mark("routes (function catalog)");
    app.Run();
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

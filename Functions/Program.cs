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
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDeadlineBot();
    builder.AddSelfHost();
    var app = builder.Build();
    app.MapSelfHost();
    app.Run();
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

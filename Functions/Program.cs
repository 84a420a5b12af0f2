using DeadlineBot.Functions;

var builder = WebApplication.CreateBuilder(args);
builder.AddDeadlineBotCore();
builder.AddStorage();
builder.AddEmail();
builder.AddReminderPipeline();
builder.AddApi();

var app = builder.Build();
app.MapFunctionsHost();
app.MapApi();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

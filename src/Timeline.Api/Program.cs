using Timeline.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApi();

var app = builder.Build();
app.MapTimelineApi();
app.Run();

/// <summary>The API host's entry point (public so that tests can start it with WebApplicationFactory).</summary>
public partial class Program;

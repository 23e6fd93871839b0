using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Timeline.IntegrationTests.Client;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Notebooks;

/// <summary>`dotnet pack` builds the client package (and the Release build the notebook loads); the .NET notebook runs
/// end to end against the real service and draws a real chart.</summary>
public sealed class DotnetNotebookTests(LiveService service, DotnetNotebookTests.ClientPackage package)
    : IClassFixture<LiveService>, IClassFixture<DotnetNotebookTests.ClientPackage>
{
    [Fact]
    public void Dotnet_pack_produces_the_client_package()
    {
        using var zip = ZipFile.OpenRead(package.Path);
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Timeline.Client.dll");
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Timeline.Client.xml");
        // The primitives the client shares with the service travel inside the package, not as a package of their own.
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Timeline.Primitives.dll");
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Timeline.Primitives.xml");
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var doc = XDocument.Load(nuspec);
        var ns = doc.Root!.Name.Namespace;
        Assert.Equal("Timeline.Client", doc.Descendants(ns + "id").Single().Value);
        Assert.Contains(doc.Descendants(ns + "dependency"), d => (string?)d.Attribute("id") == "Microsoft.Data.Analysis" && (string?)d.Attribute("version") == "0.23.1");
        Assert.DoesNotContain(doc.Descendants(ns + "dependency"), d => (string?)d.Attribute("id") == "Timeline.Primitives");
    }

    [Fact]
    public async Task The_dotnet_notebook_executes_and_draws_the_timeline()
    {
        var run = await Jupyter.ExecuteAsync(Jupyter.NotebookPath("timeline-dotnet.ipynb"), service.GraphQLEndpoint, service.ApiKey);

        Assert.NotEmpty(run.WithMime("image/png"));
        Assert.True(run.WithMime("text/html").Count() >= 5, "expected the search, timeline, statement and path tables");
        Assert.Contains($"Timeline API: {service.GraphQLEndpoint}", run.Text);
        // The Browser text the service wrote from the timeline question it ran, with the ids written in.
        Assert.Contains("MATCH (involved0:Entity {id: \"gov:united-states\"})", run.Text);
        Assert.Contains("—[SANCTIONS]→ Government of Venezuela", run.Text);
        Assert.Contains("fails with NOT_FOUND", run.Text);
        // issue 13: who appears with Maduro (the US government: the abduction, the detention and its "law enforcement operation" claim about him), and the histogram.
        Assert.Contains("most often with Maduro: Government of the United States (3 shared items)", run.Text);
        Assert.Contains("62 days,", run.Text);
        Assert.Contains("Not ingested yet: review the draft", run.Text); // issue 15: drafted, shown, ingested only after review
        // issue 14: the called-off attack is drawn apart from what happened.
        Assert.Contains("not (yet) happened: “pre-anticipated second wave of attacks” against Venezuela (called off) [called-off]", run.Text);
    }

    /// <summary>Runs <c>dotnet pack src/Timeline.Client -c Release</c> once into a temporary folder; the .NET notebook
    /// loads the Release build this leaves in src/Timeline.Client/bin/Release.</summary>
    public sealed class ClientPackage : IAsyncLifetime
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("timeline-client-pack-");

        public string Path { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var project = System.IO.Path.Combine(Neo4jLocalScript.RepositoryRoot(), "src", "Timeline.Client", "Timeline.Client.csproj");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "pack", project, "-c", "Release", "-o", _folder.FullName, "--nologo", "-v", "quiet" })
                start.ArgumentList.Add(arg);
            // A Release test build has just built the client in Release too (scripts/test): package it as it is.
            if (typeof(ClientPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration == "Release")
                start.ArgumentList.Add("--no-build");
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                         || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(key);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"dotnet pack failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
            Path = Directory.GetFiles(_folder.FullName, "Timeline.Client.*.nupkg").Single();
        }

        public Task DisposeAsync()
        {
            _folder.Delete(recursive: true);
            return Task.CompletedTask;
        }
    }
}

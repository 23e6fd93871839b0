using System.Text.Json;

namespace Timeline.IntegrationTests.Notebooks;

/// <summary>The committed notebooks are clean: no outputs, no execution counts, the expected kernels.</summary>
public sealed class NotebookFileTests
{
    [Theory]
    [InlineData("timeline-python.ipynb", "python3")]
    [InlineData("timeline-dotnet.ipynb", ".net-csharp")]
    public void Committed_notebooks_have_no_outputs(string name, string kernel)
    {
        var notebook = JsonDocument.Parse(File.ReadAllText(Jupyter.NotebookPath(name))).RootElement;
        Assert.Equal(kernel, notebook.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var code = notebook.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();
        Assert.NotEmpty(code);
        Assert.All(code, cell =>
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        });
    }
}

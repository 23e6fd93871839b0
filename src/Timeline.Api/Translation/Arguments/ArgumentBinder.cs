using System.Globalization;
using Timeline.Api.Hosting;
using Timeline.Api.Translation.Selection;
using Timeline.Primitives;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Arguments;

/// <summary>Reads one field's GraphQL arguments (variables and defaults already applied by the selection collector) into
/// typed values and the questions' argument records: the one place GraphQL arguments are read. Names are checked against
/// the ontology by <see cref="OntologyArguments"/>, shared with the exports and the command line; the page size cap is the
/// API's own limit. A bad value throws <see cref="QuestionArgumentException"/> (BAD_USER_INPUT).</summary>
internal sealed class ArgumentBinder(FieldSelection field, OntologyArguments ontology, GraphQLLimitsOptions limits)
{
    /// <summary><c>timeline(involving, from, to, types, statuses, includeParts = false, knownAt, sources, first = 50, after)</c>.</summary>
    public TimelineArguments Timeline() => new(Ids("involving") ?? [], Window(), ontology.EventTypes(Strings("types"), allowStatement: true), Page(50),
        Bool("includeParts"), Date("knownAt"), Ids("sources"),
        ontology.EventStatuses(Strings("statuses")) is { } statuses ? new EventStatusChoice(statuses, ontology.DefaultEventStatus) : null);

    /// <summary><c>statements(speaker, about, from, to, includeParts = false, knownAt, sources, first = 50, after)</c>.</summary>
    public StatementsArguments Statements() => new(Id("speaker"), Id("about"), Window(), Page(50), Bool("includeParts"), Date("knownAt"), Ids("sources"));

    /// <summary><c>search(text, kinds, first = 10)</c>.</summary>
    public SearchArguments Search() => new(Text("text") ?? "", KindLabels("kinds"), First(10));

    /// <summary><c>entities(kind, first = 20, after)</c>.</summary>
    public EntitiesArguments Entities() => new(KindLabels("kind")?.Single(), Page(20));

    /// <summary><c>path(from, to, maxHops = 6)</c>.</summary>
    public PathArguments Path() => new(Id("from") ?? "", Id("to") ?? "", Int("maxHops", 6));

    /// <summary><c>paths(from, to, maxHops = 6, first = 5)</c>.</summary>
    public PathsArguments Paths() => new(Path(), First(5));

    /// <summary><c>timelineHistogram(involving, from, to, types, by = MONTH)</c>: the items as <c>timeline</c>'s arguments say.</summary>
    public HistogramArguments Histogram() => new(
        new TimelineArguments(Ids("involving") ?? [], Window(), ontology.EventTypes(Strings("types"), allowStatement: true)),
        DatePrecisions.Parse(Text("by") ?? "MONTH"));

    /// <summary>An ID argument as text (GraphQL coerces an integer literal to an ID; GraphQL.NET passes the number on).</summary>
    public string? Id(string name) => field.Arguments.GetValueOrDefault(name) is { } value
        ? value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)
        : null;

    /// <summary>A list of IDs as texts, without repeats.</summary>
    public IReadOnlyList<string>? Ids(string name) => Strings(name)?.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A String argument.</summary>
    public string? Text(string name) => field.Arguments.GetValueOrDefault(name) as string;

    /// <summary>A list argument (of strings, IDs or enum values) as texts; one value given for a list counts as a list of one.</summary>
    public IReadOnlyList<string>? Strings(string name) => field.Arguments.GetValueOrDefault(name) switch
    {
        null => null,
        string one => [one],
        IEnumerable<object?> values => values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList(),
        var other => [Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""],
    };

    /// <summary>An Int argument, or <paramref name="fallback"/>.</summary>
    public int Int(string name, int fallback) =>
        field.Arguments.GetValueOrDefault(name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The <c>from</c>/<c>to</c> window.</summary>
    public DateWindow Window() => DateWindow.Parse(Text("from"), Text("to"));

    /// <summary>A Boolean argument (false when absent).</summary>
    public bool Bool(string name) => field.Arguments.GetValueOrDefault(name) is true;

    /// <summary>A <c>DateInput</c> argument (a PartialDate text or a range object), or null when absent.</summary>
    public PartialDate? Date(string name) => DateWindow.ParseDate(field.Arguments.GetValueOrDefault(name), name);

    /// <summary>The window of one <c>DateInput</c> argument (a PartialDate text or a range object), or null when absent.</summary>
    public DateWindow? DateAt(string name) => Date(name) is { } date ? DateWindow.At(date) : null;

    /// <summary>The page size <c>first</c>, checked against the cap (also checked during validation).</summary>
    public int First(int fallback)
    {
        var first = Int("first", fallback);
        if (first < 0 || first > limits.MaxPageSize)
            throw new QuestionArgumentException($"'first' must be between 0 and {limits.MaxPageSize}; got {first}.");
        return first;
    }

    /// <summary>A connection's page: <c>first</c> (or <paramref name="fallback"/>) items after the cursor <c>after</c>.</summary>
    public Page Page(int fallback) => new(First(fallback), Text("after"));

    /// <summary>Entity kinds (enum values) as the labels they match.</summary>
    public IReadOnlyList<string>? KindLabels(string name) => ontology.Kinds(Strings(name))?.Select(k => k.Name).ToList();

    /// <summary>Event types (checked), or null.</summary>
    public IReadOnlyList<string>? EventTypes() => ontology.EventTypes(Strings("types"), allowStatement: false);

    /// <summary>A participant role (checked), or null.</summary>
    public string? Role() => ontology.Role(Text("role"));

    /// <summary>Relation types (checked), or null.</summary>
    public IReadOnlyList<Core.Ontology.RelationType>? RelationTypes() => ontology.RelationTypes(Strings("types"));
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Core.Ingest;

// Reads $.source.
internal static partial class SourceReader
{
    private static readonly string[] Fields = ["id", "title", "published", "publisher", "url", "language"];

    public static SourceRecord? Read(ValidationContext ctx, JsonElement element, string path)
    {
        var r = JsonObjectReader.Open(ctx, element, path, Fields);
        if (r is null)
            return null;
        var id = r.RequiredId("id");
        if (id is not null)
            ctx.Define(id, IdKind.Source, r.At("id"));
        var title = r.RequiredString("title");
        var published = r.OptionalDate("published");
        var publisher = r.OptionalString("publisher");
        var url = r.OptionalString("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            ctx.Error(r.At("url"), $"'{url}' is not an absolute http(s) URL");
        var language = r.OptionalString("language");
        if (language is not null && !LanguageTag().IsMatch(language))
            ctx.Error(r.At("language"), $"'{language}' is not a language tag such as 'en' or 'es-VE'");
        return id is null || title is null ? null : new SourceRecord(id, title, published, publisher, url, language);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}

using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Timeline.Api.Http;

/// <summary>GraphQL.SystemTextJson's serialiser with this API's JSON options, which it shows to the shaped answers: a root
/// field written from its shaped value is written with them when it completes (<see cref="Execution.Shaped.ShapedAnswer"/>),
/// so that its bytes are the ones the serialiser would write.</summary>
internal sealed class ResponseSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(Configure, errorInfoProvider)
{
    /// <summary>The options every response is written with.</summary>
    public JsonSerializerOptions Options => SerializerOptions;

    // Names such as "Nicolás Maduro" are written as they are, not as \u escapes: analysts read this JSON.
    private static void Configure(JsonSerializerOptions options) => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}

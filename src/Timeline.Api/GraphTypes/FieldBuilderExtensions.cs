using GraphQL;
using GraphQL.Builders;
using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Api.Translation.Selection;

namespace Timeline.Api.GraphTypes;

/// <summary>Declares how a schema field compiles to Cypher (its resolver reads the shaped result: see <see cref="TimelineSchema"/>).</summary>
internal static class FieldBuilderExtensions
{
    public static FieldBuilder<TSource, TReturn> Compiles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IFieldCompiler compiler) =>
        field.WithMetadata(FieldCompilerMetadata.Key, compiler);

    public static FieldBuilder<TSource, TReturn> Property<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string property,
        string? defaultLiteral = null) =>
        field.Compiles(new PropertyCompiler(property, defaultLiteral));

    /// <summary>For fields of objects that are not nodes: the value comes from the parent's scope.</summary>
    public static FieldBuilder<TSource, TReturn> FromScope<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Compiles(ScopeFieldCompiler.Instance);
}

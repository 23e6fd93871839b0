using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input IngestDocumentInput</c>: mirrors the ingest JSON document field for field, so that a document file can
/// be sent unchanged as the <c>document</c> variable. Fields are nullable here: ingest validation reports what is missing
/// or wrong, with JSON paths, all at once.</summary>
internal sealed class IngestDocumentInputType : InputObjectGraphType<object>
{
    public IngestDocumentInputType()
    {
        Name = GraphQLNames.IngestDocumentInput;
        Description = "One source document with the entities, events, statements and relations it reports (the ingest JSON format).";
        Field("source", TypeRefs.Named(GraphQLNames.SourceInput)).Description("The reporting document.");
        Field("entities", TypeRefs.OptionalListOf(GraphQLNames.EntityInput)).Description("Entities the document defines.");
        Field("events", TypeRefs.OptionalListOf(GraphQLNames.EventInput)).Description("Events it reports.");
        Field("statements", TypeRefs.OptionalListOf(GraphQLNames.StatementInput)).Description("Statements it reports.");
        Field("relations", TypeRefs.OptionalListOf(GraphQLNames.RelationInput)).Description("Entity–entity relations it reports.");
    }
}

using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The entity that made a statement (the start of its SAID edge).</summary>
internal sealed record SpeakerCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var speaker = new CypherVariable("speaker");
        var pattern = new GraphPattern(scope.Node,
            new PatternStep(null, ["SAID"], RelationshipDirection.Incoming, speaker, [OntologyModel.EntityLabel]));
        return new SingleValue(new ListQuery(new PatternListSource(pattern), [], context.Project(field, Scope.ForNode(speaker)), [], null));
    }
}

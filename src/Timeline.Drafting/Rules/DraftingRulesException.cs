namespace Timeline.Drafting.Rules;

/// <summary>The drafting rules are malformed or name a kind, event type or role the ontology does not declare.</summary>
public sealed class DraftingRulesException(string message, Exception? inner = null) : Exception(message, inner);

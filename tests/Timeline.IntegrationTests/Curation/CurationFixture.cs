using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;

namespace Timeline.IntegrationTests.Curation;

/// <summary>The API host as <see cref="ApiFixture"/>, its clients holding an editor key (curation needs one).</summary>
public sealed class CurationFixture() : ApiFixture(ApiKeyRole.Editor);

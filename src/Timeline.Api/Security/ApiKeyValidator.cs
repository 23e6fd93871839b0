using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Security;

/// <summary>Checks API keys against the <c>(:ApiKey)</c> nodes, remembering a verified key for
/// <see cref="AuthOptions.KeyCacheSeconds"/> so that a busy client does not cost a Neo4j lookup per request. Only positive
/// answers are cached (by the key's hash), so a newly issued key works at once and a revocation is seen within the window.</summary>
internal sealed class ApiKeyValidator(Neo4jClient client, IOptionsMonitor<AuthOptions> options, TimeProvider time)
{
    private const int MaxEntries = 10_000;
    private readonly ApiKeyStore _store = new(client);
    private readonly ConcurrentDictionary<string, (ApiKeyInfo Info, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<ApiKeyInfo?> VerifyAsync(string key, CancellationToken ct)
    {
        var seconds = options.CurrentValue.KeyCacheSeconds;
        var hash = ApiKeyFormat.Hash(key);
        var now = time.GetUtcNow();
        if (seconds > 0 && _cache.TryGetValue(hash, out var cached) && cached.Until > now)
            return cached.Info;

        var info = await _store.VerifyAsync(key, ct).ConfigureAwait(false);
        if (info is null)
        {
            _cache.TryRemove(hash, out _);
            return null;
        }
        if (seconds > 0)
        {
            if (_cache.Count >= MaxEntries)
                _cache.Clear();
            _cache[hash] = (info, now.AddSeconds(seconds));
        }
        return info;
    }
}

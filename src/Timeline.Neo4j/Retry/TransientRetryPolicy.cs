namespace Timeline.Neo4j;

/// <summary>Retries work that failed with <see cref="Neo4jTransientException"/> (deadlocks, lock timeouts, leader changes),
/// waiting an exponentially growing, jittered delay between attempts so that competing clients do not collide again in step.</summary>
public sealed class TransientRetryPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxRetries">Retries after the first attempt (0 = never retry).</param>
    /// <param name="initialDelay">Nominal delay before the first retry (default 100 ms).</param>
    /// <param name="maxDelay">Cap on the nominal delay (default 5 s).</param>
    public TransientRetryPolicy(int maxRetries, TimeSpan? initialDelay = null, TimeSpan? maxDelay = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        MaxRetries = maxRetries;
        InitialDelay = initialDelay ?? TimeSpan.FromMilliseconds(100);
        MaxDelay = maxDelay ?? TimeSpan.FromSeconds(5);
        if (InitialDelay <= TimeSpan.Zero || MaxDelay < InitialDelay)
            throw new ArgumentOutOfRangeException(nameof(initialDelay), "Delays must be positive and initialDelay <= maxDelay.");
    }

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; }

    /// <summary>Nominal delay before the first retry.</summary>
    public TimeSpan InitialDelay { get; }

    /// <summary>Cap on the nominal delay.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>The nominal (un-jittered) delay before retry number <paramref name="retry"/> (1-based):
    /// <c>min(MaxDelay, InitialDelay · 2^(retry-1))</c>.</summary>
    public TimeSpan NominalDelay(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        // Cap the exponent first: 2^62 ms would overflow TimeSpan long before MaxDelay applies.
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var ms = Math.Min(MaxDelay.TotalMilliseconds, InitialDelay.TotalMilliseconds * factor);
        return TimeSpan.FromMilliseconds(ms);
    }

    /// <summary>The delay actually waited before retry <paramref name="retry"/>: the nominal delay scaled by
    /// <c>0.5 + jitter/2</c>, so it lies in [nominal/2, nominal]. <paramref name="jitter"/> is in [0, 1).</summary>
    public TimeSpan Delay(int retry, double jitter)
    {
        if (jitter is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(jitter), "Jitter must be in [0, 1).");
        return NominalDelay(retry) * (0.5 + jitter / 2);
    }

    /// <summary>Runs <paramref name="attempt"/> (given the 0-based attempt number) until it succeeds, fails with something other
    /// than <see cref="Neo4jTransientException"/>, or has been retried <see cref="MaxRetries"/> times (then the last error propagates).</summary>
    public async Task<T> ExecuteAsync<T>(Func<int, Task<T>> attempt, CancellationToken cancellationToken = default)
    {
        for (var number = 0; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await attempt(number).ConfigureAwait(false);
            }
            catch (Neo4jTransientException) when (number < MaxRetries)
            {
                await Task.Delay(Delay(number + 1, Random.Shared.NextDouble()), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

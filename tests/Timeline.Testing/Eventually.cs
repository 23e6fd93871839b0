namespace Timeline.Testing;

/// <summary>Waits for a condition the test cannot be told about directly (a server back up, a record flushed by a background
/// service) by asking again until it holds. The deadline only bounds a hang: it is minutes, far beyond any wait on a slow
/// machine, and reaching it fails the test with what was awaited.</summary>
public static class Eventually
{
    /// <summary>The default bound of a wait: long enough for any machine, short enough to end a hung run.</summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> is true; throws <see cref="TimeoutException"/> naming
    /// <paramref name="what"/> after <paramref name="bound"/> (default <see cref="HangBound"/>).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? bound = null)
    {
        using var deadline = new CancellationTokenSource(bound ?? HangBound);
        while (!await condition().ConfigureAwait(false))
        {
            if (deadline.IsCancellationRequested)
                throw new TimeoutException($"Waited {(bound ?? HangBound).TotalSeconds:0} s for {what}; it never happened.");
            await Task.Delay(Pause, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the first value of <paramref name="probe"/> that is not null (see <see cref="TrueAsync"/>).</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? bound = null) where T : class
    {
        T? value = null;
        await TrueAsync(async () => (value = await probe().ConfigureAwait(false)) is not null, what, bound).ConfigureAwait(false);
        return value!;
    }
}

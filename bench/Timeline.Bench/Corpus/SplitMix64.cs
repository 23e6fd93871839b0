namespace Timeline.Bench.Corpus;

/// <summary>A small deterministic random generator (SplitMix64): the same seed gives the same corpus on every
/// machine and .NET version, which <see cref="System.Random"/> does not promise.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary>Uniform in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An independent generator for a sub-stream (e.g. one entity's attributes), stable whatever else was drawn.</summary>
    public static SplitMix64 For(ulong seed, ulong stream) => new(seed * 0x9E3779B97F4A7C15UL ^ (stream + 0x632BE59BD9B4E019UL));
}

namespace Timeline.Bench.Corpus;

/// <summary>Every entity the corpus can mention, by popularity rank (0 = the biggest hub). An entity is defined the same
/// way in every document that mentions it (same kind, name, aliases, properties), so documents share entities and the
/// graph accumulates their sources.</summary>
internal sealed class EntityUniverse
{
    private static readonly string[] OrgSuffixes = ["Ministry of Energy", "National Guard", "Oil Company", "Liberation Front", "Maritime Agency", "Central Bank", "People's Party", "Navy", "Chamber of Commerce", "Press Office"];
    private static readonly string[] OrgTypes = ["ministry", "military", "company", "party", "agency", "intergovernmental"];
    private static readonly string[] PlaceKinds = ["city", "port", "region", "sea", "facility", "building"];
    private static readonly string[] VesselTypes = ["oil tanker", "cargo ship", "patrol boat", "bulk carrier"];
    private static readonly string[] Cargoes = ["crude oil", "fuel oil", "grain", "containers"];

    private readonly ulong _seed;
    private readonly BenchEntity?[] _entities;
    private readonly List<int> _countryRanks = [];

    public EntityUniverse(ulong seed, int size)
    {
        _seed = seed;
        _entities = new BenchEntity?[size];
        Sampler = new ZipfSampler(size, 1.0);
        for (var rank = 0; rank < size; rank++)
        {
            if (KindOf(rank) == "Country")
                _countryRanks.Add(rank);
        }
    }

    public int Count => _entities.Length;

    public ZipfSampler Sampler { get; }

    /// <summary>The entity of a rank, built on first use from its own random stream (so it never depends on draw order).</summary>
    public BenchEntity this[int rank] => _entities[rank] ??= Build(rank);

    /// <summary>Kinds by rank: the top ranks are the hubs a news corpus has (two countries, a government, a leader, an
    /// army), then a mix with persons most common and countries rare.</summary>
    public string KindOf(int rank)
    {
        switch (rank)
        {
            case 0 or 1: return "Country";
            case 2: return "Government";
            case 3: return "Person";
            case 4: return "Organization";
        }
        var p = SplitMix64.For(_seed, 0xC0FFEE + (ulong)rank).NextDouble();
        return p switch
        {
            < 0.40 => "Person",
            < 0.58 => "Organization",
            < 0.62 => "Government",
            < 0.64 => "Country",
            < 0.84 => "Place",
            _ => "Vessel",
        };
    }

    /// <summary>The country a government governs: a government's rank maps onto the countries deterministically.</summary>
    public int CountryOf(int rank) => _countryRanks[rank % _countryRanks.Count];

    private BenchEntity Build(int rank)
    {
        var rng = SplitMix64.For(_seed, (ulong)rank);
        var kind = KindOf(rank);
        var props = new Dictionary<string, string>();
        var aliases = new List<string>();
        var named = true;
        string name;
        string prefix;
        switch (kind)
        {
            case "Person":
                prefix = "person";
                var first = NameMaker.Word(rng, 2, 2);
                var last = NameMaker.MaybeAccent(rng, NameMaker.Word(rng));
                name = $"{first} {last}";
                aliases.Add(last);
                if (Fold(last) != last)
                    aliases.Add($"{first} {Fold(last)}");
                if (rng.Chance(0.3))
                    aliases.Add($"Mr. {last}");
                props["nationality"] = NameMaker.Word(rng) + "n";
                if (rng.Chance(0.4))
                    props["born"] = rng.Between(1940, 1995).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "Organization":
                prefix = "org";
                var suffix = rng.Pick(OrgSuffixes);
                name = $"{NameMaker.Word(rng)} {suffix}";
                aliases.Add(new string(name.Split(' ').Select(w => char.ToUpperInvariant(w[0])).ToArray()));
                props["orgType"] = rng.Pick(OrgTypes);
                break;
            case "Government":
                prefix = "gov";
                name = $"Government of {CountryName(CountryOf(rank))}";
                aliases.Add($"{CountryName(CountryOf(rank))} government");
                break;
            case "Country":
                prefix = "country";
                name = CountryName(rank);
                aliases.Add(Fold(name));
                props["isoCode"] = name[..2].ToUpperInvariant();
                break;
            case "Place":
                prefix = "place";
                var placeType = rng.Pick(PlaceKinds);
                name = NameMaker.MaybeAccent(rng, NameMaker.Word(rng)) + (placeType == "port" ? " Harbour" : "");
                props["placeType"] = placeType;
                break;
            default:
                prefix = "vessel";
                var vesselType = rng.Pick(VesselTypes);
                props["vesselType"] = vesselType;
                props["cargo"] = rng.Pick(Cargoes);
                if (rng.Chance(0.3))
                {
                    named = false;
                    name = $"unnamed {vesselType} #{rank}";
                }
                else
                {
                    name = $"MV {NameMaker.Word(rng)}";
                    props["imo"] = (9_000_000 + rank).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    props["flag"] = CountryName(_countryRanks[rng.Next(Math.Min(_countryRanks.Count, 20))]);
                }
                break;
        }
        var id = $"{prefix}:{NameMaker.Slug(name)}-{rank}";
        var description = $"{name}, {(kind is "Organization" ? "an" : "a")} {kind.ToLowerInvariant()} that appears in the synthetic corpus (popularity rank {rank}).";
        return new BenchEntity(id, kind, name, aliases.Distinct().Where(a => a != name).ToList(), description, named, props);
    }

    private string CountryName(int rank)
    {
        var rng = SplitMix64.For(_seed, 0xBEEF00 + (ulong)rank);
        return NameMaker.MaybeAccent(rng, NameMaker.Word(rng, 2, 2)) + rng.Pick(new[] { "ia", "land", "stan", "ador", "ica" });
    }

    private static string Fold(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray());
}

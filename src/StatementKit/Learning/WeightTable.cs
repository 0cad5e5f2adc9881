namespace StatementKit.Learning;

/// <summary>
/// The weights of a <see cref="LinearModel"/> by feature key: an open-addressing table with linear probing, read a dozen
/// times for every candidate word of every document, so a lookup is one multiply, a shift and (nearly always) one or two
/// compares within one 16-byte slot: the table (half a megabyte for the cue model) is larger than a core's nearest
/// caches, and a slot holding key, weight and mark together costs one cache miss where three arrays cost three.
/// Immutable once built; absent features weigh 0.
/// </summary>
internal sealed class WeightTable
{
    private const ulong Spread = 0x9E3779B97F4A7C15;

    private readonly Slot[] slots;
    private readonly int shift;
    private readonly int mask;

    public WeightTable(IReadOnlyDictionary<ulong, float> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Count = entries.Count;

        // At most half full, so that a miss (most lookups) ends within a probe or two.
        var bits = 4;
        while ((1 << bits) < 2 * entries.Count)
        {
            bits++;
        }

        slots = new Slot[1 << bits];
        shift = 64 - bits;
        mask = (1 << bits) - 1;
        foreach (var (key, weight) in entries)
        {
            var slot = Home(key);
            while (slots[slot].Used)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(key, weight, Used: true);
        }
    }

    public int Count { get; }

    /// <summary>The weight of the feature, or 0 when the model does not list it.</summary>
    public float this[ulong key]
    {
        get
        {
            for (var slot = Home(key); slots[slot].Used; slot = (slot + 1) & mask)
            {
                if (slots[slot].Key == key)
                {
                    return slots[slot].Weight;
                }
            }

            return 0;
        }
    }

    /// <summary>Whether the model lists the feature, and its weight.</summary>
    public bool TryGetValue(ulong key, out float weight)
    {
        for (var slot = Home(key); slots[slot].Used; slot = (slot + 1) & mask)
        {
            if (slots[slot].Key == key)
            {
                weight = slots[slot].Weight;
                return true;
            }
        }

        weight = 0;
        return false;
    }

    private int Home(ulong key) => (int)((key * Spread) >> shift);

    private readonly record struct Slot(ulong Key, float Weight, bool Used);
}

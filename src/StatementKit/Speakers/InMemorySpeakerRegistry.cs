using System.Collections.Concurrent;

namespace StatementKit.Speakers;

/// <summary>
/// A thread-safe <see cref="ISpeakerRegistry"/> in this process's memory: the registry of one worker. Several
/// workers share one through a store such as Redis (package StatementKit.Redis).
/// </summary>
public sealed class InMemorySpeakerRegistry : ISpeakerRegistry
{
    /// <summary>The default <see cref="MaxNames"/>.</summary>
    public const int DefaultMaxNames = 1_000_000;

    private readonly ConcurrentDictionary<string, SpeakerEvidence> counts = new(StringComparer.Ordinal);
    private int names;

    /// <summary>A registry that remembers up to <see cref="DefaultMaxNames"/> names.</summary>
    public InMemorySpeakerRegistry()
        : this(DefaultMaxNames)
    {
    }

    /// <summary>A registry that remembers up to <paramref name="maxNames"/> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNames"/> is less than 1.</exception>
    public InMemorySpeakerRegistry(int maxNames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNames, 1);
        MaxNames = maxNames;
    }

    /// <summary>
    /// A bound on memory: once this many names are held, new names are not remembered (counts of names already held
    /// keep growing). Only at this bound does the state depend on the order articles arrive in.
    /// </summary>
    public int MaxNames { get; }

    /// <summary>How many names are held.</summary>
    public int Count => Volatile.Read(ref names);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SpeakerEvidence> Find(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var found = new Dictionary<string, SpeakerEvidence>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is not null && counts.TryGetValue(name, out var evidence))
            {
                found[name] = evidence;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public void Record(IReadOnlyCollection<SpeakerEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var item in evidence)
        {
            if (item is { IsRecordable: true })
            {
                Add(item);
            }
        }
    }

    /// <summary>
    /// Adds by compare-and-swap, retried until the sum lands, so concurrent increments are never lost. The number of
    /// names is counted apart: the dictionary's own count takes every lock.
    /// </summary>
    private void Add(SpeakerEvidence item)
    {
        while (true)
        {
            if (counts.TryGetValue(item.Name, out var held))
            {
                if (counts.TryUpdate(item.Name, held.Plus(item), held))
                {
                    return;
                }
            }
            else if (Volatile.Read(ref names) >= MaxNames)
            {
                return;
            }
            else if (counts.TryAdd(item.Name, item))
            {
                Interlocked.Increment(ref names);
                return;
            }
        }
    }

    /// <summary>Every name's counts, ordered by name: the registry's whole state, for inspection and tests.</summary>
    public IReadOnlyList<SpeakerEvidence> Snapshot() => [.. counts.Values.OrderBy(e => e.Name, StringComparer.Ordinal)];
}

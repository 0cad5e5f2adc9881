using System.Collections.Frozen;
using StatementKit.Pipeline;

namespace StatementKit.Speakers;

/// <summary>
/// The speaker rules read English: in an article in another language they take capitalised words for names ("Lire",
/// "Consultada", "Foto" at the start of a sentence). For such an article only speakers named in full (two words or
/// more, "François Hollande") are kept, with their entities; single words and unresolved phrases are dropped.
/// </summary>
internal static class LanguageGate
{
    /// <summary>Below this share of English function words a text of <see cref="MinimumWords"/> words or more is not English.</summary>
    private const double EnglishShare = 0.08;

    /// <summary>Shorter texts are too short to tell, and are read as English unless the page declares another language.</summary>
    private const int MinimumWords = 40;

    /// <summary>At most this many words are counted: the share settles long before.</summary>
    private const int WordsCounted = 2000;

    public static bool IsEnglish(AnalysisDocument document, FrozenSet<string> functionWords)
    {
        var lookup = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, hits = 0;
        foreach (var token in document.Tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            hits += lookup.Contains(document.Text.AsSpan(token.Start, token.Length)) ? 1 : 0;
            if (words == WordsCounted)
            {
                break;
            }
        }

        if (words >= MinimumWords)
        {
            return hits >= EnglishShare * words;
        }

        var declared = document.Metadata.Language;
        return string.IsNullOrEmpty(declared) || declared.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The attribution with only speakers and entities named in two words or more.</summary>
    public static SpeakerAttributionResult KeepFullNames(SpeakerAttributionResult attribution)
    {
        var newIndex = new int[attribution.Entities.Count];
        var entities = new List<Entity>();
        for (var i = 0; i < newIndex.Length; i++)
        {
            var entity = attribution.Entities[i];
            newIndex[i] = entity.Name.Contains(' ', StringComparison.Ordinal) ? entities.Count : -1;
            if (newIndex[i] >= 0)
            {
                entities.Add(entity);
            }
        }

        var statements = attribution.Statements.Select(s => s.Speaker is not { } speaker ? s
            : speaker.EntityIndex >= 0 && newIndex[speaker.EntityIndex] >= 0 ? s with { Speaker = speaker with { EntityIndex = newIndex[speaker.EntityIndex] } }
            : s with { Speaker = null }).ToList();
        return new SpeakerAttributionResult(statements, entities);
    }
}

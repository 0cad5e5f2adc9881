using StatementKit.Pipeline;

namespace StatementKit.Speakers;

/// <summary>
/// The speaker rules read English: in an article in another language (<see cref="AnalysisDocument.IsEnglish"/>) they
/// take capitalised words for names ("Lire", "Consultada", "Foto" at the start of a sentence). For such an article only
/// speakers named in full (two words or more, "François Hollande") are kept, with their entities; single words and
/// unresolved phrases are dropped.
/// </summary>
internal static class FullNameGate
{
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

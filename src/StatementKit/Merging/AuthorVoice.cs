using StatementKit.Data;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Merging;

/// <summary>
/// The article's own voice is not a statement. After merging (so it holds for every proposer, rules and tagger alike):
/// <list type="number">
/// <item>a speaker mention that is a contracted pronoun ("He’s", "I've", "We’re") is cut to the pronoun, so the
/// contraction is never a speaker's name and the pronoun is read as one;</item>
/// <item>a mention that is only an article (<c>articles.txt</c>: "The", "a", a phrase cut short) is the noun phrase
/// it opens up to the cue ("the state" of "the state incorrectly stated"); an article alone names no one;</item>
/// <item>a statement outside quotes whose speaker is "I", "we", "you" or "let's" (<c>author-voice-pronouns.txt</c>) is
/// the author's prose or an aside to the reader, and is removed; quoted words stay, and so does a first-person
/// speaker inside someone's quote (<c>"I told them we would win," she said</c> reports her "I").</item>
/// </list>
/// Thread-safe.
/// </summary>
internal sealed class AuthorVoice(StatementKitData data)
{
    private const int MaxNounPhraseWords = 4;
    private const int MaxEnclosingQuotes = 8;

    public IReadOnlyList<QuoteCandidate> Apply(AnalysisDocument document, IReadOnlyList<QuoteCandidate> candidates, CancellationToken cancellationToken)
    {
        List<QuoteCandidate>? kept = null;
        TextSpan[]? quotes = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var candidate = candidates[i];
            var changed = candidate;
            if (candidate.SpeakerMention is { } mention)
            {
                var trimmed = WithoutContraction(document.Text, mention);
                var words = document.Text.AsSpan(trimmed.Start, trimmed.Length);
                if (data.Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words))
                {
                    changed = NounPhrase(document, trimmed, candidate.Cue) is { } phrase ? candidate with { SpeakerMention = phrase } : candidate;
                }
                else if (data.AuthorVoicePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words) && !IsQuoted(candidate)
                    && !InsideQuote(quotes ??= QuotedContents(candidates), trimmed))
                {
                    kept ??= [.. candidates.Take(i)];
                    continue;
                }
                else if (trimmed != mention)
                {
                    changed = candidate with { SpeakerMention = trimmed };
                }
            }

            if (kept is null && !ReferenceEquals(changed, candidate))
            {
                kept = [.. candidates.Take(i)];
            }

            kept?.Add(changed);
        }

        return kept ?? candidates;
    }

    /// <summary>Direct speech, or words whose boundaries quote marks fix: the words of someone quoted.</summary>
    private static bool IsQuoted(QuoteCandidate candidate) => candidate.Kind == StatementKind.Direct || candidate.HasExactBoundaries;

    /// <summary>The contents of the quoted statements, by start.</summary>
    private static TextSpan[] QuotedContents(IReadOnlyList<QuoteCandidate> candidates)
    {
        var quotes = candidates.Where(IsQuoted).Select(c => c.Content).ToArray();
        Array.Sort(quotes);
        return quotes;
    }

    /// <summary>
    /// Whether the mention stands inside a quote's words: the "I" of the person quoted, not of the author. Only the
    /// few quotes that start last before the mention are looked at, so statement-dense text stays linear.
    /// </summary>
    private static bool InsideQuote(TextSpan[] quotes, TextSpan mention)
    {
        var after = SortedSearch.LowerBound(quotes, mention.Start + 1, static q => q.Start);
        for (var k = after - 1; k >= 0 && k >= after - MaxEnclosingQuotes; k--)
        {
            if (quotes[k].Contains(mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An article cut off from its noun ("the" of "the state incorrectly stated") names the noun phrase that runs from it
    /// to the cue, a few words and nothing else; when there is none, the article stays the mention, and the speaker
    /// attributor tells no speaker from it (rather than read the statement as continuing an earlier speaker).
    /// </summary>
    private static TextSpan? NounPhrase(AnalysisDocument document, TextSpan article, TextSpan? cue)
    {
        if (cue is not { } c || c.Start < article.End)
        {
            return null;
        }

        var reader = new TokenReader(document.Text, document.Tokens);
        var first = document.TokenIndexAtOrAfter(article.Start);
        for (var k = first + 1; k < reader.Count && k <= first + MaxNounPhraseWords && reader[k].IsWord && reader[k].End <= c.Start; k++)
        {
            if (k + 1 >= reader.Count || reader[k + 1].Start >= c.Start)
            {
                return reader.Span(first, k);
            }
        }

        return null;
    }

    /// <summary>"He’s" → "He", "I've" → "I": a one-word mention whose part before the apostrophe is a pronoun.</summary>
    private TextSpan WithoutContraction(string text, TextSpan mention)
    {
        var words = text.AsSpan(mention.Start, mention.Length);
        var apostrophe = words.IndexOfAny('\'', '’');
        if (apostrophe <= 0 || words.IndexOf(' ') >= 0 || data.AuthorVoicePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words))
        {
            return mention;
        }

        var stem = words[..apostrophe];
        return data.AuthorVoicePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem)
            || data.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(stem)
            ? new TextSpan(mention.Start, apostrophe)
            : mention;
    }
}

using StatementKit.Pipeline;

namespace StatementKit.Quotes.Reported;

/// <summary>"According to X, clause." and "Clause, according to X." (the comma is often left out).</summary>
internal sealed class AccordingTo(ClauseEmitter emitter)
{
    private const int MaxAccordingPhrase = 20;

    /// <summary>Whether tokens <paramref name="k"/> and the next are "according to".</summary>
    public static bool IsAt(in SentenceContext context, int k) => context.Reader.Is(k, "according") && context.Reader.Is(k + 1, "to");

    public void Read(in SentenceContext context, int k, List<QuoteCandidate> output)
    {
        var reader = context.Reader;
        var cue = reader.Span(k, k + 1);
        var comma = -1;
        for (var j = k + 2; j < context.Limit && j < k + 2 + MaxAccordingPhrase; j++)
        {
            if (reader.IsChar(j, ','))
            {
                comma = j;
                break;
            }

            if (reader.IsPunctuation(j) && !reader.IsChar(j, '\'') && !reader.IsChar(j, '’'))
            {
                break;
            }
        }

        if (comma > k + 2)
        {
            var speaker = reader.Span(k + 2, comma - 1);
            emitter.Emit(context, comma + 1, context.Limit, cue, speaker, 0.8, output);
        }
        else if (k > context.First + 1)
        {
            var end = ClauseBounds.LastWordBefore(context, Math.Min(context.Limit, k + 2 + MaxAccordingPhrase));
            var contentEnd = reader.IsChar(k - 1, ',') ? k - 2 : k - 1;
            var contentStart = Math.Max(ClauseBounds.ReportedClauseStart(context, k), k - ClauseBounds.MaxClauseTokens);
            if (end > k + 1 && contentEnd >= contentStart)
            {
                var content = TextSpan.FromBounds(reader[contentStart].Start, reader[contentEnd].End);
                ClauseEmitter.Add(context, content, cue, reader.Span(k + 2, end), 0.75, output);
            }
        }
    }
}

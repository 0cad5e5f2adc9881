using StatementKit;
using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Extensibility.Tests;

/// <summary>
/// A toy proposer for a construction the built-in rules do not know, a transcript line <c>Speaker &gt;&gt; words</c>,
/// written with the public document view only (paragraphs and tokens).
/// </summary>
public sealed class ArrowLineProposer : IStatementProposer
{
    public string Name => "arrow-lines";

    public StatementProposal Propose(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var statements = new List<QuoteCandidate>();
        foreach (var paragraph in document.Paragraphs)
        {
            var first = document.TokenIndexAtOrAfter(paragraph.Start);
            var limit = document.TokenIndexAtOrAfter(paragraph.End);
            for (var k = first + 1; k + 2 < limit; k++)
            {
                if (IsChar(document, k, '>') && IsChar(document, k + 1, '>'))
                {
                    var speaker = TextSpan.FromBounds(document.Tokens[first].Start, document.Tokens[k - 1].End);
                    var content = TextSpan.FromBounds(document.Tokens[k + 2].Start, paragraph.End);
                    statements.Add(new QuoteCandidate
                    {
                        Kind = StatementKind.Direct,
                        Content = content,
                        Span = TextSpan.FromBounds(paragraph.Start, paragraph.End),
                        SpeakerMention = speaker,
                        Confidence = 0.9,
                        HasExactBoundaries = true,
                    });
                    break;
                }
            }
        }

        return new StatementProposal { Statements = statements };
    }

    private static bool IsChar(AnalysisDocument document, int index, char c)
    {
        var token = document.Tokens[index];
        return token.Kind == TokenKind.Punctuation && document.Text[token.Start] == c;
    }
}

using System.Collections.Frozen;
using StatementKit.Documents;
using StatementKit.Text;

namespace StatementKit.Pipeline;

/// <summary>
/// The text being analysed with its segmentation: paragraphs (lines) and sentences, computed once and shared by
/// every stage. Immutable.
/// </summary>
public sealed class AnalysisDocument
{
    private readonly Token[] tokens;

    internal AnalysisDocument(string text, ArticleMetadata metadata, IReadOnlyList<TextSpan> paragraphs,
        IReadOnlyList<TextSpan> sentences, Token[] tokens, int tokenCount, PageExtraction? page, bool isEnglish)
    {
        IsEnglish = isEnglish;
        Text = text;
        Metadata = metadata;
        Paragraphs = paragraphs;
        Sentences = sentences;
        this.tokens = tokens;
        Tokens = new ArraySegment<Token>(tokens, 0, tokenCount);
        RemovedBlocks = page?.RemovedBlocks ?? [];
        Source = page?.Source;
        LimitsReached = page?.LimitsReached ?? [];
    }

    /// <summary>The analysed text; every span of every result indexes it.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether the text reads as English (the share of English function words, or the page's declared language for a
    /// short text): the built-in speaker rules keep only full names in other languages.
    /// </summary>
    public bool IsEnglish { get; }

    /// <summary>Title, URL and publisher.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>Non-blank lines, trimmed, in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>Sentences, in order; no sentence crosses a paragraph boundary.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>
    /// For an HTML page, the paragraphs left out of <see cref="Text"/> because they are not the article's main content
    /// (navigation, related links, comments, share bars, author bio, byline) or must never give statements (captions,
    /// credits such as <c>Source: Reuters</c>), in page order, each with its kind and the position in <see cref="Text"/>
    /// where it stood. Empty for plain text.
    /// </summary>
    public IReadOnlyList<RemovedBlock> RemovedBlocks { get; }

    /// <summary>For an HTML page, where each character of <see cref="Text"/> is in the page; null for plain text (offsets index the input).</summary>
    public SourceMap? Source { get; }

    /// <summary>The input limits this document reached, each a sentence; empty when it was read whole.</summary>
    internal IReadOnlyList<string> LimitsReached { get; }

    /// <summary>
    /// Words, numbers and punctuation characters in text order, none crossing a paragraph: the tokens every built-in
    /// rule reads, for proposers and rules of other packages.
    /// </summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>An excerpt of the text at <paramref name="span"/>.</summary>
    public TextExcerpt Excerpt(TextSpan span) => TextExcerpt.From(Text, span);

    /// <summary>Index of the paragraph holding <paramref name="position"/>, or of the last before it.</summary>
    public int ParagraphIndexAt(int position) => IndexAt(Paragraphs, position);

    /// <summary>Index of the sentence holding <paramref name="position"/>, or of the last before it.</summary>
    public int SentenceIndexAt(int position) => IndexAt(Sentences, position);

    /// <summary>Index of the first token ending after <paramref name="position"/> (the token holding it, or the next); the token count when none does.</summary>
    public int TokenIndexAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    internal static int IndexAt(IReadOnlyList<TextSpan> spans, int position) => SortedSearch.LastStartingAtOrBefore(spans, position, static s => s.Start);

    internal static AnalysisDocument Create(string text, ArticleMetadata metadata, ISet<string> abbreviations, PageExtraction? page = null,
        CancellationToken cancellationToken = default, FrozenSet<string>? englishFunctionWords = null)
    {
        var paragraphs = Segmenter.Paragraphs(text);
        // News text has a token for every four or five characters: one array, rarely grown.
        var tokens = new Token[text.Length / 4 + 16];
        var count = 0;
        var sentences = new List<TextSpan>(text.Length / 100 + 4);
        var checkAt = 0;
        foreach (var paragraph in paragraphs)
        {
            // Checked every 64 K characters of text, so that a cancelled load of a large text stops within milliseconds.
            if (paragraph.End >= checkAt)
            {
                cancellationToken.ThrowIfCancellationRequested();
                checkAt = paragraph.End + (1 << 16);
            }

            var first = count;
            Tokenizer.Tokenize(text, paragraph, ref tokens, ref count);
            Segmenter.Sentences(text, paragraph, tokens.AsSpan(0, count), first, count - first, abbreviations, sentences);
        }

        var isEnglish = englishFunctionWords is null || LanguageDetector.IsEnglish(text, tokens.AsSpan(0, count), metadata.Language, englishFunctionWords);
        return new AnalysisDocument(text, metadata, paragraphs, sentences, tokens, count, page, isEnglish);
    }
}

/// <summary>What reading the input produced besides the text: blocks left out, the source map, the limits reached.</summary>
internal sealed record PageExtraction(IReadOnlyList<RemovedBlock> RemovedBlocks, SourceMap? Source, IReadOnlyList<string> LimitsReached);

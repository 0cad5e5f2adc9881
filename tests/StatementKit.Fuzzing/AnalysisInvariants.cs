namespace StatementKit.Fuzzing;

/// <summary>
/// What must hold for any analysis of any input: every excerpt lies inside <see cref="ArticleAnalysis.Text"/> and
/// equals the text at its offsets, a statement's parts lie inside its content, entity indexes point into
/// <see cref="ArticleAnalysis.Entities"/>, and probabilities are probabilities. Shared by the fuzzer and the property
/// tests (linked into StatementKit.Tests), so both check the same contract.
/// </summary>
internal static class AnalysisInvariants
{
    /// <summary>Throws <see cref="InvariantViolationException"/> naming the first broken invariant.</summary>
    public static void Check(ArticleAnalysis analysis)
    {
        var text = analysis.Text ?? throw new InvariantViolationException("Text is null");
        for (var i = 0; i < analysis.Statements.Count; i++)
        {
            var statement = analysis.Statements[i];
            var where = $"statement {i}";
            CheckExcerpt(text, statement.Content, $"{where} content");
            CheckSpan(text, statement.Span, $"{where} span");
            Require(statement.Span.Overlaps(statement.Content.Span) || statement.Span.Contains(statement.Content.Span)
                || statement.Content.Span.Contains(statement.Span), $"{where}: content {statement.Content.Span} is apart from span {statement.Span}");
            foreach (var part in statement.Parts)
            {
                CheckExcerpt(text, part, $"{where} part");
                Require(statement.Content.Span.Contains(part.Span), $"{where}: part {part.Span} outside content {statement.Content.Span}");
            }

            if (statement.Cue is { } cue)
            {
                CheckExcerpt(text, cue, $"{where} cue");
            }

            CheckProbability(statement.Confidence, $"{where} confidence");
            if (statement.Speaker is { } speaker)
            {
                Require(speaker.EntityIndex >= -1 && speaker.EntityIndex < analysis.Entities.Count,
                    $"{where}: entity index {speaker.EntityIndex} of {analysis.Entities.Count} entities");
                Require(speaker.Name is not null, $"{where}: speaker without a name");
                if (speaker.Mention is { } mention)
                {
                    CheckExcerpt(text, mention, $"{where} speaker mention");
                }

                CheckProbability(speaker.Confidence, $"{where} speaker confidence");
            }
        }

        for (var i = 0; i < analysis.Entities.Count; i++)
        {
            var entity = analysis.Entities[i];
            Require(entity.Name is not null, $"entity {i} without a name");
            foreach (var mention in entity.Mentions)
            {
                CheckExcerpt(text, mention.Excerpt, $"entity {i} mention");
            }

            foreach (var evidence in entity.GenderEvidence)
            {
                if (evidence.Excerpt is { } excerpt)
                {
                    CheckExcerpt(text, excerpt, $"entity {i} gender evidence");
                }
            }
        }

        foreach (var flag in analysis.Reliability.Flags)
        {
            foreach (var evidence in flag.Evidence)
            {
                CheckExcerpt(text, evidence, $"flag {flag.Code} evidence");
            }
        }
    }

    private static void CheckExcerpt(string text, TextExcerpt excerpt, string what)
    {
        CheckSpan(text, excerpt.Span, what);
        Require(string.Equals(text.Substring(excerpt.Start, excerpt.Length), excerpt.Text, StringComparison.Ordinal),
            $"{what} {excerpt.Span} says \"{excerpt.Text}\", the text there differs");
    }

    private static void CheckSpan(string text, TextSpan span, string what) =>
        Require(span.Start >= 0 && span.Length >= 0 && span.Start <= text.Length - span.Length,
            $"{what} {span} outside the text of {text.Length} characters");

    private static void CheckProbability(double value, string what) =>
        Require(value is >= 0 and <= 1, $"{what} {value} is not a probability");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}

/// <summary>An analysis broke one of <see cref="AnalysisInvariants"/>: the fuzzer reports it as a crash.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);

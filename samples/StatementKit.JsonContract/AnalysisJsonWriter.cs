using System.Text.Encodings.Web;
using System.Text.Json;
using StatementKit.Reliability;

namespace StatementKit.JsonContract;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> as the StatementKit JSON contract (README, "The JSON contract"). Other tools
/// read it: field names and shapes are stable, and new fields are only ever added.
/// </summary>
public static class AnalysisJsonWriter
{
    /// <summary>Writer options for one record per line: compact, non-ASCII letters kept readable.</summary>
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writer options for human reading: indented, non-ASCII letters kept readable.</summary>
    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes one article's record: <c>path</c>, <c>title</c>, <c>metadata</c>, statements, entities, reliability.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="path">The name the input was given (a file path, <c>-</c> for standard input, an upload's name).</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The optional fields to add.</param>
    public static void Write(Utf8JsonWriter writer, string path, ArticleAnalysis analysis, AnalysisJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);

        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteString("title", analysis.Metadata.Title);
        WriteMetadata(writer, analysis.Metadata);
        writer.WriteStartArray("statements");
        foreach (var statement in analysis.Statements)
        {
            WriteStatement(writer, statement);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            WriteEntity(writer, entity, options.IncludeEntityDetails);
        }

        writer.WriteEndArray();
        WriteReliability(writer, analysis.Reliability);
        if (options.Mode is { } mode)
        {
            writer.WriteString("mode", mode);
        }

        if (options.IncludeText)
        {
            writer.WriteString("text", analysis.Text);
        }

        writer.WriteEndObject();
    }

    /// <summary>One record as a string, compact (a jsonl line without its line break) or indented.</summary>
    public static string ToJson(string path, ArticleAnalysis analysis, AnalysisJsonOptions options, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, path, analysis, options);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One record as a string, with <c>text</c> when <paramref name="includeText"/>.</summary>
    public static string ToJson(string path, ArticleAnalysis analysis, bool includeText, bool indented = false) =>
        ToJson(path, analysis, new AnalysisJsonOptions { IncludeText = includeText }, indented);

    private static void WriteMetadata(Utf8JsonWriter writer, ArticleMetadata metadata)
    {
        writer.WriteStartObject("metadata");
        writer.WriteString("title", metadata.Title);
        writer.WriteString("byline", metadata.Byline);
        writer.WriteString("siteName", metadata.SiteName);
        WriteTime(writer, "published", metadata.Published);
        WriteTime(writer, "modified", metadata.Modified);
        writer.WriteString("url", metadata.Url?.OriginalString);
        writer.WriteString("language", metadata.Language);
        writer.WriteEndObject();
    }

    // Utf8JsonWriter writes a DateTimeOffset in ISO 8601 extended form ("2024-05-01T10:00:00+02:00").
    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteString(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Name(statement.Kind));
        writer.WriteString("type", Name(statement.Type));
        writer.WriteString("text", statement.Content.Text);
        writer.WriteNumber("start", statement.Content.Start);
        writer.WriteNumber("length", statement.Content.Length);
        if (statement.Parts.Count > 0)
        {
            // Only for a quote interrupted by its attribution, so records of one-piece statements keep their shape.
            writer.WriteStartArray("parts");
            foreach (var part in statement.Parts)
            {
                WriteExcerptValue(writer, part);
            }

            writer.WriteEndArray();
        }

        WriteExcerpt(writer, "cue", statement.Cue);
        if (statement.Speaker is { } speaker)
        {
            writer.WriteStartObject("speaker");
            writer.WriteString("name", speaker.Name);
            WriteExcerpt(writer, "mention", speaker.Mention);
            writer.WriteString("method", Name(speaker.Method));
            writer.WriteNumber("confidence", speaker.Confidence);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("speaker");
        }

        writer.WriteNumber("confidence", statement.Confidence);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity, bool details)
    {
        writer.WriteStartObject();
        writer.WriteString("name", entity.Name);
        writer.WriteString("kind", Name(entity.Kind));
        WriteStrings(writer, "aliases", entity.Aliases);
        writer.WriteString("gender", Name(entity.Gender));
        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", mention.Excerpt.Text);
            writer.WriteNumber("start", mention.Excerpt.Start);
            writer.WriteNumber("length", mention.Excerpt.Length);
            writer.WriteString("kind", Name(mention.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (details)
        {
            WriteStrings(writer, "roles", entity.Roles);
            writer.WriteStartArray("genderEvidence");
            foreach (var evidence in entity.GenderEvidence)
            {
                writer.WriteStartObject();
                writer.WriteString("source", Name(evidence.Source));
                writer.WriteString("gender", Name(evidence.Gender));
                WriteExcerpt(writer, "excerpt", evidence.Excerpt);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteReliability(Utf8JsonWriter writer, ReliabilityReport reliability)
    {
        writer.WriteStartObject("reliability");
        writer.WriteNumber("score", reliability.Score);
        writer.WriteString("level", Name(reliability.Level));
        WriteStrings(writer, "attributionChain", reliability.AttributionChain);
        writer.WriteStartArray("flags");
        foreach (var flag in reliability.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("code", flag.Code);
            writer.WriteString("severity", Name(flag.Severity));
            writer.WriteString("message", flag.Message);
            writer.WriteStartArray("evidence");
            foreach (var evidence in flag.Evidence)
            {
                WriteExcerptValue(writer, evidence);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteExcerpt(Utf8JsonWriter writer, string name, TextExcerpt? excerpt)
    {
        if (excerpt is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        WriteExcerptValue(writer, excerpt);
    }

    private static void WriteExcerptValue(Utf8JsonWriter writer, TextExcerpt excerpt)
    {
        writer.WriteStartObject();
        writer.WriteString("text", excerpt.Text);
        writer.WriteNumber("start", excerpt.Start);
        writer.WriteNumber("length", excerpt.Length);
        writer.WriteEndObject();
    }

    // Enum values are written in lower case ("direct", "organization"); the names are ASCII, so invariant is exact.
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <summary>The optional fields of a record; without any, the record is exactly the CLI's jsonl contract.</summary>
public sealed record AnalysisJsonOptions
{
    /// <summary>Adds <c>text</c>: the analysed text that every <c>start</c>/<c>length</c> indexes.</summary>
    public bool IncludeText { get; init; }

    /// <summary>
    /// Adds to each entity <c>roles</c> and <c>genderEvidence</c> (<c>source</c>, <c>gender</c>, <c>excerpt</c>): what a
    /// review page shows beside the statements. Off for the CLI, whose records stay as documented.
    /// </summary>
    public bool IncludeEntityDetails { get; init; }

    /// <summary>
    /// Adds <c>mode</c>, which analysis ran (<c>accurate</c>: the rules with the learnt tagger; <c>fast</c>: the rules
    /// alone), so that two outputs for one article that differ say why. Null leaves the field out.
    /// </summary>
    public string? Mode { get; init; }
}

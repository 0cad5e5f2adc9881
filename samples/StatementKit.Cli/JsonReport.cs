using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatementKit;

namespace StatementKit.Cli;

/// <summary>
/// The JSON contract of <c>--format jsonl</c> and <c>--format json</c>. Other tools read it: field names are stable.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Write(string path, ArticleAnalysis analysis, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            WriteArticle(writer, path, analysis);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string WriteArray(IEnumerable<(string Path, ArticleAnalysis Analysis)> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartArray();
            foreach (var (path, analysis) in results)
            {
                WriteArticle(writer, path, analysis);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter writer, string path, ArticleAnalysis analysis)
    {
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteString("title", analysis.Metadata.Title);
        writer.WriteStartArray("statements");
        foreach (var statement in analysis.Statements)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", statement.Kind.ToString().ToLowerInvariant());
            writer.WriteString("text", statement.Content.Text);
            writer.WriteNumber("start", statement.Content.Start);
            writer.WriteNumber("length", statement.Content.Length);
            WriteExcerpt(writer, "cue", statement.Cue);
            if (statement.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                writer.WriteString("name", speaker.Name);
                WriteExcerpt(writer, "mention", speaker.Mention);
                writer.WriteString("method", speaker.Method.ToString().ToLowerInvariant());
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

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteString("kind", entity.Kind.ToString().ToLowerInvariant());
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            writer.WriteString("gender", entity.Gender.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("reliability");
        writer.WriteNumber("score", analysis.Reliability.Score);
        writer.WriteString("level", analysis.Reliability.Level.ToString().ToLowerInvariant());
        writer.WriteStartArray("attributionChain");
        foreach (var link in analysis.Reliability.AttributionChain)
        {
            writer.WriteStringValue(link);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in analysis.Reliability.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("code", flag.Code);
            writer.WriteString("severity", flag.Severity.ToString().ToLowerInvariant());
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
}

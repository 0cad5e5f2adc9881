using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatementKit.Worker;

/// <summary>
/// One analysis as one JSON line with the contract's fields (README, "The JSON contract"): <c>path</c>, <c>title</c>,
/// <c>statements</c>, <c>entities</c>, <c>reliability</c>. A minimal writer of the worker's own until the CLI's
/// contract writer is shared as a library.
/// </summary>
internal static class JsonlRecord
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, string path, ArticleAnalysis analysis)
    {
        using (var json = new Utf8JsonWriter(output, Compact))
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteString("title", analysis.Metadata.Title);
            json.WriteStartArray("statements");
            foreach (var statement in analysis.Statements)
            {
                WriteStatement(json, statement);
            }

            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var entity in analysis.Entities)
            {
                json.WriteStartObject();
                json.WriteString("name", entity.Name);
                json.WriteString("kind", Name(entity.Kind));
                json.WriteStartArray("aliases");
                foreach (var alias in entity.Aliases)
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteString("gender", Name(entity.Gender));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteReliability(json, analysis.Reliability);
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteStatement(Utf8JsonWriter json, Statement statement)
    {
        json.WriteStartObject();
        json.WriteString("kind", Name(statement.Kind));
        json.WriteString("text", statement.Content.Text);
        json.WriteNumber("start", statement.Content.Start);
        json.WriteNumber("length", statement.Content.Length);
        WriteExcerpt(json, "cue", statement.Cue);
        if (statement.Speaker is { } speaker)
        {
            json.WriteStartObject("speaker");
            json.WriteString("name", speaker.Name);
            WriteExcerpt(json, "mention", speaker.Mention);
            json.WriteString("method", Name(speaker.Method));
            json.WriteNumber("confidence", speaker.Confidence);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speaker");
        }

        json.WriteNumber("confidence", statement.Confidence);
        json.WriteEndObject();
    }

    private static void WriteReliability(Utf8JsonWriter json, Reliability.ReliabilityReport report)
    {
        json.WriteStartObject("reliability");
        json.WriteNumber("score", report.Score);
        json.WriteString("level", Name(report.Level));
        json.WriteStartArray("attributionChain");
        foreach (var outlet in report.AttributionChain)
        {
            json.WriteStringValue(outlet);
        }

        json.WriteEndArray();
        json.WriteStartArray("flags");
        foreach (var flag in report.Flags)
        {
            json.WriteStartObject();
            json.WriteString("code", flag.Code);
            json.WriteString("severity", Name(flag.Severity));
            json.WriteString("message", flag.Message);
            json.WriteStartArray("evidence");
            foreach (var evidence in flag.Evidence)
            {
                WriteExcerptValue(json, evidence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExcerpt(Utf8JsonWriter json, string name, TextExcerpt? excerpt)
    {
        json.WritePropertyName(name);
        if (excerpt is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteExcerptValue(json, excerpt);
        }
    }

    private static void WriteExcerptValue(Utf8JsonWriter json, TextExcerpt excerpt)
    {
        json.WriteStartObject();
        json.WriteString("text", excerpt.Text);
        json.WriteNumber("start", excerpt.Start);
        json.WriteNumber("length", excerpt.Length);
        json.WriteEndObject();
    }

    /// <summary>The contract's lower-case names of enum values ("direct", "female", "warning").</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}

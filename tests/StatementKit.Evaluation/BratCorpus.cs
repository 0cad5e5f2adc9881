namespace StatementKit.Evaluation;

/// <summary>One gold attribution relation: its content and source as character ranges (pieces) of the article.</summary>
internal sealed record GoldRelation(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, string ContentText);

/// <summary>An article of the corpus with the relations of its first-listed annotator.</summary>
internal sealed record GoldArticle(string Name, string Text, IReadOnlyList<GoldRelation> Relations);

/// <summary>Reads PolNeAR's brat standoff files (format: ../shared/eval/README.md).</summary>
internal static class BratCorpus
{
    public static IEnumerable<GoldArticle> Load(string root, string split)
    {
        var annotators = FirstAnnotators(Path.Combine(root, "metadata.tsv"), split);
        foreach (var textPath in Directory.EnumerateFiles(Path.Combine(root, split, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (!annotators.TryGetValue(name, out var annotator))
            {
                continue;
            }

            var annPath = Path.Combine(root, split, "attributions", $"{name}_{annotator}.ann");
            if (!File.Exists(annPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            yield return new GoldArticle(name, text, ReadRelations(File.ReadAllText(annPath), text));
        }
    }

    private static Dictionary<string, string> FirstAnnotators(string metadataPath, string split)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(metadataPath);
        var header = lines[0].Split('\t');
        int compartment = Array.IndexOf(header, "compartment"), file = Array.IndexOf(header, "filename"), annotators = Array.IndexOf(header, "annotators");
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length > annotators && cells[compartment] == split)
            {
                result[cells[file]] = cells[annotators].Split('|')[0];
            }
        }

        return result;
    }

    private static List<GoldRelation> ReadRelations(string ann, string text)
    {
        // A record starts at a line "T12\t…" (or E, A, M, #); other lines continue the previous record's text.
        var records = new List<string>();
        foreach (var line in ann.Split('\n'))
        {
            if (line.Length > 1 && "TEAM#".Contains(line[0], StringComparison.Ordinal) && line.IndexOf('\t', StringComparison.Ordinal) is > 1 and var tab
                && line[1..tab].All(char.IsAsciiDigit))
            {
                records.Add(line);
            }
            else if (records.Count > 0)
            {
                records[^1] += "\n" + line;
            }
        }

        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r[0] == 'T'))
        {
            var fields = record.Split('\t');
            var typeAndRanges = fields[1];
            var space = typeAndRanges.IndexOf(' ', StringComparison.Ordinal);
            var pieces = new List<TextSpan>();
            foreach (var range in typeAndRanges[(space + 1)..].Split(';'))
            {
                var bounds = range.Trim().Split(' ');
                pieces.Add(TextSpan.FromBounds(int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture)));
            }

            spans[fields[0]] = pieces;
        }

        var relations = new List<GoldRelation>();
        foreach (var record in records.Where(r => r[0] == 'E'))
        {
            var roles = record.Split('\t')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    continue;
                }

                var (kind, id) = (role[..colon], role[(colon + 1)..]);
                if (!spans.TryGetValue(id, out var pieces))
                {
                    continue;
                }

                if (kind.StartsWith("Content", StringComparison.Ordinal))
                {
                    content.AddRange(pieces);
                }
                else if (kind == "Source")
                {
                    source.AddRange(pieces);
                }
                else if (kind == "Cue")
                {
                    cue.AddRange(pieces);
                }
            }

            if (content.Count > 0)
            {
                var contentText = string.Join(' ', content.Where(p => p.Start < text.Length).Select(p => text[p.Start..Math.Min(p.End, text.Length)]));
                relations.Add(new GoldRelation(content, source, cue, contentText));
            }
        }

        return relations;
    }
}

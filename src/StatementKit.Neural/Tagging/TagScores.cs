namespace StatementKit.Neural.Tagging;

/// <summary>The roles the model tags: each has its own O/B/I tag per piece.</summary>
internal enum Role
{
    Cue = 0,
    Source = 1,
    Content = 2,
}

/// <summary>
/// Log-probabilities of the tags O, B, I for each role and piece of a text (the model's logits, soft-maxed per role).
/// </summary>
internal sealed class TagScores
{
    public const int RoleCount = 3;
    public const int TagCount = 3;
    public const int PerPiece = RoleCount * TagCount;

    private readonly float[] values;

    public TagScores(int pieceCount)
    {
        PieceCount = pieceCount;
        values = new float[pieceCount * PerPiece];
    }

    public int PieceCount { get; }

    /// <summary>log P(tag) for <paramref name="role"/> at <paramref name="piece"/>; tags are 0 = O, 1 = B, 2 = I.</summary>
    public float LogProbability(int piece, Role role, int tag) => values[piece * PerPiece + (int)role * TagCount + tag];

    /// <summary>Keeps a word piece's logits, normalised per role.</summary>
    public void Set(int piece, ReadOnlySpan<float> logits)
    {
        var target = values.AsSpan(piece * PerPiece, PerPiece);
        for (var role = 0; role < RoleCount; role++)
        {
            var row = logits.Slice(role * TagCount, TagCount);
            var max = Math.Max(row[0], Math.Max(row[1], row[2]));
            var sum = MathF.Exp(row[0] - max) + MathF.Exp(row[1] - max) + MathF.Exp(row[2] - max);
            var log = max + MathF.Log(sum);
            for (var tag = 0; tag < TagCount; tag++)
            {
                target[role * TagCount + tag] = row[tag] - log;
            }
        }
    }
}

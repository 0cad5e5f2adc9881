namespace StatementKit.Neural;

/// <summary>Options of the accurate mode's tagger (defaults in the property docs). Read once, when the analyzer is built.</summary>
public sealed class NeuralTaggerOptions
{
    /// <summary>Threads ONNX Runtime may use inside one analysis [1]: one was faster than two on a shared 2-core machine;
    /// to use more cores, analyse several articles in parallel instead.</summary>
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>Windows run together in one model call [4].</summary>
    public int BatchSize { get; set; } = 4;

    /// <summary>Word pieces per window, the two special tokens included [256]; at most 512 (the encoder's positions).</summary>
    public int WindowPieces { get; set; } = 256;

    /// <summary>Pieces shared by consecutive windows [32]: each piece is scored with context on both sides.</summary>
    public int WindowOverlap { get; set; } = 32;

    /// <summary>A model file to run instead of the embedded one, for scoring a candidate model (evaluation only).</summary>
    internal string? ModelPath { get; set; }

    // Decoding: tuned on the held-out tenth of PolNeAR train, not meant to be changed by users.
    /// <summary>Contents the model is less sure of are dropped: with <see cref="ContentBias"/> 1 a floor of 0.6 kept precision
    /// and recall balanced (held-out tenth end-to-end 0.641 at 0.5, 0.644 at 0.6).</summary>
    internal double MinimumContentProbability { get; set; } = 0.6;

    internal double CueBias { get; set; }

    /// <summary>Sources are read generously: only the one nearest a statement's cue is used, so recall matters more.</summary>
    internal double SourceBias { get; set; } = 1.5;

    /// <summary>Contents are read generously (whole clauses rather than fragments): once pieces were joined only across
    /// interruptions, a bias of 1 raised held-out tenth end-to-end F1 0.621 to 0.641 (0 and 1.5–2 scored lower or the same).</summary>
    internal double ContentBias { get; set; } = 1.0;

    internal int MaxCueDistance { get; set; } = 120;

    internal int MaxSourceDistance { get; set; } = 150;

    internal int MaxJoinGap { get; set; } = 60;

    /// <summary>Whether content pieces split by a cue are joined only when the attribution interrupts one sentence, set
    /// off by commas or dashes on both sides [true]. Joining across any cue ("X said A and argued B") read two statements
    /// as one: on the held-out tenth of train end-to-end F1 rose 0.555 to 0.615.</summary>
    internal bool JoinOnlyInterruptions { get; set; } = true;

    /// <summary>The problems with these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (IntraOpThreads < 1)
        {
            problems.Add($"{nameof(IntraOpThreads)} must be at least 1.");
        }

        if (BatchSize is < 1 or > 64)
        {
            problems.Add($"{nameof(BatchSize)} must be between 1 and 64.");
        }

        if (WindowPieces is < 16 or > 512)
        {
            problems.Add($"{nameof(WindowPieces)} must be between 16 and 512.");
        }

        if (WindowOverlap < 0 || WindowOverlap > (WindowPieces - 2) / 2)
        {
            problems.Add($"{nameof(WindowOverlap)} must be between 0 and half of {nameof(WindowPieces)} less 2.");
        }

        return problems;
    }

    internal NeuralTaggerOptions Clone() => (NeuralTaggerOptions)MemberwiseClone();
}

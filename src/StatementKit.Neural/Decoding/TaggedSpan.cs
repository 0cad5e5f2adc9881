namespace StatementKit.Neural.Decoding;

/// <summary>A well-formed span the decoder read for one role: characters and the model's mean probability for it.</summary>
/// <param name="Span">The characters, from the first word's start to the last word's end.</param>
/// <param name="Probability">Mean over its words of P(B) + P(I).</param>
internal readonly record struct TaggedSpan(TextSpan Span, double Probability);

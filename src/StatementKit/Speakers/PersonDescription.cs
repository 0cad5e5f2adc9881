namespace StatementKit.Speakers;

/// <summary>
/// How the text describes a person next to a name: "Ben Carson, a retired neurosurgeon," (head "neurosurgeon", words
/// "retired"), "former Florida governor Jeb Bush" (head "governor", words "former", "florida"), "Jane Doe, 51," (age 51).
/// </summary>
/// <param name="Head">The head noun, lower case; empty for an age alone.</param>
/// <param name="Words">The other words of the description, lower case.</param>
/// <param name="Age">The age given, if any.</param>
internal sealed record PersonDescription(string Head, IReadOnlySet<string> Words, int? Age);

namespace StatementKit.Neural.Tokenization;

/// <summary>One vocabulary piece of the text: its id and the characters it covers.</summary>
/// <param name="Id">Vocabulary id.</param>
/// <param name="Start">First character (UTF-16 index into the analysed text).</param>
/// <param name="End">One past the last character.</param>
/// <param name="Word">Index of the word the piece belongs to.</param>
internal readonly record struct WordPiece(int Id, int Start, int End, int Word);

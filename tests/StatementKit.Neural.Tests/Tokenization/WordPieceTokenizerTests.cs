using System.Globalization;
using StatementKit.Neural.Tokenization;

namespace StatementKit.Neural.Tests.Tokenization;

public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = WordPieceTokenizer.LoadEmbedded();

    private static List<WordPiece> Tokenize(string text)
    {
        var pieces = new List<WordPiece>();
        Tokenizer.Tokenize(text, pieces, CancellationToken.None);
        return pieces;
    }

    [Fact]
    public void Matches_the_training_tokeniser_piece_for_piece()
    {
        // tokenizer-expected.tsv is what tools/training/wordpiece.py makes of the sample (Fixtures/make-tokenizer-expected.py).
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tokenizer-sample.txt"));
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tokenizer-expected.tsv"))
            .Select(line => line.Split('\t').Select(cell => int.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .Select(cells => new WordPiece(cells[0], cells[1], cells[2], cells[3]))
            .ToList();
        Assert.Equal(expected, Tokenize(text));
    }

    [Fact]
    public void Pieces_keep_exact_offsets_through_case_and_accents()
    {
        const string text = "CAFÉ unaffordable";
        var pieces = Tokenize(text);
        Assert.Equal(["CAFÉ", "una", "ff", "ord", "able"], pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal([0, 1, 1, 1, 1], pieces.Select(p => p.Word));
    }

    [Fact]
    public void Punctuation_is_a_word_of_its_own_and_white_space_belongs_to_none()
    {
        const string text = " “Yes,”\tshe\u00a0said. ";
        Assert.Equal(["“", "Yes", ",", "”", "she", "said", "."], Tokenize(text).Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_one_unknown_piece()
    {
        var text = "a " + new string('x', WordPieceTokenizer.MaxWordLength + 1) + " b";
        var pieces = Tokenize(text);
        Assert.Equal(3, pieces.Count);
        Assert.Equal(Tokenizer.Unknown, pieces[1].Id);
        Assert.Equal(WordPieceTokenizer.MaxWordLength + 1, pieces[1].End - pieces[1].Start);
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_pieces()
    {
        Assert.Empty(Tokenize(string.Empty));
        Assert.Empty(Tokenize(" \n\t\u00a0"));
    }
}

using System.Text;
using StatementKit.Cli.Inputs;
using StatementKit.Cli.Tests.Support;

namespace StatementKit.Cli.Tests;

/// <summary>
/// Issue #13 and #14: folders (recursive on request), per-file problems that do not stop the others, binary input
/// refused. Everything that could hang runs as a process in <see cref="HostileInputTests"/>.
/// </summary>
public sealed class InputTests
{
    private const string Quote = "“We are open,” said Anna Berg.";

    [Fact]
    public void A_missing_file_is_named_and_the_others_are_analysed()
    {
        var result = TheCli.Run("analyze", "--format", "jsonl", "/nonexistent/a.txt", TheCli.Articles()[0]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/a.txt: no such file or folder", result.Error, StringComparison.Ordinal);
        Assert.Single(result.OutLines);
    }

    [Fact]
    public void An_empty_folder_is_reported_and_fails()
    {
        using var folder = new TempFolder();

        var result = TheCli.Run("analyze", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(folder.Path + ": no .txt, .html or .htm file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Subfolders_are_read_only_with_recursive_and_otherwise_mentioned()
    {
        using var folder = new TempFolder();
        folder.File("top.txt", Quote);
        folder.File("sub/deeper/inner.html", "<p>" + Quote + "</p>");
        folder.File("notes.md", "not an article");

        var flat = TheCli.Run("analyze", "--format", "jsonl", folder.Path);
        var deep = TheCli.Run("analyze", "--format", "jsonl", "--recursive", folder.Path);

        Assert.Equal(0, flat.ExitCode);
        Assert.Single(flat.OutLines);
        Assert.Contains("skipped 1 subfolder (add --recursive", flat.Error, StringComparison.Ordinal);
        Assert.Contains("skipped 1 file not ending in .txt, .html or .htm", flat.Error, StringComparison.Ordinal);
        Assert.Equal(0, deep.ExitCode);
        Assert.Equal(2, deep.OutLines.Length);
        Assert.Contains("inner.html", deep.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("top.txt", deep.OutLines[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_symbolic_link_loop_is_reported_and_the_other_files_are_analysed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var folder = new TempFolder();
        folder.File("a.txt", Quote);
        File.CreateSymbolicLink(folder.Combine("loop1.txt"), folder.Combine("loop2.txt"));
        File.CreateSymbolicLink(folder.Combine("loop2.txt"), folder.Combine("loop1.txt"));
        Directory.CreateSymbolicLink(folder.Combine("self"), folder.Path);

        var result = TheCli.Run("analyze", "--format", "jsonl", "--recursive", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("loop1.txt: too many levels of symbolic links", result.Error, StringComparison.Ordinal);
        Assert.Contains("self: folder already read", result.Error, StringComparison.Ordinal);
        Assert.Contains("a.txt", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_executable_is_refused_as_binary()
    {
        using var folder = new TempFolder();
        File.Copy(CliProcess.Host == "dotnet" ? typeof(InputTests).Assembly.Location : CliProcess.Host, folder.Combine("program.txt"));
        folder.File("b.txt", Quote);

        var result = TheCli.Run("analyze", "--format", "jsonl", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("program.txt: binary data", result.Error, StringComparison.Ordinal);
        Assert.Contains("b.txt", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_and_the_limit_named()
    {
        using var folder = new TempFolder();
        var big = folder.File("big.txt", new string('a', 1024 * 1024 + 1));

        var result = TheCli.Run("analyze", "--max-size", "1", big);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("big.txt: the file has 1 MB, more than the limit of 1 MB (--max-size)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_over_the_size_limit_is_refused()
    {
        var result = TheCli.RunWithInput(new string('a', 1024 * 1024 + 1), "analyze", "--max-size", "1", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-: more than the limit of 1 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_make_data_binary()
    {
        Assert.Null(ArticleReader.Decode("text\0more"u8));
        Assert.Equal("plain “text”", ArticleReader.Decode("plain “text”"u8));
    }

    [Fact]
    public void Text_with_a_byte_order_mark_is_decoded_by_it()
    {
        Assert.Equal("héllo", ArticleReader.Decode([0xEF, 0xBB, 0xBF, .. "héllo"u8]));
        Assert.Equal("héllo", ArticleReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("héllo")]));
        Assert.Equal("héllo", ArticleReader.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("héllo")]));
    }

    [Fact]
    public void Legacy_8_bit_text_is_read_as_windows_1252_and_random_bytes_are_binary()
    {
        const string Prose = " was open on Monday, the owner said after a long week of repairs to the roof and the kitchen.";
        byte[] legacy = [.. "The caf"u8, 0xE9, .. Encoding.ASCII.GetBytes(Prose), 0x93, .. "We are back,"u8, 0x94, .. " she said."u8];
        Assert.Equal("The café" + Prose + "“We are back,” she said.", ArticleReader.Decode(legacy));

        var random = new byte[4096];
        new Random(7).NextBytes(random);
        random = random.Select(b => b == 0 ? (byte)1 : b).ToArray();
        Assert.Null(ArticleReader.Decode(random));
    }
}

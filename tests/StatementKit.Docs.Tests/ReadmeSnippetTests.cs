using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementKit.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md compiles, as written, as a program of its own (with the SDK's implicit
/// usings of a console app), against StatementKit and the packages the README names. A snippet that no longer compiles
/// fails here with the compiler's message and the block's line in the README.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        foreach (Match block in CSharpBlock().Matches(readme))
        {
            var line = readme.AsSpan(0, block.Index).Count('\n') + 1;
            data.Add(line, block.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void The_readme_has_csharp_snippets() => Assert.True(Snippets().Count >= 2);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles(int line, string code)
    {
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippetAtLine{line}",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest)),
                CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"README.md:{line}"),
            ],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, $"the C# block at README.md line {line} does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>The assemblies this test runs with: the framework, StatementKit and the packages it references.</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatementKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("StatementKit.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

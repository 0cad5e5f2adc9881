using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementKit.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md and of <c>docs/*.md</c> compiles, as written, as a program of its own (with
/// the SDK's implicit usings of a console app), in a project set up exactly as the README's Install says: the framework
/// and the packages its <c>dotnet add package</c> lines add, with what they depend on, and nothing else this test runs
/// with. A snippet that needs a package Install never mentions fails here, with the compiler's message and the block's
/// file and line.
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

    public static TheoryData<string, string> Snippets()
    {
        var data = new TheoryData<string, string>();
        var root = RepositoryRoot();
        var documents = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal).Prepend(Path.Combine(root, "README.md"));
        foreach (var document in documents)
        {
            var text = File.ReadAllText(document).ReplaceLineEndings("\n");
            var name = Path.GetRelativePath(root, document).Replace('\\', '/');
            foreach (Match block in CSharpBlock().Matches(text))
            {
                data.Add($"{name}:{text.AsSpan(0, block.Index).Count('\n') + 1}", block.Groups[1].Value);
            }
        }

        return data;
    }

    [Fact]
    public void The_readme_and_docs_have_csharp_snippets() => Assert.True(Snippets().Count >= 6);

    [Fact]
    public void The_install_section_adds_the_library_and_its_optional_packages() =>
        Assert.Equal(["StatementKit", "Microsoft.Extensions.DependencyInjection", "StatementKit.Neural", "StatementKit.Redis"], InstalledPackages());

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles(string place, string code)
    {
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest)),
                CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: place),
            ],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, $"the C# block at {place} does not compile in an app set up as README's Install says:\n" + string.Join("\n", errors));
    }

    /// <summary>The packages README's Install section adds, in order (<c>dotnet add package NAME</c>).</summary>
    internal static IReadOnlyList<string> InstalledPackages()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## Install\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Install' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var install = end < 0 ? readme[start..] : readme[start..end];
        return AddPackage().Matches(install).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The framework's assemblies and those of the installed packages with everything they depend on, read from this
    /// test's dependency manifest (which has the same packages, as project or package references, and more).
    /// </summary>
    private static List<MetadataReference> References()
    {
        var allowed = AssembliesOf(InstalledPackages());
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal) || allowed.Contains(Path.GetFileName(path)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static HashSet<string> AssembliesOf(IEnumerable<string> packages)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StatementKit.Docs.Tests.deps.json")));
        var libraries = manifest.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject()
            .ToDictionary(l => l.Name[..l.Name.IndexOf('/', StringComparison.Ordinal)], l => l.Value, StringComparer.OrdinalIgnoreCase);
        var assemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(packages);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name))
            {
                continue;
            }

            Assert.True(libraries.TryGetValue(name, out var library), $"README's Install adds {name}, which this test project does not reference");
            if (library.TryGetProperty("runtime", out var runtime))
            {
                assemblies.UnionWith(runtime.EnumerateObject().Select(a => Path.GetFileName(a.Name)));
            }

            if (library.TryGetProperty("dependencies", out var dependencies))
            {
                foreach (var dependency in dependencies.EnumerateObject())
                {
                    pending.Push(dependency.Name);
                }
            }
        }

        return assemblies;
    }

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

    [GeneratedRegex(@"dotnet add package ([A-Za-z0-9_.\-]+)")]
    private static partial Regex AddPackage();
}

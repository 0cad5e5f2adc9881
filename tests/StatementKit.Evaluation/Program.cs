using System.Globalization;
using System.Text.Json;
using StatementKit;
using StatementKit.Evaluation;

// dotnet run --project tests/StatementKit.Evaluation -c Release -- [--mode fast|accurate] [--tagger Name=Value]... [--split dev] [--root DIR] [--json FILE] [--errors N] [--cue-stats] [--min-confidence X] [--gate BASELINE]
//   [--speaker-gold tests/StatementKit.Evaluation/SpeakerGold/dev.tsv]   (speaker resolution: the right entity for each found quote)
//   or: -- --split train --train-cue-model src/StatementKit/Data/cue-model.tsv   (refits the learnt cue model)
//   or: -- --split train --train-statement-model src/StatementKit/Data/statement-model.tsv   (refits the statement model;
//       train it after the cue model: its examples are the candidates the rules and the cue model produce)
//   --held-out-tenth: train without every tenth train article, and evaluate on those articles only (for tuning)
//   --model-threshold X: write X as the trained model's threshold instead of the tuned one
//   --fit-calibration src/StatementKit/Data/calibration.tsv: fit the mode's confidence calibration on the articles
//       evaluated (with --split train --held-out-tenth; never on dev) and write it; --uncalibrated: the raw confidences
//   --diagram docs/reliability-accurate.png: draw the reliability diagram of the run (ScottPlot)
//   or: -- --reliability-variants [--mode fast|accurate] [--split dev] [--pages DIR] [--gate reliability-baseline.json] [--errors N]
//       (the reliability-variants dev set: state-media and mis-gendering flags on generated variants of real articles)
//   or: -- --pages ../shared/html/readability-test-pages [--entities]   (alone: main content and metadata of saved web pages;
//       --entities also lists each page's entities by kind and its statements' speakers, for review; PageEvaluation.cs)
if (args.Length == 4 && args[0] == "--train-pronoun-model")
{
    // -- --train-pronoun-model ../shared/data/gap/gap-development.tsv ../shared/data/gap/gap-validation.tsv src/StatementKit/Data/pronoun-model.tsv
    return PronounModelTrainer.Train(args[1], args[2], args[3]);
}

if (args.Length >= 2 && args[0] == "--gap")
{
    // -- --gap ../shared/data/gap/gap-validation.tsv [--mode accurate]: pronoun coreference on GAP (never its test split)
    var gapAnalyzer = args.Length >= 4 && args[2] == "--mode" && args[3] == "accurate" ? AccurateMode.Create(null, []) : StatementAnalyzer.CreateDefault();
    return GapEvaluation.Run(gapAnalyzer, args[1]);
}

if (args.Length is 2 or 3 && args[0] == "--pages")
{
    return PageEvaluation.Run(args[1], printEntities: args.Length == 3 && args[2] == "--entities");
}

var split = "dev";
var mode = "fast";
var taggerSettings = new List<string>();
var root = Path.Combine("..", "shared", "eval", "polnear");
string? diagramPath = null;
string? jsonPath = null, gatePath = null, cueModelPath = null, statementModelPath = null, speakerGoldPath = null, calibrationPath = null;
var calibrate = true;
var errors = 0;
var cueStats = false;
double? minimumConfidence = null; // the library's default unless --min-confidence says otherwise
var heldOutTenth = false;
var reliabilityVariants = false;
var pagesRoot = Path.Combine("..", "shared", "html", "readability-test-pages");
double? modelThreshold = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--split": split = args[++i]; break;
        case "--mode": mode = args[++i]; break;
        case "--tagger": taggerSettings.Add(args[++i]); break;
        case "--root": root = args[++i]; break;
        case "--json": jsonPath = args[++i]; break;
        case "--errors": errors = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--gate": gatePath = args[++i]; break;
        case "--train-cue-model": cueModelPath = args[++i]; break;
        case "--train-statement-model": statementModelPath = args[++i]; break;
        case "--held-out-tenth": heldOutTenth = true; break;
        case "--fit-calibration": calibrationPath = args[++i]; calibrate = false; break;
        case "--uncalibrated": calibrate = false; break;
        case "--diagram": diagramPath = args[++i]; break;
        case "--dump-types":
            TypedScores.Dump(BratCorpus.Load(root, split), args[++i], split == "dev" ? 6 : 60);
            return 0;
        case "--model-threshold": modelThreshold = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--cue-stats": cueStats = true; break;
        case "--speaker-gold": speakerGoldPath = args[++i]; break;
        case "--reliability-variants": reliabilityVariants = true; break;
        case "--pages": pagesRoot = args[++i]; break;
        case "--min-confidence": minimumConfidence = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

if (!Directory.Exists(Path.Combine(root, split)))
{
    Console.WriteLine($"PolNeAR not found at {Path.GetFullPath(Path.Combine(root, split))}: nothing to evaluate (the corpus is evaluation-only and never in this repository).");
    return 0;
}

if (reliabilityVariants)
{
    var variantsAnalyzer = mode == "accurate" ? AccurateMode.Create(minimumConfidence, taggerSettings) : StatementAnalyzer.CreateDefault();
    return StatementKit.Evaluation.Variants.ReliabilityVariants.Run(variantsAnalyzer, root, split, pagesRoot, jsonPath, gatePath, errors);
}

if (cueModelPath is not null || statementModelPath is not null)
{
    var articles = BratCorpus.Load(root, split).ToList();
    if (cueModelPath is not null)
    {
        ModelTrainer.TrainCueModel(articles, cueModelPath, fitHeldOut: !heldOutTenth, modelThreshold);
    }

    if (statementModelPath is not null)
    {
        ModelTrainer.TrainStatementModel(articles, statementModelPath, fitHeldOut: !heldOutTenth, modelThreshold);
    }

    return 0;
}

var analyzer = mode switch
{
    "fast" => calibrate
        ? StatementAnalyzer.CreateDefault(o => ConfidenceThresholdOption.Apply(o, minimumConfidence, calibrate))
        : new StatementAnalyzerBuilder().Configure(o => ConfidenceThresholdOption.Apply(o, minimumConfidence, calibrate)).WithoutCalibration().Build(),
    "accurate" => AccurateMode.Create(minimumConfidence, taggerSettings, calibrate),
    _ => throw new ArgumentException($"unknown mode {mode} (fast or accurate)"),
};
var scores = new List<ArticleScore>();
var scored = new List<(GoldArticle Article, ArticleScore Score)>();
foreach (var article in BratCorpus.Load(root, split).Where((_, i) => !heldOutTenth || i % 10 == 0))
{
    var analysis = analyzer.Analyze(Article.FromText(article.Text));
    var predictions = analysis.Statements
        .Select(s => new Prediction(s.Content.Span, s.Speaker?.Mention?.Span, s.Content.Text, s.Speaker?.Name, s.Kind.ToString(), s.Cue?.Text ?? "-",
            s.Speaker?.Method.ToString() ?? "-")
        {
            Confidence = s.Confidence,
            SpeakerConfidence = s.Speaker?.Confidence,
            Type = s.Type,
        })
        .ToList();
    scores.Add(Scorer.Score(article, predictions));
    scored.Add((article, scores[^1]));
}

var report = Report.From(split, scores);
Report.Print(report);
if (errors > 0)
{
    Report.PrintErrors(scores, errors);
}

TypedScores.Print(scored, TypedScores.LoadChecked(Path.Combine(AppContext.BaseDirectory, "TypeGold", split + ".tsv")));
Calibration.Print(scores);
if (diagramPath is not null)
{
    Calibration.Draw(scores, $"PolNeAR {split}, {mode} mode{(calibrate ? "" : ", uncalibrated")}: is confidence a probability?", diagramPath);
}
if (calibrationPath is not null)
{
    Calibration.Fit(scores, StatementKit.Learning.CalibrationTable.Profile(analyzer.Proposers.Select(p => p.Name)), calibrationPath);
}

if (speakerGoldPath is not null)
{
    SpeakerResolution.Print(scored, SpeakerResolution.Load(speakerGoldPath), errors);
}

if (cueStats)
{
    Report.PrintCueStatistics(scores);
}

if (jsonPath is not null)
{
    File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Report.JsonOptions));
}

if (gatePath is not null)
{
    var baseline = JsonSerializer.Deserialize<Baseline>(File.ReadAllText(gatePath), Report.JsonOptions)!;
    const double tolerance = 0.01;
    var ok = report.ContentF1 >= baseline.ContentF1 - tolerance && report.EndToEndF1 >= baseline.EndToEndF1 - tolerance;
    Console.WriteLine(ok
        ? $"gate: passed (content F1 {report.ContentF1:F3} vs baseline {baseline.ContentF1:F3}; end-to-end F1 {report.EndToEndF1:F3} vs {baseline.EndToEndF1:F3})"
        : $"gate: FAILED (content F1 {report.ContentF1:F3} vs baseline {baseline.ContentF1:F3}; end-to-end F1 {report.EndToEndF1:F3} vs {baseline.EndToEndF1:F3}; tolerance {tolerance})");
    return ok ? 0 : 1;
}

return 0;

/// <summary>The recorded figures the CI gate compares against; update deliberately when accuracy improves.</summary>
internal sealed record Baseline(string Split, double ContentF1, double EndToEndF1);

using System.Globalization;

namespace StatementKit.Worker;

/// <summary>A problem with the command line or its input, told in one line and ended with exit status 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The arguments of <c>enqueue</c> and <c>work</c>: <c>--name value</c> or <c>--name=value</c> options, each known and
/// given once, and the other arguments as they came (paths, which may start with <c>/</c>, so the host's own
/// command-line configuration, which takes <c>/name</c> as an option, is not used for these commands).
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private CommandArguments(string command) => Command = command;

    public string Command { get; }

    public List<string> Positionals { get; } = [];

    public static CommandArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var parsed = new CommandArguments(command);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (!known.Contains(name))
            {
                throw new UsageException($"{command}: unknown option '--{name}' (known: {string.Join(", ", known.Select(k => "--" + k))}).");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{command}: --{name} needs a value.");
            }

            if (!parsed.options.TryAdd(name, value))
            {
                throw new UsageException($"{command}: --{name} is given twice.");
            }
        }

        return parsed;
    }

    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value ? value : throw new UsageException($"{Command}: --{name} is required.");

    public string? Optional(string name) => options.TryGetValue(name, out var value) ? value : null;

    /// <summary>A duration in seconds (decimals allowed), at least <paramref name="minimum"/>.</summary>
    public TimeSpan? Seconds(string name, double minimum)
    {
        if (Optional(name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds)
            || seconds < minimum || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            throw new UsageException($"{Command}: --{name} must be a number of seconds, at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}

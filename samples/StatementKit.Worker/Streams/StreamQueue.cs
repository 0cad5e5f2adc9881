using StackExchange.Redis;

namespace StatementKit.Worker.Streams;

/// <summary>An entry as this consumer got it, and how many times the group delivered it (1: never before).</summary>
internal readonly record struct QueuedEntry(StreamEntry Entry, long Deliveries);

/// <summary>
/// The Redis side of <c>work</c>: a consumer group on the input stream, the results stream and the dead-letter stream
/// (<c>NAME:dead</c>). Writing an outcome and acknowledging its entry happen in one MULTI/EXEC, so an entry is never
/// acknowledged without its outcome, nor (short of a lost reply) given an outcome twice by one consumer.
/// </summary>
internal sealed class StreamQueue(IDatabase database, StreamWorkSettings settings)
{
    public string DeadLetterStream { get; } = settings.Stream + ":dead";

    /// <summary>Creates the group (and the stream) when missing, reading from the stream's start so entries added before
    /// the first worker are not passed over.</summary>
    public async Task EnsureGroupAsync()
    {
        try
        {
            await database.StreamCreateConsumerGroupAsync(settings.Stream, settings.Group, StreamPosition.Beginning, createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another worker created it first.
        }
    }

    /// <summary>Entries never delivered to the group, at most <paramref name="count"/>.</summary>
    public async Task<QueuedEntry[]> ReadNewAsync(int count)
    {
        var entries = await database.StreamReadGroupAsync(settings.Stream, settings.Group, settings.Consumer, StreamPosition.NewMessages, count).ConfigureAwait(false);
        return [.. entries.Select(e => new QueuedEntry(e, 1))];
    }

    /// <summary>Entries pending longer than <c>--claim-after</c> with any consumer, now this one's (XAUTOCLAIM), with how
    /// many times each was delivered.</summary>
    public async Task<QueuedEntry[]> ClaimAsync(int count)
    {
        var idle = (long)settings.ClaimAfter.TotalMilliseconds;
        var result = await database.StreamAutoClaimAsync(settings.Stream, settings.Group, settings.Consumer, idle, "0-0", count).ConfigureAwait(false);
        if (result.DeletedIds.Length > 0)
        {
            // Entries trimmed from the stream while pending: nothing left to analyse; Redis already dropped them from the list.
            await database.StreamAcknowledgeAsync(settings.Stream, settings.Group, result.DeletedIds).ConfigureAwait(false);
        }

        var claimed = result.ClaimedEntries.Where(e => !e.IsNull).ToList();
        if (claimed.Count == 0)
        {
            return [];
        }

        // XAUTOCLAIM does not tell the delivery counts; XPENDING over the claimed range (in id order) of this consumer
        // does, which holds no more than the claimed entries and those in hand.
        var pending = await database.StreamPendingMessagesAsync(settings.Stream, settings.Group, claimed.Count + settings.MaxInFlight, settings.Consumer,
            claimed[0].Id, claimed[^1].Id).ConfigureAwait(false);
        var deliveries = pending.ToDictionary(p => (string)p.MessageId!, p => (long)p.DeliveryCount, StringComparer.Ordinal);
        return [.. claimed.Select(e => new QueuedEntry(e, deliveries.GetValueOrDefault((string)e.Id!, 2)))];
    }

    /// <summary>Adds the result (<c>id</c>, <c>json</c>) and acknowledges the entry, together.</summary>
    public Task CompleteAsync(RedisValue entry, string id, string json) =>
        AddAndAcknowledgeAsync(settings.Results, [new("id", id), new("json", json)], entry);

    /// <summary>Adds the entry to the dead-letter stream (<c>id</c>, <c>reason</c>) and acknowledges it, together.</summary>
    public Task DeadLetterAsync(RedisValue entry, string id, string reason) =>
        AddAndAcknowledgeAsync(DeadLetterStream, [new("id", id), new("reason", reason)], entry);

    /// <summary>How many entries of the group wait in all: those not delivered yet (the group's lag) and those pending.</summary>
    public async Task<(long Lag, long Pending)> BacklogAsync()
    {
        var groups = await database.StreamGroupInfoAsync(settings.Stream).ConfigureAwait(false);
        var group = groups.FirstOrDefault(g => g.Name == settings.Group);
        return (group.Lag ?? 0, group.PendingMessageCount);
    }

    private async Task AddAndAcknowledgeAsync(RedisKey target, NameValueEntry[] fields, RedisValue entry)
    {
        var transaction = database.CreateTransaction();
        _ = transaction.StreamAddAsync(target, fields);
        _ = transaction.StreamAcknowledgeAsync(settings.Stream, settings.Group, entry);
        // Without conditions, a transaction that was not run can only mean a failure the client reports.
        if (!await transaction.ExecuteAsync().ConfigureAwait(false))
        {
            throw new RedisException("The MULTI/EXEC of an outcome and its acknowledgement was not run.");
        }
    }
}

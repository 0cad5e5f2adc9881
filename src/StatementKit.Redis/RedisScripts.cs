namespace StatementKit.Redis;

/// <summary>
/// The two Lua scripts the registry runs; each is one round trip and runs atomically on the server, so an article's
/// counts land whole and concurrent workers never overwrite each other (HINCRBY adds, it never sets).
/// </summary>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS: one hash per name. ARGV: the entry lifetime in seconds, the number of fields F, the F field names, then F
    /// increments per key. Adds each non-zero increment and restarts each key's expiry.
    /// </summary>
    public const string Record = """
        local ttl = tonumber(ARGV[1])
        local count = tonumber(ARGV[2])
        for i, key in ipairs(KEYS) do
          local base = 2 + count + (i - 1) * count
          for j = 1, count do
            local n = tonumber(ARGV[base + j])
            if n ~= 0 then redis.call('HINCRBY', key, ARGV[2 + j], n) end
          end
          redis.call('EXPIRE', key, ttl)
        end
        return #KEYS
        """;

    /// <summary>KEYS: one hash per name. ARGV: the field names. Returns the values of every key's fields, in order, "0" where absent.</summary>
    public const string Find = """
        local out = {}
        for _, key in ipairs(KEYS) do
          local values = redis.call('HMGET', key, unpack(ARGV))
          for j = 1, #ARGV do out[#out + 1] = values[j] or '0' end
        end
        return out
        """;
}

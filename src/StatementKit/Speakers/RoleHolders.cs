namespace StatementKit.Speakers;

/// <summary>
/// Which persons a role descriptor ("the Finnish leader", "the foreign minister") can name: those with a role of its
/// class, scored by how much of the descriptor (country, title) their roles match.
/// </summary>
internal static class RoleHolders
{
    /// <summary>The persons of <paramref name="entities"/> whose roles fit best (score above zero), in table order.</summary>
    public static List<EntityDraft> Best(IEnumerable<EntityDraft> entities, string roleClass, string? title, string? country)
    {
        var best = new List<EntityDraft>();
        var bestScore = 0;
        foreach (var entity in entities)
        {
            var score = entity.Kind == EntityKind.Person ? Score(entity, roleClass, title, country) : 0;
            if (score > bestScore)
            {
                bestScore = score;
                best.Clear();
            }

            if (score == bestScore && score > 0)
            {
                best.Add(entity);
            }
        }

        return best;
    }

    private static int Score(EntityDraft entity, string roleClass, string? title, string? country)
    {
        var score = 0;
        foreach (var role in entity.Roles)
        {
            // "the Finnish leader": "leader" fits any role, the country decides.
            if (!string.Equals(role.RoleClass, roleClass, StringComparison.Ordinal) && roleClass != "leader"
                || country is not null && role.Country is not null && !string.Equals(role.Country, country, StringComparison.Ordinal))
            {
                continue;
            }

            var roleScore = 1;
            roleScore += country is not null && role.Country == country ? 4 : 0;
            roleScore += title is not null && string.Equals(role.Title, title, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
            score = Math.Max(score, roleScore);
        }

        return score;
    }
}

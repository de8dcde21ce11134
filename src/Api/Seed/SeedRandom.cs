using Bogus;

namespace MentorGraph.Api.Seed;

/// <summary>
/// The one pseudo-random source of a seed run: a Bogus <see cref="Randomizer"/> made from the seed, which
/// also drives the <see cref="Faker"/> that makes names. Every choice of the generator is drawn from it in
/// a fixed order, so the same seed gives the same data. Never shared between threads.
/// </summary>
public sealed class SeedRandom
{
    public SeedRandom(int seed)
    {
        Randomizer = new Randomizer(seed);
        Faker = new Faker("en") { Random = Randomizer };
    }

    public Randomizer Randomizer { get; }

    /// <summary>Names and other locale data, drawing from <see cref="Randomizer"/>.</summary>
    public Faker Faker { get; }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Int(int min, int max) => Randomizer.Int(min, max);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => Randomizer.Double() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Randomizer.Int(0, items.Count - 1)];

    /// <summary>An index drawn with the given (non-negative, not all zero) weights.</summary>
    public int PickIndex(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var target = Randomizer.Double() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        for (var i = weights.Count - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    /// <summary>One of <paramref name="items"/>, each with its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var weights = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            weights[i] = items[i].Weight;
        }

        return items[PickIndex(weights)].Item;
    }

    /// <summary><paramref name="count"/> different items of <paramref name="items"/> (all of them when there are fewer; none for 0 or less), in a random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>(Math.Clamp(count, 0, pool.Count));
        while (result.Count < count && pool.Count > 0)
        {
            var index = Randomizer.Int(0, pool.Count - 1);
            result.Add(pool[index]);
            pool[index] = pool[^1];
            pool.RemoveAt(pool.Count - 1);
        }

        return result;
    }
}

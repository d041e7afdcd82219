namespace Deskmine.Mining.Maps;

/// <summary>In-place selection (Hoare's quickselect) for medians of slices of a flat array.</summary>
internal static class Selection
{
    /// <summary>
    /// Median of <paramref name="values"/> as numpy defines it: the middle value, or the mean of the two middle
    /// values for an even count. Reorders the span.
    /// </summary>
    public static double Median(Span<long> values)
    {
        var n = values.Length;
        if (n == 0)
            throw new ArgumentException("No values.", nameof(values));
        var k = n / 2;
        var upper = Select(values, k);
        if ((n & 1) == 1)
            return upper;
        // After selection everything left of k is <= values[k]: the lower middle is their maximum.
        var lower = long.MinValue;
        foreach (var v in values[..k])
            lower = Math.Max(lower, v);
        return (lower / 2.0) + (upper / 2.0);
    }

    /// <summary>Puts the k-th smallest value at index <paramref name="k"/> and returns it.</summary>
    public static long Select(Span<long> values, int k)
    {
        var lo = 0;
        var hi = values.Length - 1;
        while (hi > lo)
        {
            if (hi - lo < 16)
            {
                InsertionSort(values[lo..(hi + 1)]);
                return values[k];
            }
            var mid = lo + ((hi - lo) / 2);
            // Median of three keeps sorted and constant runs from going quadratic.
            if (values[mid] < values[lo]) Swap(values, mid, lo);
            if (values[hi] < values[lo]) Swap(values, hi, lo);
            if (values[hi] < values[mid]) Swap(values, hi, mid);
            var pivot = values[mid];
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    Swap(values, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j)
                hi = j;
            else if (k >= i)
                lo = i;
            else
                return values[k];
        }
        return values[k];
    }

    /// <summary>Sorts a short slice in place. Not <c>Span.Sort</c>: the framework builds its sorter for <c>long</c> by
    /// reflection and JIT-compiles it at every run, for slices of at most 16 values.</summary>
    private static void InsertionSort(Span<long> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var v = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
    }

    private static void Swap(Span<long> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}

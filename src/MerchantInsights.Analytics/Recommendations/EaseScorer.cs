using MathNet.Numerics.LinearAlgebra;

namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): item-item weights in closed form,
/// P = (XᵀX + λI)⁻¹, B = I − P·diag(1/diag(P)) with a zero diagonal; a customer's scores are x·B. Restricted to the
/// most bought products (the inverse is O(m³)); a customer's score for j sums B[i, j] over what they bought.
/// </summary>
internal sealed class EaseScorer : Scorer
{
    private readonly CoOccurrence _counts;
    private readonly double[] _b; // m × m, row-major

    public EaseScorer(Interactions data, CoOccurrence counts, int maxItems, double lambda) : base(data)
    {
        _counts = counts;
        var m = Math.Min(maxItems, counts.Size);
        Size = m;
        var gram = Matrix<double>.Build.Dense(m, m, (a, b) => counts.At(a, b) + (a == b ? lambda : 0));
        var p = gram.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(m));
        _b = new double[m * m];
        for (var a = 0; a < m; a++)
            for (var c = 0; c < m; c++)
                _b[a * m + c] = a == c ? 0 : -p[a, c] / p[c, c];
        Lambda = lambda;
    }

    public int Size { get; }
    public double Lambda { get; }
    public override string Name => "EASE";

    public override void Score(int user, double[] scores)
    {
        Array.Clear(scores);
        foreach (var item in Data.History[user].Keys)
        {
            var a = _counts.Position[item];
            if (a < 0 || a >= Size) continue;
            for (var c = 0; c < Size; c++) scores[_counts.Members[c]] += _b[a * Size + c];
        }
    }

    public override string Reason(int user, int item)
    {
        var c = _counts.Position[item];
        if (c < 0 || c >= Size) return "";
        var best = Data.History[user].Keys.Where(i => _counts.Position[i] is >= 0 and var a && a < Size)
            .Select(i => (i, w: _b[_counts.Position[i] * Size + c])).DefaultIfEmpty().MaxBy(x => x.w);
        return best.w > 0 ? $"because you bought {Item(best.i)}" : "";
    }
}

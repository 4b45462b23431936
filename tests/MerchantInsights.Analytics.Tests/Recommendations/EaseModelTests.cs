using MathNet.Numerics.LinearAlgebra;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class EaseModelTests
{
    // Customers × products (A, B, C): u1 {A,B}, u2 {A,B,C}, u3 {B,C}, u4 {A}.
    private static ShopSnapshot Snapshot() =>
        ShopSnapshot.Build(PurchaseHistory.From(new ShopBuilder()
            .Order("u1", 0, "A", "B").Order("u2", 0, "A", "B", "C").Order("u3", 0, "B", "C").Order("u4", 0, "A").Lines),
            cutDay: ShopBuilder.Day0.DayNumber + 1, new RecommendationOptions());

    [Fact]
    public void Weights_match_the_closed_form()
    {
        var snapshot = Snapshot();
        var gram = EaseGram.Build(snapshot, 10, CancellationToken.None);
        const double lambda = 0.5;

        var model = EaseModel.Fit(snapshot, gram, lambda);

        // Independent computation: X in gram order, P = (XᵀX + λI)⁻¹, B = I − P diag(1/diag P).
        var x = Matrix<double>.Build.Dense(4, 3, (u, c) => snapshot.Items(u).Contains(gram.Items[c]) ? 1 : 0);
        var p = (x.TransposeThisAndMultiply(x) + lambda * Matrix<double>.Build.DenseIdentity(3)).Inverse();
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(i == j ? 0 : -p[i, j] / p[j, j], model.Weights[i * 3 + j], 10);
    }

    [Fact]
    public void Hand_computed_gram_and_scores()
    {
        var snapshot = Snapshot();
        var gram = EaseGram.Build(snapshot, 10, CancellationToken.None);
        // A and B: 3 buyers each... A: u1,u2,u4 = 3; B: u1,u2,u3 = 3; C: u2,u3 = 2; A∧B = 2, A∧C = 1, B∧C = 2.
        double Count(string a, string b) => gram.Gram[Pos(gram, snapshot, a) * 3 + Pos(gram, snapshot, b)];
        Assert.Equal([3, 3, 2, 2, 1, 2], new[] { Count("A", "A"), Count("B", "B"), Count("C", "C"), Count("A", "B"), Count("A", "C"), Count("B", "C") });

        var model = EaseModel.Fit(snapshot, gram, 0.5);
        var scores = new double[3];
        var reasons = new int[3];
        model.Score(3, scores, reasons); // u4 bought only A
        Assert.Equal(0, scores[0]);
        Assert.Equal(model.Weights[Pos(gram, snapshot, "A") * 3 + Pos(gram, snapshot, "B")], scores[1], 12);
        Assert.Equal(0, reasons[1]);
    }

    /// <summary>The vectorised scoring gives, for every customer, exactly the scores and reasons of the plain loop over X·B.</summary>
    [Fact]
    public void Scores_and_reasons_equal_the_plain_loop_for_every_customer()
    {
        var catalogue = Enumerable.Range(0, 37).Select(i => $"P{i:00}").ToList(); // not a multiple of the vector width
        var snapshot = ShopSnapshot.Build(PurchaseHistory.From(new ShopBuilder().RandomOrders(400, 7, catalogue).Lines),
            cutDay: ShopBuilder.Day0.DayNumber + 61, new RecommendationOptions());
        var gram = EaseGram.Build(snapshot, 30, CancellationToken.None); // 30 of the 37 products, so some rows are outside the model
        var model = EaseModel.Fit(snapshot, gram, 2.0);
        var m = gram.Size;
        var n = snapshot.ProductCount;
        var scored = 0;
        for (var user = 0; user < snapshot.CustomerCount; user++)
        {
            var (scores, reasons) = (new double[n], Enumerable.Repeat(-1, n).ToArray());
            model.Score(user, scores, reasons);

            var (expected, expectedReasons, best) = (new double[n], Enumerable.Repeat(-1, n).ToArray(), new double[m]);
            foreach (var i in snapshot.Items(user))
            {
                var row = gram.Position[i];
                if (row < 0) continue;
                for (var c = 0; c < m; c++)
                {
                    var w = model.Weights[row * m + c];
                    expected[gram.Items[c]] += w;
                    if (w > best[c]) (best[c], expectedReasons[gram.Items[c]]) = (w, i);
                }
            }
            Assert.Equal(expected, scores);
            Assert.Equal(expectedReasons, reasons);
            if (expectedReasons.Any(r => r >= 0)) scored++;
        }
        Assert.True(scored > 50, $"only {scored} customers had a reason");
    }

    private static int Pos(EaseGram gram, ShopSnapshot snapshot, string product) =>
        gram.Position[product[0] - 'A'];
}

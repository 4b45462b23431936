using MathNet.Numerics.LinearAlgebra;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Analytics.Tests.Recommendations;

public sealed class SymmetricInverseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(150)]
    public void Inverse_matches_MathNet_on_a_random_gram_matrix(int m)
    {
        var random = new Random(m);
        var x = Matrix<double>.Build.Dense(2 * m + 5, m, (_, _) => random.NextDouble() < 0.3 ? 1 : 0);
        var a = x.TransposeThisAndMultiply(x) + 2 * Matrix<double>.Build.DenseIdentity(m);

        var inverse = a.ToRowMajorArray();
        SymmetricInverse.InvertInPlace(inverse, m);

        var expected = a.Inverse();
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++)
                Assert.Equal(expected[i, j], inverse[i * m + j], 9);
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_is_rejected() =>
        Assert.Throws<ArithmeticException>(() => SymmetricInverse.InvertInPlace([1, 2, 2, 1], 2));
}

using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Maximum likelihood for positive parameters: Nelder–Mead (MathNet) on their logarithms, so no bound is needed and a
/// step never leaves the valid region. When the simplex has not converged after its iteration budget, the best point
/// seen is returned with <c>Converged = false</c> (the caller says so), never a worse one.
/// </summary>
internal static class LogParameterFit
{
    public static (double[] Parameters, double LogLikelihood, bool Converged) Maximise(Func<double[], double> logLikelihood, double[] start,
        int maxIterations = 2000)
    {
        var best = (Value: double.PositiveInfinity, Point: start.ToArray());
        double Objective(Vector<double> logs)
        {
            var parameters = logs.Select(v => Math.Exp(v)).ToArray();
            var value = -logLikelihood(parameters);
            if (double.IsNaN(value) || double.IsInfinity(value)) return double.MaxValue;
            if (value < best.Value) best = (value, parameters);
            return value;
        }
        var initial = Vector<double>.Build.DenseOfEnumerable(start.Select(v => Math.Log(v)));
        var step = Vector<double>.Build.Dense(start.Length, 0.5);
        try
        {
            var result = new NelderMeadSimplex(1e-8, maxIterations).FindMinimum(ObjectiveFunction.Value(Objective), initial, step);
            var found = result.MinimizingPoint.Select(v => Math.Exp(v)).ToArray();
            return (found, -result.FunctionInfoAtMinimum.Value, true);
        }
        catch (MaximumIterationsException)
        {
            return (best.Point, -best.Value, false);
        }
    }
}

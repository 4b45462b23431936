using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class CustomerValueChoiceTests
{
    private static readonly BgNbdParameters Truth = new(R: 0.6, Alpha: 25, A: 0.9, B: 3.5);
    private static readonly DateOnly End = new(2024, 6, 30);

    [Fact]
    public void Engine_tests_both_models_and_their_blend_and_uses_the_one_the_hold_out_chooses()
    {
        var lines = BgNbdProcess.Lines(BgNbdProcess.Simulate(Truth, 800, End, seed: 3), seed: 4);
        var analysis = CustomerEngine.Analyze(lines, End, new CustomerOptions { Trees = 60 });

        string[] models = [CustomerAnalysis.BgNbdName, CustomerAnalysis.TreesName, CustomerAnalysis.BlendName];
        Assert.Equal([.. models, CustomerAnalysis.RepeatLastName, CustomerAnalysis.TotalSpendName], analysis.Holdout.Select(a => a.Method));
        Assert.Equal(models[ValueHoldout.Choose(analysis.Holdout.Take(3).ToList())], analysis.ChosenModel);
        Assert.Contains(analysis.ChosenModel, analysis.WhyChosen);
        Assert.All(analysis.Customers, c => Assert.True(c.PredictedValue >= 0 && c.ValueLow <= c.PredictedValue && c.PredictedValue <= c.ValueHigh));
    }

    [Fact]
    public void A_shop_too_small_for_the_trees_uses_BG_NBD()
    {
        var lines = BgNbdProcess.Lines(BgNbdProcess.Simulate(Truth, 120, End, seed: 5), seed: 6);
        var analysis = CustomerEngine.Analyze(lines, End, new CustomerOptions());

        Assert.Equal(CustomerAnalysis.BgNbdName, analysis.ChosenModel);
        Assert.DoesNotContain(analysis.Holdout, a => a.Method == CustomerAnalysis.BlendName);
    }
}

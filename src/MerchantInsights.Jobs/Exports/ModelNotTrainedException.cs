namespace MerchantInsights.Jobs.Exports;

/// <summary>An export was asked for before the model it reads was trained.</summary>
public sealed class ModelNotTrainedException(string what)
    : Exception($"There are no {what} yet: run `train` (or press Train on the dashboard) after importing sales.");

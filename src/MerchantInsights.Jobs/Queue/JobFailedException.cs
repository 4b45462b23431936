namespace MerchantInsights.Jobs.Queue;

/// <summary>A job failed for a reason the user can act on; the message is shown as is, the result kept for the page.</summary>
public sealed class JobFailedException(string message, string? resultJson = null, Exception? inner = null) : Exception(message, inner)
{
    public string? ResultJson { get; } = resultJson;
}

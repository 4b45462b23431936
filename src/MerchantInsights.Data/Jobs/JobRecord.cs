namespace MerchantInsights.Data.Jobs;

public enum JobStatus { Queued, Running, Succeeded, Failed, Cancelled }

/// <summary>A persisted background job (import, training); survives page navigation and restarts.</summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public string Title { get; set; } = "";
    public JobStatus Status { get; set; }
    /// <summary>0–100.</summary>
    public double Progress { get; set; }
    public string Message { get; set; } = "";
    /// <summary>Kind-specific input, JSON.</summary>
    public string PayloadJson { get; set; } = "{}";
    /// <summary>Kind-specific outcome, JSON (e.g. the import summary).</summary>
    public string? ResultJson { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
}

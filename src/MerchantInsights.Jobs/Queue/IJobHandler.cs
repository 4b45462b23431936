using MerchantInsights.Data.Jobs;

namespace MerchantInsights.Jobs.Queue;

/// <summary>Runs one kind of job; reports progress 0–1 and returns the result as JSON for the job row.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct);
}

/// <summary>Progress of a running job: 0–1 and a short message ("Read 120,000 rows").</summary>
public readonly record struct JobProgress(double Fraction, string Message);

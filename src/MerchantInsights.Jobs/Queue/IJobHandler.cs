using MerchantInsights.Data.Jobs;

namespace MerchantInsights.Jobs.Queue;

/// <summary>Runs one kind of job; reports progress 0–1 and returns the result as JSON for the job row.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task<string?> RunAsync(JobRecord job, IProgress<JobProgress> progress, CancellationToken ct);

    /// <summary>
    /// For a job found still running after a restart: its result JSON if its work was committed before the process
    /// ended (only the status write was lost), or null when it changed nothing.
    /// </summary>
    Task<string?> CommittedResultAsync(JobRecord job, CancellationToken ct) => Task.FromResult<string?>(null);
}

/// <summary>Progress of a running job: 0–1 and a short message ("Read 120,000 rows").</summary>
public readonly record struct JobProgress(double Fraction, string Message);

using System.Collections.Concurrent;
using MerchantInsights.Data.Sales;

namespace MerchantInsights.Data.Import;

/// <summary>
/// The reading half of an import, on its own thread: parses and validates rows, keys them, skips lines already
/// stored, adds the new ones to the day totals, and passes blocks to the writer through a bounded channel (memory
/// stays flat however large the file). Refused rows are collected here. The writer thread only inserts.
/// </summary>
internal sealed class ImportReader(SalesCsvFile file, SalesRowParser parser, LineKeyRegistry keys, SalesAccumulator totals,
    int maxStoredProblems)
{
    // Under the 85 KB large-object threshold, so blocks die young instead of forcing full collections.
    private const int ChunkSize = 512;
    private const int ShownProblems = 20;
    // Day totals go to the writer in batches of this many product-days, bounding memory on large files.
    public const int DayBatch = 250_000;

    public int RowsRead { get; private set; }
    public int RejectedCount { get; private set; }
    public int AlreadyStored { get; private set; }
    public int NewLines { get; private set; }
    public List<RowProblem> StoredProblems { get; } = [];
    public List<RowProblem> FirstProblems { get; } = [];

    /// <summary>Reads the whole file into <paramref name="output"/>, then marks it complete (also when reading fails).</summary>
    public void Run(BlockingCollection<ParsedChunk> output, CancellationToken ct)
    {
        try
        {
            var chunk = new KeyedLine[ChunkSize];
            var n = 0;
            while (file.Read())
            {
                RowsRead++;
                var shape = file.ShapeProblem();
                RowProblem? problem = shape;
                var line = shape is null ? parser.Parse(file, out problem) : null;
                // A shifted row fails on some column; name the real cause, not the shifted value.
                if (line is null && shape is null) problem = file.ShapeProblem(allowEmptyExtras: false) ?? problem;
                if (line is { } l)
                {
                    var (key, occurrence, alreadyStored) = keys.Register(l.OrderId, l.ProductId);
                    var keyed = new KeyedLine(l, occurrence, key);
                    if (alreadyStored) AlreadyStored++;
                    else
                    {
                        NewLines++;
                        totals.Add(keyed);
                        chunk[n++] = keyed;
                    }
                }
                else Refuse(problem!);
                if (n == ChunkSize)
                {
                    Sales.DayRows? days = totals.PendingDays >= DayBatch ? totals.TakeDays() : null;
                    output.Add(new ParsedChunk(chunk, n, Fraction, RowsRead, days), ct);
                    (chunk, n) = (new KeyedLine[ChunkSize], 0);
                }
            }
            output.Add(new ParsedChunk(chunk, n, 1, RowsRead), ct);
        }
        finally
        {
            output.CompleteAdding();
        }
    }

    private double Fraction => (double)file.BytesRead / Math.Max(1, file.Length);

    private void Refuse(RowProblem problem)
    {
        RejectedCount++;
        if (FirstProblems.Count < ShownProblems) FirstProblems.Add(problem);
        if (StoredProblems.Count < maxStoredProblems) StoredProblems.Add(problem);
    }
}

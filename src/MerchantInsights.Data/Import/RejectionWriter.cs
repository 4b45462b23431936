using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Import;

/// <summary>Stores the refused rows of a batch for download.</summary>
internal static class RejectionWriter
{
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction tx, int batchId, IEnumerable<RowProblem> problems,
        CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO RejectedRows (ImportBatchId, RowNumber, Column, Value, Reason) VALUES ($b, $r, $c, $v, $reason)";
        cmd.Parameters.AddWithValue("$b", batchId);
        var (row, column, value, reason) = (cmd.Parameters.Add("$r", SqliteType.Integer), cmd.Parameters.Add("$c", SqliteType.Text),
            cmd.Parameters.Add("$v", SqliteType.Text), cmd.Parameters.Add("$reason", SqliteType.Text));
        foreach (var p in problems)
        {
            (row.Value, column.Value, reason.Value) = (p.RowNumber, p.Column, p.Reason);
            value.Value = p.Value.Length > 200 ? p.Value[..200] : p.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}

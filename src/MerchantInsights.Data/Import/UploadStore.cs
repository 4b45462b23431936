namespace MerchantInsights.Data.Import;

/// <summary>Keeps every uploaded original in the data folder (uploads/), so nothing a user uploaded is ever lost.</summary>
public sealed class UploadStore(string dataFolder)
{
    public string Folder { get; } = Path.Combine(dataFolder, "uploads");

    public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..30] + "-" + SafeName(fileName));
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await content.CopyToAsync(target, ct);
            return path;
        }
        catch
        {
            File.Delete(path); // a partial upload is never kept
            throw;
        }
    }

    public async Task<string> SaveCopyAsync(string sourcePath, CancellationToken ct)
    {
        await using var source = File.OpenRead(sourcePath);
        return await SaveAsync(source, Path.GetFileName(sourcePath), ct);
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return name.Length == 0 ? "upload.csv" : name;
    }
}

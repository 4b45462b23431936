using System.Text;
using Sylvan.Data.Csv;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Streams the records of an uploaded delimited file: detects encoding (BOM) and delimiter from the header line,
/// then reads record by record, never the whole file, reporting how far through the file it is. An .xlsx upload is
/// read through the CSV its first sheet converts to (<see cref="SpreadsheetConverter"/>).
/// </summary>
public sealed class SalesCsvFile : IDisposable
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];
    private readonly FileStream _stream;
    private readonly CsvDataReader _reader;

    private SalesCsvFile(string fileName, FileStream stream, CsvDataReader reader, char delimiter, Encoding encoding)
    {
        Encoding = encoding;
        FileName = fileName;
        _stream = stream;
        _reader = reader;
        Delimiter = delimiter;
        if (reader.FieldCount > ImportLimits.MaxColumns) throw new CsvImportException(fileName, ImportLimits.TooManyColumns, 1);
        Headers = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim()).ToList();
    }

    public string FileName { get; }
    public char Delimiter { get; }
    public Encoding Encoding { get; }
    public IReadOnlyList<string> Headers { get; }
    /// <summary>Row number of the current record as a spreadsheet shows it (header = row 1).</summary>
    public int RowNumber { get; private set; } = 1;
    public long BytesRead => _stream.Position;
    public long Length => _stream.Length;
    public int FieldCount => _reader.RowFieldCount;

    public static SalesCsvFile Open(string path, string fileName)
    {
        FileKind.Check(fileName);
        if (new FileInfo(path).Length == 0) throw new CsvImportException(fileName,
            "the file is empty. Export your orders again and upload the new file.");
        if (FileKind.IsSpreadsheet(fileName)) path = SpreadsheetConverter.EnsureCsv(path, fileName);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var encoding = TextEncodingDetector.Detect(stream, fileName);
            var (delimiter, headerFits) = DetectDelimiter(stream, encoding);
            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: encoding.CodePage is 65001 or 1200 or 1201,
                bufferSize: 1 << 16);
            // No comment character: Sylvan's default '#' would silently skip Shopify rows ("#1001").
            var reader = CreateReader(fileName, text, delimiter, headerFits);
            var file = new SalesCsvFile(fileName, stream, reader, delimiter, encoding);
            file.RefuseDuplicateHeaders();
            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <param name="headerFits">The header line ends within the limit, so a too-long record met on opening is the first row after
    /// it.</param>
    private static CsvDataReader CreateReader(string fileName, TextReader text, char delimiter, bool headerFits)
    {
        try
        {
            var options = new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, BufferSize = ImportLimits.MaxLineChars,
                Comment = '\0' };
            return CsvDataReader.Create(text, options);
        }
        catch (CsvRecordTooLargeException)
        {
            throw new CsvImportException(fileName, ImportLimits.LineTooLong, headerFits ? 2 : 1);
        }
    }

    /// <summary>Rows in the file, estimated from the length of the lines in its first 64 KB.</summary>
    public long EstimateRows()
    {
        using var head = new FileStream(_stream.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[64 * 1024];
        var n = head.Read(buffer);
        var lines = buffer.AsSpan(0, n).Count((byte)'\n');
        return lines <= 1 ? 1 : head.Length * (lines - 1) / n;
    }

    public bool Read()
    {
        try
        {
            var more = _reader.Read();
            if (more) RowNumber++;
            return more;
        }
        catch (CsvRecordTooLargeException)
        {
            throw new CsvImportException(FileName, ImportLimits.LineTooLong, RowNumber + 1);
        }
        catch (CsvFormatException)
        {
            throw new CsvImportException(FileName,
                "a quoted value here never ends (a \" without its closing \"), so the rest of the file cannot be split into rows. " +
                "Remove the stray quote or close it, save, and upload again.", RowNumber + 1);
        }
    }

    /// <summary>A row with a different number of values than the header: almost always an unquoted delimiter inside a value.</summary>
    /// <param name="allowEmptyExtras">Trailing empty values are harmless (many exports end rows with a separator) unless the row is wrong
    /// anyway.</param>
    public RowProblem? ShapeProblem(bool allowEmptyExtras = true)
    {
        var count = _reader.RowFieldCount;
        if (count == Headers.Count || count <= 1) return null;
        if (allowEmptyExtras && count > Headers.Count && Enumerable.Range(Headers.Count, count - Headers.Count)
            .All(i => _reader.GetString(i).Trim().Length == 0)) return null;
        var what = count > Headers.Count
            ? $"a value probably contains an unquoted '{Printable(Delimiter)}'. Put quotes around that value or remove the " +
                $"'{Printable(Delimiter)}'"
            : "values are missing. Add the missing values (empty ones still need their separator)";
        return new RowProblem(RowNumber, "(whole row)", $"{count} values",
            $"the row has {count} values but the header has {Headers.Count} columns; {what}, then upload again");
    }

    private static string Printable(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();

    private void RefuseDuplicateHeaders()
    {
        // Unnamed columns at the end (a header ending in separators) are harmless; any other column needs its own name.
        var named = Headers.Count;
        while (named > 0 && Headers[named - 1].Length == 0) named--;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < named; i++)
        {
            if (seen.TryAdd(Headers[i], i)) continue;
            if (Headers[i].Length == 0)
                throw new CsvImportException(FileName,
                    $"the header has no name for columns {seen[""] + 1} and {i + 1}, so they cannot be told apart. " +
                    "Give each column a name (or delete the empty ones) in the header row and upload again.", 1);
            throw new CsvImportException(FileName,
                $"the header names the column '{Headers[i]}' twice (columns {seen[Headers[i]] + 1} and {i + 1}), so it is unclear which " +
                $"one to read. " +
                "Rename or delete one of them in the header row and upload again.", 1, Headers[i]);
        }
    }

    public string Field(int index) => index < _reader.RowFieldCount ? _reader.GetString(index) : "";

    /// <summary>The value as a span of the reader's buffer, valid until the next <see cref="Read"/>; empty beyond the row's
    /// values.</summary>
    public ReadOnlySpan<char> FieldSpan(int index) => index < _reader.RowFieldCount ? _reader.GetFieldSpan(index) : [];

    public int IndexOf(string header) => Headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));

    private static (char Delimiter, bool HeaderFits) DetectDelimiter(FileStream stream, Encoding encoding)
    {
        // At most one line's worth of characters: a file without line breaks must not be read into one string.
        using var peek = new StreamReader(stream, encoding, true, 4096, leaveOpen: true);
        var buffer = new char[ImportLimits.MaxLineChars];
        var n = peek.ReadBlock(buffer, 0, buffer.Length);
        var end = buffer.AsSpan(0, n).IndexOfAny('\r', '\n');
        var header = buffer.AsSpan(0, end < 0 ? n : end).ToString();
        stream.Position = 0;
        return (Delimiters.OrderByDescending(d => header.Count(c => c == d)).First(), end >= 0 || n < buffer.Length);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}

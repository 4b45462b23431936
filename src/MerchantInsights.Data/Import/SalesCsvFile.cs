using System.Text;
using Sylvan.Data.Csv;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Streams the records of an uploaded delimited file: detects encoding (BOM) and delimiter from the header line,
/// then reads record by record, never the whole file, reporting how far through the file it is.
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
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (stream.Length == 0) throw new CsvImportException(fileName, "the file is empty. Export your orders again and upload the new file.");
            var encoding = TextEncodingDetector.Detect(stream, fileName);
            var delimiter = DetectDelimiter(stream, encoding);
            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: encoding.CodePage is 65001 or 1200 or 1201, bufferSize: 1 << 16);
            // No comment character: Sylvan's default '#' would silently skip Shopify rows ("#1001").
            var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, BufferSize = 1 << 16, Comment = '\0' });
            return new SalesCsvFile(fileName, stream, reader, delimiter, encoding);
        }
        catch
        {
            stream.Dispose();
            throw;
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
        var more = _reader.Read();
        if (more) RowNumber++;
        return more;
    }

    public string Field(int index) => index < _reader.RowFieldCount ? _reader.GetString(index) : "";

    public int IndexOf(string header) => Headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));

    private static char DetectDelimiter(FileStream stream, Encoding encoding)
    {
        using var peek = new StreamReader(stream, encoding, true, 4096, leaveOpen: true);
        var header = peek.ReadLine() ?? "";
        stream.Position = 0;
        return Delimiters.OrderByDescending(d => header.Count(c => c == d)).First();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}

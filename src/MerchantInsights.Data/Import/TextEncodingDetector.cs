using System.Text;
using UtfUnknown;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Decides how an upload's bytes are text: byte-order marks first, then UTF-16 without a mark (zero bytes in every
/// other position), then strict UTF-8, and otherwise the charset detector (uchardet's method) for legacy exports —
/// Windows-1252 from Western shops, GB18030 from Chinese ones. Binary files are refused.
/// </summary>
public static class TextEncodingDetector
{
    private const int Sample = 1 << 20;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(Stream stream, string fileName)
    {
        var buffer = new byte[Sample];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var head = buffer.AsSpan(0, n);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        if (KnownBinary(head) is { } what) throw new CsvImportException(fileName, what);
        if (Utf16WithoutMark(head) is { } utf16) return utf16;
        if (LooksBinary(head)) throw new CsvImportException(fileName,
            "this is not a text (CSV) file. Upload the sales export as .csv, .tsv, .txt or .xlsx.");
        if (IsUtf8(head, truncated: n == Sample)) return new UTF8Encoding(false);
        var detected = CharsetDetector.DetectFromBytes(buffer, 0, n).Detected?.EncodingName?.ToLowerInvariant() ?? "";
        return detected.Contains("gb") || detected.Contains("hz") ? Encoding.GetEncoding("GB18030") : Encoding.GetEncoding(1252);
    }

    /// <summary>A plain-words name for the preview ("UTF-8", "Windows-1252 (Western European)").</summary>
    public static string Describe(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 (little-endian)",
        1201 => "UTF-16 (big-endian)",
        1252 => "Windows-1252 (Western European)",
        54936 => "GB18030 (Chinese)",
        _ => encoding.WebName,
    };

    /// <summary>Formats people upload by mistake, recognised by their first bytes, so the message can say what to do instead.</summary>
    private static string? KnownBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return "this is a PDF document, not a sales export. In your shop's admin, export the orders as CSV (a PDF invoice or report " +
                "cannot be imported).";
        if (head.StartsWith("PK\u0003\u0004"u8))
            return "this is a ZIP archive (or an Excel workbook with the wrong extension). Unzip it and upload the .csv inside, or " +
                "rename a workbook to .xlsx.";
        return null;
    }

    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var pairs = head.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 9 || (b > 13 && b < 32)) control++;
        }
        return control > head.Length / 20;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> head, bool truncated)
    {
        // A sample cut mid-character is fine: drop up to 3 trailing bytes of an incomplete sequence.
        for (var cut = 0; cut <= (truncated ? 3 : 0); cut++)
            if (System.Text.Unicode.Utf8.IsValid(head[..^cut])) return true;
        return false;
    }
}

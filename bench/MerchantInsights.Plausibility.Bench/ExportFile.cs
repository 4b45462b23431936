using System.Text;

namespace MerchantInsights.Plausibility.Bench;

/// <summary>One data row of an export CSV: its line number and its fields by header name.</summary>
public sealed record ExportRow(string File, int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value : "";
}

/// <summary>Reads an export CSV (RFC 4180 quoting, one record per line as the exports write them).</summary>
public static class ExportFile
{
    public static List<ExportRow> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"export {path} is missing; write it with the CLI's export command", path);
        var name = Path.GetFileName(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = Split(reader.ReadLine() ?? "");
        var rows = new List<ExportRow>();
        for (var (line, text) = (2, reader.ReadLine()); text is not null; line++, text = reader.ReadLine())
        {
            var fields = Split(text);
            rows.Add(new ExportRow(name, line, header.Select((h, i) => (h, v: i < fields.Count ? fields[i] : "")).ToDictionary(x => x.h, x => x.v)));
        }
        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}

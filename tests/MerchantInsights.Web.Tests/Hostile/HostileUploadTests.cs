using Bunit;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Upload;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Hostile;

/// <summary>Issue 16: every failure of an upload ends in a message on the page, never in "An unhandled error has occurred".</summary>
public sealed class HostileUploadTests : WebPageTests
{
    private UploadPageState State => Get<UploadPageState>();
    private string Uploads => Path.Combine(Shop.Folder, "uploads");

    [Fact]
    public async Task A_file_without_line_breaks_ends_in_the_line_length_message()
    {
        await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("order_id,order_date," + new string('x', 70_000)));

        await State.AcceptFileAsync(content, "one-line.csv", content.Length, CancellationToken.None);

        Assert.Equal("one-line.csv, row 1: this line is longer than 65,536 characters, far longer than any order line: the file has lost its line breaks, " +
            "or a quote (\") is never closed. Open the file in a spreadsheet program, check that row, save it as CSV and upload again.", State.Error);
        Assert.Equal(UploadStage.Choose, State.Stage);
    }

    [Fact]
    public async Task An_upload_that_breaks_off_ends_in_a_message_and_keeps_no_partial_file()
    {
        await using var content = new BreaksOff();

        await State.AcceptFileAsync(content, "orders.csv", 1_000_000, CancellationToken.None);

        Assert.Equal("orders.csv: the upload stopped before the whole file arrived (the connection dropped, the disk is full, or the file changed while it was sent). " +
            "Nothing was imported; choose the file again.", State.Error);
        Assert.Empty(Directory.Exists(Uploads) ? Directory.GetFiles(Uploads) : []);
    }

    [Fact]
    public async Task The_upload_page_shows_the_space_kept_uploads_take()
    {
        await using var content = new MemoryStream(new byte[3 * 1048576]);
        await Get<Data.Import.UploadStore>().SaveAsync(content, "march.csv", CancellationToken.None);

        var list = Render<ImportHistoryList>();

        list.WaitForAssertion(() => Assert.StartsWith("Kept uploads: 1 file, 3.0 MB in ", list.Find("[data-testid=uploads-space]").TextContent));
    }

    /// <summary>A browser stream that delivers some bytes, then fails as a dropped circuit does.</summary>
    private sealed class BreaksOff : MemoryStream
    {
        public BreaksOff() : base("order_id,order_date,product_id,quantity,unit_price\nA1,2025-03-01,MUG,1,3.50\n"u8.ToArray()) { }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position == 0 ? base.ReadAsync(buffer[..10], cancellationToken) : throw new IOException("The connection was closed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}

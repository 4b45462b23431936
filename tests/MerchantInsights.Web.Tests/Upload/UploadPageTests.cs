using Bunit;
using MerchantInsights.Data.Import;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Upload;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Upload;

public sealed class UploadPageTests : WebPageTests
{
    [Fact]
    public async Task A_received_file_shows_its_first_rows_and_the_detected_mapping()
    {
        var state = Get<UploadPageState>();
        var text = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n";
        await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        await state.AcceptFileAsync(content, "retail.csv", content.Length, CancellationToken.None);

        var page = Render<UploadPage>();

        Assert.Contains("WHITE HANGING HEART", page.Find("[data-testid=preview-table]").TextContent);
        Assert.Equal("InvoiceNo", state.Mapping!.HeaderFor(SalesColumn.OrderId));
        Assert.Empty(state.MissingColumns);
        Assert.False(page.Find("[data-testid=start-import]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Unmapped_required_columns_are_named_and_block_the_import()
    {
        var state = Get<UploadPageState>();
        await using var content = new MemoryStream("ref,when,item\n1,2025-01-01,A\n"u8.ToArray());
        await state.AcceptFileAsync(content, "odd.csv", content.Length, CancellationToken.None);

        var page = Render<UploadPage>();

        Assert.Contains("Choose a column for: Order id, Order date/time, Product id (SKU), Quantity, Unit price.", page.Markup);
        Assert.True(page.Find("[data-testid=start-import]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_file_that_is_too_big_or_empty_is_refused_before_reading()
    {
        var state = Get<UploadPageState>();
        await state.AcceptFileAsync(Stream.Null, "huge.csv", UploadPageState.MaxUploadBytes + 300L * 1024 * 1024, CancellationToken.None);

        var page = Render<UploadPage>();

        Assert.Equal("huge.csv: the file is 800 MB, above the 500 MB limit. Export a shorter date range and upload each part separately.", page.Find("[data-testid=upload-error]").TextContent);
        Assert.Equal(UploadStage.Choose, state.Stage);
    }
}

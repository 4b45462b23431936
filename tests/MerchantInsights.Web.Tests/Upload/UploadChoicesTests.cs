using System.Text.Json;
using Bunit;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Upload;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MerchantInsights.Web.Tests.Upload;

/// <summary>The choices the upload page puts to the user: how to read the file, what to do with many bad rows, undo.</summary>
public sealed class UploadChoicesTests : WebPageTests
{
    private UploadPageState State => Get<UploadPageState>();

    [Fact]
    public async Task The_detected_preset_encoding_delimiter_date_order_and_number_style_are_shown_and_can_be_changed()
    {
        await using var content = new MemoryStream("order_id;order_date;product_id;quantity;unit_price\nA1;23/04/2025;MUG;2;3,50\nA2;02/05/2025;MUG;1;3,50\n"u8.ToArray());
        await State.AcceptFileAsync(content, "eu.csv", content.Length, CancellationToken.None);

        var page = Render<UploadPage>();

        Assert.Equal("Detected: MerchantInsights canonical", page.Find("[data-testid=detected-preset]").TextContent.Trim());
        Assert.Equal("Read as: UTF-8 · values separated by semicolons", page.Find("[data-testid=detected-encoding]").TextContent.Trim());
        Assert.Equal("Day first: 23/04/2025 has a day above 12 (1 date like it in the sample).", page.Find("[data-testid=date-order-reason]").TextContent);
        Assert.Equal("Numbers use a decimal comma (like 3,50): 2 values are written that way.", page.Find("[data-testid=number-style-reason]").TextContent);
        Assert.Equal((DateOrder.DayFirst, true), (State.Mapping!.DateOrder, State.Mapping.DecimalComma));

        var dateOrder = page.FindComponent<MudSelect<DateOrder>>();
        var numberStyle = page.FindComponent<MudSelect<bool>>();
        await page.InvokeAsync(() => dateOrder.Instance.ValueChanged.InvokeAsync(DateOrder.MonthFirst));
        await page.InvokeAsync(() => numberStyle.Instance.ValueChanged.InvokeAsync(false));

        Assert.Equal((DateOrder.MonthFirst, false), (State.Mapping!.DateOrder, State.Mapping.DecimalComma));
        Assert.Contains("month first", page.Find("[data-testid=date-order]").OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_excel_workbook_is_previewed_like_a_csv()
    {
        var xlsx = Path.Combine(Shop.Folder, "orders.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[] { new Dictionary<string, object?> { ["order_id"] = "A1", ["order_date"] = new DateTime(2025, 4, 23), ["product_id"] = "MUG", ["quantity"] = 2, ["unit_price"] = 3.5 } });
        await using var content = File.OpenRead(xlsx);
        await State.AcceptFileAsync(content, "orders.xlsx", content.Length, CancellationToken.None);

        var page = Render<UploadPage>();

        Assert.Equal("Read as: Excel workbook (.xlsx), first sheet", page.Find("[data-testid=detected-encoding]").TextContent.Trim());
        Assert.Contains("2025-04-23", page.Find("[data-testid=preview-table]").TextContent);
        Assert.Empty(State.MissingColumns);
    }

    [Fact]
    public async Task Too_many_refused_rows_show_the_count_the_first_problems_and_the_choice()
    {
        await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv.Canonical("A1,2025-03-01,C1,MUG,Mug,K,1,5.00,")));
        await State.AcceptFileAsync(content, "bad.csv", content.Length, CancellationToken.None);
        var problems = new List<RowProblem> { new(3, "quantity", "two", "the quantity is not a number. Write the units sold as a number such as 2 (negative for a return)") };
        State.Finish(new JobRecord
        {
            Kind = ImportJobHandler.JobKind, Status = JobStatus.Failed, Error = "bad.csv: 12 of 30 rows (40%) could not be read, so nothing was imported.",
            ResultJson = JsonSerializer.Serialize(new RejectedImportResult(30, 12, problems)),
        });

        var page = Render<UploadPage>();

        Assert.Equal("12", page.Find("[data-testid=rejected-count]").TextContent);
        Assert.Contains("12 of 30 rows (40%) could not be read, so nothing was imported yet.", System.Text.RegularExpressions.Regex.Replace(page.Find("[data-testid=too-many-rejected]").TextContent, @"\s+", " "));
        var row = page.Find("[data-testid=rejected-rows] tbody tr").TextContent;
        Assert.Contains("3", row);
        Assert.Contains("quantity", row);
        Assert.Contains("two", row);
        Assert.Equal("Import the 18 valid rows", page.Find("[data-testid=import-valid-rows]").TextContent.Trim());

        page.Find("[data-testid=cancel-import]").Click();

        // The click is dispatched through the renderer; under load it can complete after Click() returns.
        page.WaitForAssertion(() => Assert.Equal(UploadStage.Choose, State.Stage));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=too-many-rejected]")));
    }

    [Fact]
    public async Task Undo_asks_for_confirmation_and_keeps_the_import_when_the_user_says_no()
    {
        await Shop.ImportAsync(Shop.WriteFile("march.csv", Csv.Canonical("A1,2025-03-01,C1,MUG,Mug,K,1,5.00,")));
        var dialogs = Render<MudDialogProvider>();
        var history = Render<ImportHistoryList>();
        history.WaitForAssertion(() => Assert.Single(history.FindAll("[data-testid=undo-import]")));

        history.Find("[data-testid=undo-import]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Undo this import?", dialogs.Markup));
        Assert.Contains("This deletes the 1 rows imported from march.csv", dialogs.Markup);
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Keep it")).Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Undo this import?", dialogs.Markup));
        Assert.Equal(1, await Shop.ScalarAsync("SELECT COUNT(*) FROM ImportBatches"));

        history.Find("[data-testid=undo-import]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Undo this import?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Undo import")).Click();

        // Undo is a job in the queue (no worker here): run it as the worker would.
        var store = Get<MerchantInsights.Jobs.Queue.JobStore>();
        JobRecord? undo = null;
        history.WaitForAssertion(() => undo = Assert.Single(store.RecentAsync(10, CancellationToken.None).GetAwaiter().GetResult(), j => j.Kind == UndoJobHandler.JobKind));
        await Get<MerchantInsights.Jobs.Queue.JobRunner>().RunAsync(undo!.Id, CancellationToken.None);

        history.WaitForAssertion(() => Assert.Contains("Nothing imported yet.", history.Markup));
        Assert.Equal(0, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
    }
}

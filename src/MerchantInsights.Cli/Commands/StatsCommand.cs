using System.CommandLine;
using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Cli.Commands;

/// <summary>`stats --db PATH`: orders, lines, products, customers, first/last date.</summary>
internal static class StatsCommand
{
    public static Command Create(CliHost host)
    {
        var db = CommonOptions.Database();
        var command = new Command("stats", "Print the shop's headline figures") { db };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await host.StartAsync(parse.GetValue(db)!, ct);
            var s = await SalesStatistics.ReadAsync(services.GetRequiredService<SalesDatabase>(), ct);
            Console.WriteLine($"orders: {s.Orders}");
            Console.WriteLine($"lines: {s.Lines}");
            Console.WriteLine($"products: {s.Products}");
            Console.WriteLine($"customers: {s.Customers}");
            Console.WriteLine($"first_date: {s.FirstDay:yyyy-MM-dd}");
            Console.WriteLine($"last_date: {s.LastDay:yyyy-MM-dd}");
            Console.WriteLine($"revenue: {s.Revenue:0.00}");
            return 0;
        });
        return command;
    }
}

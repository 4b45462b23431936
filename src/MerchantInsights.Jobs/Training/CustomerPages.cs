using System.Globalization;
using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// The key of a customer in the segment-ordered view: two-digit segment, then rank by predicted value within it, then
/// the id ("03|0000012|C123"). A segment's page is then one ordered key range of the store's primary key.
/// </summary>
public static class CustomerPages
{
    public static string Prefix(Segment segment) => ((int)segment).ToString("00", CultureInfo.InvariantCulture) + "|";

    public static IEnumerable<KeyValuePair<string, CustomerProfile>> Keyed(IEnumerable<CustomerProfile> customers) =>
        customers.GroupBy(c => c.Segment).SelectMany(g => g
            .OrderByDescending(c => c.PredictedValue).ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .Select((c, rank) =>
                KeyValuePair.Create($"{Prefix(g.Key)}{rank.ToString("0000000", CultureInfo.InvariantCulture)}|{c.CustomerId}", c)));
}

namespace MerchantInsights.Web.Components.Pages.Customers;

/// <summary>The address of one customer's page (ids may hold any character, so they are escaped).</summary>
public static class CustomerLink
{
    public static string For(string customerId) => "customers/" + Uri.EscapeDataString(customerId);
}

using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MerchantInsights.Analytics.Tests")]
[assembly: InternalsVisibleTo("MerchantInsights.Customers.Bench")]

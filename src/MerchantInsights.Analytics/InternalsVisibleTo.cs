using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MerchantInsights.Analytics.Tests")]

namespace MerchantInsights.Data.Import;

/// <summary>How to read a date such as 03/04/2025: ISO (year first), day first (3 April) or month first (4 March).</summary>
public enum DateOrder { YearFirst, DayFirst, MonthFirst }

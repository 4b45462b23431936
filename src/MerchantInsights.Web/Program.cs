using MerchantInsights.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMerchantInsights();

var app = builder.Build();
app.UseMerchantInsights();
app.Run();

/// <summary>Visible to WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program;

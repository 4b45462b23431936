namespace MerchantInsights.Web.Hosting;

/// <summary>
/// The dashboard holds a shop's customers and is meant for its owner's own browser only. It listens on loopback
/// only, and with host filtering refusing any Host header but <see cref="AllowedHosts"/> — a web page that rebinds its name
/// to 127.0.0.1 gets a 400, not the exports — these headers keep other sites from framing it (clickjacking on Undo),
/// from sniffing a CSV as a script, and from reading its addresses in a Referer.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The only Host headers answered: this computer's own names for itself.</summary>
    public static readonly string[] AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];

    public const string ContentSecurityPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    });

    /// <summary>Host filtering fixed to loopback names (not left to "AllowedHosts" in a settings file), and loopback-only URLs.</summary>
    public static WebApplicationBuilder RestrictToThisComputer(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
        {
            o.AllowedHosts = AllowedHosts;
            o.AllowEmptyHosts = false;
        });
        // Kestrel's default (no urls given) is http://localhost:5000; any address given must be loopback too.
        var urls = builder.Configuration["urls"] ?? "";
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url.Replace("*", "any", StringComparison.Ordinal).Replace("+", "any", StringComparison.Ordinal),
                UriKind.Absolute, out var uri) || !IsLoopback(uri.Host))
                throw new InvalidOperationException($"MerchantInsights serves only this computer: listen on http://localhost:PORT or " +
                    $"http://127.0.0.1:PORT, not {url}.");
        return builder;
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}

using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MerchantInsights.Jobs.Tests.Hostile;

/// <summary>A logger whose lines a test can wait for: the way to see what a background worker is doing without sleeping.</summary>
internal sealed class CapturedLog<T> : ILogger<T>
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Writer.TryWrite(formatter(state, exception));

    /// <summary>Waits for a line containing the text; fails when <paramref name="orUntil"/> ends first (a crashed worker) or after 60 s.</summary>
    public async Task<string> WaitForAsync(string text, Task orUntil)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var reading = Task.Run(async () =>
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token))
                if (line.Contains(text, StringComparison.Ordinal)) return line;
            return "";
        });
        var first = await Task.WhenAny(reading, orUntil);
        if (first != reading)
        {
            await timeout.CancelAsync();
            Assert.Fail($"stopped before logging '{text}': {orUntil.Exception?.GetBaseException().Message ?? "completed"}");
        }
        return await reading;
    }
}

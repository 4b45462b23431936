using System.Runtime.CompilerServices;
using Bunit;

namespace MerchantInsights.Web.Tests;

/// <summary>
/// The component tests run in parallel and wait on rendered state with bUnit's synchronous WaitFor* calls, each holding a
/// thread-pool thread; on two cores the pool's minimum (one thread per core) let those waits starve the renderer's
/// dispatcher, so a check could time out without ever running (seen once in CI on the stock page). The pool starts with
/// enough threads for the waits and the renderers, and a wait allows for a loaded machine.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }
}

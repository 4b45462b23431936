using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Components.Shared;

/// <summary>
/// A page whose loaded state (<typeparamref name="TState"/>, a transient service) crosses from the prerender to the
/// interactive render through <see cref="PrerenderHandoff"/>, so the page is loaded once per visit and the first paint
/// stays on screen until the live page replaces it with the same content.
/// </summary>
public abstract class StatePage<TState> : ComponentBase where TState : class
{
    private bool _fromPrerender;

    [Inject] private IServiceProvider Services { get; set; } = null!;

    [Inject] private PrerenderHandoff Handoff { get; set; } = null!;

    /// <summary>The key of the prerendered state, persisted into the page by the prerender and read back by the live page.</summary>
    [PersistentState] public string? PrerenderedState { get; set; }

    protected TState State { get; private set; } = null!;

    protected override void OnInitialized()
    {
        var handed = Handoff.Take<TState>(PrerenderedState);
        _fromPrerender = handed is not null;
        State = handed ?? Services.GetRequiredService<TState>(); // a new state only when none was handed over
    }

    /// <summary>
    /// Runs <paramref name="load"/> unless the state arrived loaded from the prerender (the first time only); while
    /// prerendering, keeps the loaded state for the live page.
    /// </summary>
    protected async Task LoadOnceAsync(Func<Task> load)
    {
        if (_fromPrerender) _fromPrerender = false;
        else await load();
        if (!RendererInfo.IsInteractive) PrerenderedState = Handoff.Keep(State);
    }
}

using MerchantInsights.Web.Components.Shared;

namespace MerchantInsights.Web.Tests.Charts;

public sealed class PrerenderHandoffTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void A_kept_state_is_taken_once_by_its_key()
    {
        var handoff = new PrerenderHandoff(new Clock());
        var state = new List<int> { 1 };
        var key = handoff.Keep(state);

        Assert.Same(state, handoff.Take<List<int>>(key));
        Assert.Null(handoff.Take<List<int>>(key));
        Assert.Equal(1, handoff.Taken);
        Assert.Null(handoff.Take<List<int>>(null));
    }

    [Fact]
    public void A_state_of_another_type_or_past_its_minute_is_not_handed_over_and_expired_ones_are_dropped()
    {
        var clock = new Clock();
        var handoff = new PrerenderHandoff(clock);
        Assert.Null(handoff.Take<string>(handoff.Keep(new List<int>())));

        var late = handoff.Keep(new List<int>());
        clock.Now += PrerenderHandoff.KeptFor;
        Assert.Null(handoff.Take<List<int>>(late));

        handoff.Keep(new List<int>());
        clock.Now += PrerenderHandoff.KeptFor;
        handoff.Keep(new List<int>()); // sweeps the one that expired
        Assert.Equal(1, handoff.Count);
        Assert.Equal(0, handoff.Taken);
    }
}

using Deskmine.Capture.Upload;

namespace Deskmine.Capture.Tests.Upload;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Delays_double_with_jitter_between_half_and_the_full_nominal_delay_and_stop_at_the_cap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));
        for (var failures = 0; failures < 40; failures++)
        {
            var nominal = Math.Min(60, Math.Pow(2, Math.Min(failures, 30)));
            var delay = backoff.Delay(failures).TotalSeconds;
            Assert.InRange(delay, nominal / 2, nominal);
        }
    }

    [Fact]
    public void Jitter_spreads_agents_that_failed_together()
    {
        var delays = Enumerable.Range(0, 50)
            .Select(seed => new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), new Random(seed)).Delay(4))
            .Distinct().Count();
        Assert.True(delays > 40, $"only {delays} distinct delays");
    }
}

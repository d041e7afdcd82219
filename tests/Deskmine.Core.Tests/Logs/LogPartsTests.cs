using System.Collections.Concurrent;
using Deskmine.Core.Logs;

namespace Deskmine.Core.Tests.Logs;

public sealed class LogPartsTests
{
    [Fact]
    public void One_part_runs_on_the_calling_thread_without_any_task()
    {
        var scheduler = new CountingScheduler();
        var ranOn = -1;

        LogParts.For(1, _ => ranOn = Environment.CurrentManagedThreadId, new ParallelOptions { TaskScheduler = scheduler });

        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
        Assert.Equal(0, scheduler.Scheduled);
    }

    [Fact]
    public void Several_parts_each_run_once_through_the_scheduler()
    {
        var scheduler = new CountingScheduler();
        var runs = new ConcurrentDictionary<int, int>();

        LogParts.For(16, p => runs.AddOrUpdate(p, 1, (_, n) => n + 1), new ParallelOptions { TaskScheduler = scheduler });

        Assert.Equal(Enumerable.Range(0, 16), runs.Keys.Order());
        Assert.All(runs.Values, n => Assert.Equal(1, n));
        Assert.True(scheduler.Scheduled > 0);
    }

    [Fact]
    public void No_parts_run_nothing()
    {
        var runs = 0;

        LogParts.For(0, _ => Interlocked.Increment(ref runs));

        Assert.Equal(0, runs);
    }

    /// <summary>Runs tasks on the thread pool and counts every task handed to it, queued or inlined.</summary>
    private sealed class CountingScheduler : TaskScheduler
    {
        private int _scheduled;

        public int Scheduled => Volatile.Read(ref _scheduled);

        protected override void QueueTask(Task task)
        {
            Interlocked.Increment(ref _scheduled);
            ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            Interlocked.Increment(ref _scheduled);
            return TryExecuteTask(task);
        }

        protected override IEnumerable<Task> GetScheduledTasks() => [];
    }
}

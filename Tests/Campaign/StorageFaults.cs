using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DeadlineBot.Tests.Campaign;

/// <summary>
/// Fault injection on every storage request (tables and queues) of one app instance. Armed with a request number and a
/// <see cref="FaultKind"/>, it fails that request before it leaves or after it landed, as a storage error (503) or as a
/// crash: after a crash every request fails until <see cref="Restart"/>, as if the process had died. A storm fails
/// each request with a given probability instead.
/// </summary>
internal sealed class StorageFaults : HttpPipelinePolicy
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(20261129);
    private int _requests;
    private int _target;
    private FaultKind _kind;
    private double _storm;

    public bool Dead { get; private set; }

    public int Injected { get; private set; }

    public void Arm(int request, FaultKind kind)
    {
        lock (_gate)
        {
            (_requests, _target, _kind, _storm) = (0, request, kind, 0);
        }
    }

    public void Storm(double probability)
    {
        lock (_gate)
        {
            (_requests, _target, _storm) = (0, 0, probability);
        }
    }

    public void Disarm()
    {
        lock (_gate)
        {
            (_target, _storm, Dead) = (0, 0, false);
        }
    }

    /// <summary>A new process on the same storage: the crashed one is gone.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            Dead = false;
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var fault = Next();
        if (fault is FaultKind.CrashBefore or FaultKind.ErrorBefore)
        {
            throw Failure(fault);
        }

        await ProcessNextAsync(message, pipeline);
        if (fault is FaultKind.CrashAfter or FaultKind.ErrorAfter)
        {
            throw Failure(fault);
        }
    }

    private static Exception Failure(FaultKind fault) =>
        fault is FaultKind.CrashBefore or FaultKind.CrashAfter
            ? new CrashException()
            : new RequestFailedException(503, "Injected: server busy");

    private FaultKind Next()
    {
        lock (_gate)
        {
            if (Dead)
            {
                return FaultKind.CrashBefore;
            }

            _requests++;
            var fault = FaultKind.None;
            if (_target > 0 && _requests == _target)
            {
                fault = _kind;
            }
            else if (_storm > 0 && _random.NextDouble() < _storm)
            {
                fault = (FaultKind)(1 + _random.Next(4));
            }

            if (fault != FaultKind.None)
            {
                Injected++;
                Dead |= fault is FaultKind.CrashBefore or FaultKind.CrashAfter;
            }

            return fault;
        }
    }
}

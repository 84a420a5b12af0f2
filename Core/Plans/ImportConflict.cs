namespace DeadlineBot.Core.Plans;

/// <summary>The body and the appendix disagree on a task's field; staff resolve it, the importer never does.</summary>
public sealed record ImportConflict(string Ref, string Field, string BodyValue, string AppendixValue, string Message);

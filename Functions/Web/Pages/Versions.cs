using Azure;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The version (ETag) a web form was made on, which an edit must still match.</summary>
public static class Versions
{
    /// <summary>The form's version; a form without one (never sent by these pages) matches no stored version.</summary>
    public static ETag Given(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? new ETag("W/\"none\"") : new ETag(etag);
}

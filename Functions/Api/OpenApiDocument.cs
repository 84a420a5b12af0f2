namespace DeadlineBot.Functions.Api;

/// <summary>The API's OpenAPI document, embedded from <c>Api/openapi.v1.json</c>.</summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Text = new(Read);

    public static string Json => Text.Value;

    private static string Read()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("DeadlineBot.openapi.v1.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in the app.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

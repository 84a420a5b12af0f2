using DeadlineBot.Core.Plans;

namespace DeadlineBot.Functions.Api;

/// <summary>An uploaded plan document (see <see cref="Upload"/>) read into an import, or the problem that stopped it (400/413/422).</summary>
public static class UploadedPlan
{
    public static async Task<(PlanImport? Import, IResult? Problem)> ReadAsync(HttpRequest request, PlanImporter importer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(importer);
        var upload = await Upload.ReadAsync(request, request.Query["fileName"], cancellationToken);
        if (upload.Problem is { } problem)
        {
            return (null, problem);
        }

        try
        {
            using var content = upload.Content!;
            return (importer.Import(content, upload.FileName!, cancellationToken), null);
        }
        catch (PlanReadException e)
        {
            var status = e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return (null, Problems.Field(status, "file", ApiMessages.Unreadable(e.Message)));
        }
    }
}

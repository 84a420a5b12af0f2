using System.Diagnostics.CodeAnalysis;
using DeadlineBot.Core.Characters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// An uploaded plan document: a multipart form's <c>file</c>, or the raw body named by <c>?fileName=</c>.
/// Read into memory up to <see cref="Validation.Limits.Upload"/>; larger is refused with 413.
/// </summary>
public sealed record Upload(Stream? Content, string? FileName, ProblemHttpResult? Problem)
{
    public static async Task<Upload> ReadAsync(HttpRequest request, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // No boundary, a boundary the body does not use, more parts or longer headers than FormOptions allow.
                return Refused(Problems.BadRequest("file", ApiMessages.MalformedUpload));
            }

            var file = form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null || file.Length == 0 || !IsFileName(file.FileName))
            {
                return Refused(Problems.BadRequest("file", ApiMessages.FileNeeded));
            }

            return file.Length > Validation.Limits.Upload
                ? Refused(Problems.Field(StatusCodes.Status413PayloadTooLarge, "file", ApiMessages.FileTooLarge))
                : await CopyAsync(file.OpenReadStream(), Path.GetFileName(file.FileName), cancellationToken);
        }

        if (!IsFileName(fileName))
        {
            return Refused(Problems.BadRequest("fileName", ApiMessages.FileNeeded));
        }

        return await CopyAsync(request.Body, Path.GetFileName(fileName), cancellationToken);
    }

    /// <summary>A file name the preview can carry back to the confirmation: the rule its <c>plan.fileName</c> is checked by.</summary>
    private static bool IsFileName([NotNullWhen(true)] string? fileName) =>
        !string.IsNullOrWhiteSpace(fileName) && fileName.Length <= Validation.Limits.Name && SafeText.Find(fileName) == TextFault.None;

    private static async Task<Upload> CopyAsync(Stream source, string fileName, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > Validation.Limits.Upload)
            {
                await copy.DisposeAsync();
                return Refused(Problems.Field(StatusCodes.Status413PayloadTooLarge, "file", ApiMessages.FileTooLarge));
            }

            copy.Write(buffer, 0, read);
        }

        if (copy.Length == 0)
        {
            await copy.DisposeAsync();
            return Refused(Problems.BadRequest("file", ApiMessages.FileNeeded));
        }

        copy.Position = 0;
        return new Upload(copy, fileName, null);
    }

    private static Upload Refused(ProblemHttpResult problem) => new(null, null, problem);
}

using System.IO.Compression;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Checks what a .docx (a zip package) unpacks to before the Open XML SDK inflates it: every XML part is inflated into
/// nothing while counting, whatever sizes the package declares, and the count stops at the limit (pictures and other
/// media are not read for text, so they do not count). A small file that
/// would inflate to gigabytes (a zip bomb) is refused after at most the limit's worth of work.
/// </summary>
internal static class WordPackage
{
    public static void CheckUnpackedSize(Stream package, string fileName, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                if (total + entry.Length > limit)
                {
                    throw TooLarge(fileName, limit);
                }

                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    total += read;
                    if (total > limit)
                    {
                        throw TooLarge(fileName, limit);
                    }
                }
            }
        }

        package.Position = 0;
    }

    private static PlanReadException TooLarge(string fileName, long limit) =>
        new(PlanMessages.TooLargeUnpacked(fileName, limit)) { TooLarge = true };
}

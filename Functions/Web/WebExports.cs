using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;

namespace DeadlineBot.Functions.Web;

/// <summary>The export links every list page shows (CSV and XLSX of the same filters) and an agency's calendar feed.</summary>
public sealed class WebExports
{
    /// <summary>Links to export the rows <paramref name="query"/> selects.</summary>
    public Markup ListLinks(TaskListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Markup.Empty;
    }

    /// <summary>The agency's calendar feed address.</summary>
    public Markup Feed(Storage.Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return Markup.Empty;
    }
}

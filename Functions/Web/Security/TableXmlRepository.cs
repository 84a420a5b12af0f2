using System.Xml.Linq;
using Azure;
using Azure.Data.Tables;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DeadlineBot.Functions.Web.Security;

/// <summary>
/// Keeps ASP.NET Core data protection's key ring (which signs and encrypts the session cookie and the anti-forgery
/// tokens) in the app's own table storage, table <c>{prefix}webkeys</c>: every instance of the Function app and every
/// restart reads the same keys. Access to them is access to the storage account, which the app's managed identity
/// already guards. Data protection calls this synchronously and caches the ring, so the blocking calls are rare.
/// </summary>
public sealed class TableXmlRepository(StorageTables tables) : IXmlRepository
{
    private const string Partition = "dataprotection";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var table = Table();
        return [.. table.Query<TableEntity>(e => e.PartitionKey == Partition).Select(e => XElement.Parse(e.GetString("Xml")))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var rowKey = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        try
        {
            Table().AddEntity(new TableEntity(Partition, rowKey) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status409Conflict)
        {
            // Another instance stored a key of the same name at the same moment; a key is written once, never replaced.
        }
    }

    private TableClient Table() => tables.GetAsync(StorageTables.WebKeys, CancellationToken.None).GetAwaiter().GetResult();
}

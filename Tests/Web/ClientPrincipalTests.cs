using System.Text;
using DeadlineBot.Functions.Web.Security;

namespace DeadlineBot.Tests.Web;

/// <summary>Easy Auth's <c>X-MS-CLIENT-PRINCIPAL</c>: the app roles decide the role; no role, no access.</summary>
[TestClass]
public sealed class ClientPrincipalTests
{
    [TestMethod]
    [DataRow("""["staff"]""", "staff")]
    [DataRow("""["staff","admin"]""", "admin")]
    [DataRow("""["reader"]""", null)]
    [DataRow("""[]""", null)]
    public void The_role_comes_from_the_app_roles(string roles, string? expected)
    {
        var claims = string.Join(",", System.Text.Json.JsonSerializer.Deserialize<string[]>(roles)!.Select(r => $$"""{"typ":"roles","val":"{{r}}"}"""));
        var json = $$"""{"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"name","val":"Nguyễn Văn A"},{{claims}}]}""".Replace(",]", "]", StringComparison.Ordinal);

        var user = ClientPrincipal.Read(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));

        Assert.AreEqual(expected, user?.Role);
        if (expected is not null)
        {
            Assert.AreEqual("Nguyễn Văn A", user!.Name);
        }
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("not base64!")]
    [DataRow("bm90IGpzb24=")]
    public void A_missing_or_malformed_header_is_nobody(string header) => Assert.IsNull(ClientPrincipal.Read(header));
}

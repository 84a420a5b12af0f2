using System.Text;
using DeadlineBot.Functions.Hosting;

namespace DeadlineBot.Tests.Hosting;

[TestClass]
public sealed class FunctionsInvocationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("""{"Data":{"message":"\"{\\\"digestId\\\":\\\"d1\\\"}\""}}""", """{"digestId":"d1"}""", DisplayName = "string encoded twice")]
    [DataRow("""{"Data":{"message":"{\"digestId\":\"d1\"}"}}""", """{"digestId":"d1"}""", DisplayName = "string encoded once")]
    [DataRow("""{"Data":{"message":{"digestId":"d1"}}}""", """{"digestId":"d1"}""", DisplayName = "object")]
    [DataRow("""{"data":{"Message":"plain text"}}""", "plain text", DisplayName = "other casing")]
    [DataRow("""{"Data":{"reminder":"\"x\""}}""", "x", DisplayName = "the only binding under another name")]
    [DataRow("""{"Data":{}}""", null, DisplayName = "no data")]
    [DataRow("not json", null, DisplayName = "not JSON")]
    public async Task The_queue_message_is_read_however_the_host_encodes_it(string payload, string? expected)
    {
        var invocation = await Read(payload);

        Assert.AreEqual(expected, invocation.Text("message"));
    }

    [TestMethod]
    [DataRow("""{"Metadata":{"DequeueCount":"3"}}""", 3L)]
    [DataRow("""{"Metadata":{"DequeueCount":4}}""", 4L)]
    [DataRow("""{"Metadata":{"DequeueCount":"many"}}""", null)]
    [DataRow("""{"Metadata":{}}""", null)]
    public async Task The_dequeue_count_is_read_as_a_number_or_as_text(string payload, long? expected)
    {
        var invocation = await Read(payload);

        Assert.AreEqual(expected, invocation.Number("DequeueCount"));
    }

    private async Task<FunctionsInvocation> Read(string payload)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(payload));
        return await FunctionsInvocation.ReadAsync(body, TestContext.CancellationToken);
    }
}

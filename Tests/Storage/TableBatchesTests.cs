using Azure.Data.Tables;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Tests.Storage;

/// <summary>Azure's rules for an entity-group transaction, which Azurite does not enforce: the batches must.</summary>
[TestClass]
public sealed class TableBatchesTests
{
    [TestMethod]
    [DataRow(0, 1)]
    [DataRow(1, 1)]
    [DataRow(250, 3)]
    [DataRow(5_000, 7)]
    [DataRow(5_000, 256)]
    public void A_batch_holds_one_partition_at_most_100_rows_each_once(int count, int partitions)
    {
        var random = new Random(count + partitions);
        var entities = Enumerable.Range(0, count)
            .Select(i => new TableEntity($"p{random.Next(partitions)}", $"r{random.Next(count / 2 + 1)}"))
            .ToList();

        var batches = TableBatches.Of(entities, _ => 100);

        foreach (var batch in batches)
        {
            Assert.IsNotEmpty(batch);
            Assert.IsLessThanOrEqualTo(TableBatches.MaxActions, batch.Count);
            Assert.HasCount(1, batch.Select(e => e.PartitionKey).Distinct());
            Assert.HasCount(batch.Count, batch.Select(e => e.RowKey).Distinct());
        }

        CollectionAssert.AreEquivalent(entities, batches.SelectMany(b => b).ToList());
    }

    [TestMethod]
    public void A_batch_stays_under_the_payload_limit_unless_one_row_alone_is_larger()
    {
        var entities = Enumerable.Range(0, 10).Select(i => new TableEntity("p", $"r{i}")).ToList();

        var batches = TableBatches.Of(entities, e => e.RowKey == "r3" ? TableBatches.MaxBytes + 1 : TableBatches.MaxBytes / 4);

        Assert.IsTrue(batches.All(b => b.Count == 1 || b.Count * (TableBatches.MaxBytes / 4) <= TableBatches.MaxBytes));
        Assert.HasCount(1, batches.Single(b => b.Any(e => e.RowKey == "r3")));
        Assert.AreEqual(10, batches.Sum(b => b.Count));
    }

    [TestMethod]
    public void Rows_keep_their_order_within_a_partition()
    {
        var entities = Enumerable.Range(0, 230).Select(i => new TableEntity(i % 2 == 0 ? "even" : "odd", $"r{i:D3}")).ToList();

        var batches = TableBatches.Of(entities, _ => 100);

        CollectionAssert.AreEqual(entities.Where(e => e.PartitionKey == "even").ToList(), batches.Where(b => b[0].PartitionKey == "even").SelectMany(b => b).ToList());
        Assert.AreEqual(4, batches.Count);
    }
}

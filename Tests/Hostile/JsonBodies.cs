using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Hostile;

/// <summary>JSON bodies: the API's shapes with hostile values, wrong types and out-of-range dates, and JSON that is broken or huge.</summary>
public static class JsonBodies
{
    private static readonly string[] Dates =
        ["\"2022-12-31\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"2022-02-30\"", "\"2022-13-01\"",
         "\"-0001-01-01\"", "\"20221231\"", "\"2022-12-31T00:00:00Z\"", "\"\"", "null", "5", "1e309", "[]", "{}"];

    public static Gen<string> Text { get; } = Gen.Frequency(
        (6, HostileText.Any.Select(HostileText.Json)),
        (1, Gen.Elements("null", "5", "true", "[]", "{}", "[\"a\"]")));

    public static Gen<string> Date { get; } = Gen.Elements(Dates);

    private static Gen<string> Names { get; } = Gen.Frequency(
        (3, Gen.Elements("[\"Sở Nội vụ\"]", "[\"Sở Tài chính\", \"UBND tỉnh\"]", "[]")),
        (3, Text.ArrayOf().Select(items => "[" + string.Join(',', items.Take(60)) + "]")),
        (1, Gen.Elements("null", "\"Sở Nội vụ\"", "5", "[null]", "[[\"x\"]]")),
        (1, Gen.Constant("[" + string.Join(',', Enumerable.Repeat("\"Sở Nội vụ\"", 51)) + "]")));

    private static Gen<string> Schedule { get; } =
        from kind in Gen.Elements("\"Due\"", "\"Range\"", "\"Recurring\"", "\"Ongoing\"", "\"Bogus\"", "7", "-1", "null", "\"due\"")
        from start in Date
        from due in Date
        from every in Gen.Elements("1", "0", "-5", "101", "2147483648", "\"x\"", "null")
        from unit in Gen.Elements("\"Year\"", "\"Month\"", "\"Fortnight\"", "99", "null")
        from month in Gen.Elements("12", "13", "0", "null")
        from day in Gen.Elements("31", "32", "0", "null")
        from recurrence in Gen.Elements(true, false)
        select $"{{\"kind\":{kind},\"start\":{start},\"due\":{due}"
            + (recurrence ? $",\"recurrence\":{{\"every\":{every},\"unit\":{unit},\"month\":{month},\"day\":{day},\"until\":{due}}}" : string.Empty) + "}";

    private static Gen<string> Schedules { get; } = Gen.Frequency(
        (4, Schedule.ArrayOf().Select(s => "[" + string.Join(',', s.Take(22)) + "]")),
        (1, Gen.Elements("null", "{}", "\"Quý IV\"", "[null]")));

    /// <summary>A task with every field hostile, or (more often) a valid task with one field hostile: that one field's handling is then what decides.</summary>
    public static Gen<string> Task { get; } = Gen.Frequency(
        (1,
            from reference in Text
            from title in Text
            from lead in Names
            from cooperating in Names
            from reportTo in Text
            from deadline in Text
            from schedules in Schedules
            from note in Text
            select $"{{\"ref\":{reference},\"title\":{title},\"lead\":{lead},\"cooperating\":{cooperating},\"reportTo\":{reportTo},"
                + $"\"deadlineText\":{deadline},\"schedules\":{schedules},\"note\":{note}}}"),
        (2, OneHostile(
            ("ref", "\"II.1\"", Text), ("title", "\"Tổ chức Hội nghị\"", Text), ("lead", "[\"Sở Nội vụ\"]", Names),
            ("cooperating", "[\"Sở Tài chính\"]", Names), ("reportTo", "\"UBND tỉnh\"", Text), ("deadlineText", "\"Quý IV năm 2022\"", Text),
            ("schedules", "[{\"kind\":\"Due\",\"due\":\"2022-12-31\"}]", Schedules), ("note", "\"Ghi chú\"", Text))));

    public static Gen<string> Plan { get; } =
        from header in Gen.Frequency(
            (1,
                from number in Text
                from issuer in Text
                from place in Text
                from date in Date
                from title in Text
                from fileName in Text
                from month in Gen.Elements("12", "13", "0", "null", "1e309", "\"6\"")
                from day in Gen.Elements("31", "32", "-1", "null")
                select $"{{\"number\":{number},\"issuer\":{issuer},\"place\":{place},\"date\":{date},\"title\":{title},"
                    + $"\"fileName\":{fileName},\"yearlyDueMonth\":{month},\"yearlyDueDay\":{day}}}"),
            (2, OneHostile(
                ("number", "\"168/KH-UBND\"", Text), ("issuer", "\"UBND tỉnh Hà Giang\"", Text), ("place", "\"Hà Giang\"", Text),
                ("date", "\"2021-05-31\"", Date), ("title", "\"Kế hoạch\"", Text), ("fileName", "\"kehoach.docx\"", Text),
                ("yearlyDueMonth", "12", Gen.Elements("13", "0", "1e309", "\"6\"", "-2147483649")),
                ("yearlyDueDay", "5", Gen.Elements("32", "-1", "null", "2.5")))))
        from count in Gen.Frequency((8, Gen.Choose(0, 3)), (1, Gen.Constant(1001)))
        from tasks in Task.ArrayOf(Math.Min(count, 3))
        select $"{{\"plan\":{header},\"tasks\":[{string.Join(',', count > 3 ? Enumerable.Repeat(tasks.FirstOrDefault() ?? "{}", count) : tasks)}]}}";

    public static Gen<string> Email { get; } = Gen.Frequency(
        (4, Gen.Elements(
            "vanthu@snv.example.gov.vn", "a@[127.0.0.1]", "a@[IPv6:::1]", "\u202Evanthu@snv.example.gov.vn", "van\u200Bthu@snv.example.gov.vn",
            "\uFEFFa@snv.example.gov.vn", "a\uFFFE@snv.example.gov.vn", new string('a', 65) + "@snv.example.gov.vn",
            "a@" + new string('b', 64) + ".vn", "a@" + string.Join('.', Enumerable.Repeat(new string('c', 60), 5)) + ".vn", "a%0d%0a@snv.example.gov.vn",
            "a\r\nBcc: x@y.vn@snv.example.gov.vn", "\"a b\"@snv.example.gov.vn", "Văn thư <a@snv.example.gov.vn>", "a@b", "a@-b.vn",
            "a@b.vn, c@d.vn", "a..b@snv.example.gov.vn", ".a@snv.example.gov.vn", "a@snv.example.gov.vn.", "@snv.example.gov.vn",
            "a@", "vănthư@snv.example.gov.vn", "a@xn--snv-ila.vn", "A@SNV.EXAMPLE.GOV.VN", "a+tag@snv.example.gov.vn",
            "a@b@snv.example.gov.vn", "a@localhost", "a@1.2.3.4", "a(comment)@snv.example.gov.vn")),
        (1, Text.Select(t => t.Length > 2 && t[0] == '"' ? t : "\"x@y.vn\"")));

    private static Gen<string> Emails { get; } = Email.Select(e => e.StartsWith('"') ? e : HostileText.Json(e)).ArrayOf().Select(e => "[" + string.Join(',', e.Take(55)) + "]");

    public static Gen<string> Agency { get; } = Gen.Frequency(
        (1,
            from name in Gen.Frequency((2, Gen.Elements("\"Sở Nội vụ\"", "\"Sở Khoa học và Công nghệ\"", "\"Sở Tư pháp\"")), (3, Text))
            from display in Text
            from emails in Emails
            from aliases in Names
            select $"{{\"name\":{name},\"displayName\":{display},\"emails\":{emails},\"aliases\":{aliases}}}"),
        (2, OneHostile(
            ("name", "\"Sở Nội vụ\"", Text), ("displayName", "\"Sở Nội vụ tỉnh\"", Text), ("emails", "[\"vanthu@snv.example.gov.vn\"]", Emails),
            ("aliases", "[\"SNV\"]", Names))));

    public static Gen<string> Done { get; } =
        from doneOn in Gen.Elements("\"2022-06-01\"", "\"2022-05-01\"", "\"2099-01-01\"", "\"1800-01-01\"", "\"2022-06-31\"", "null", "\"x\"", "7")
        from note in Text
        select $"{{\"doneOn\":{doneOn},\"note\":{note}}}";

    /// <summary>A JSON object of <paramref name="fields"/>, each valid but one, chosen at random, which is hostile.</summary>
    private static Gen<string> OneHostile(params (string Name, string Valid, Gen<string> Hostile)[] fields) =>
        from index in Gen.Choose(0, fields.Length - 1)
        from hostile in fields[index].Hostile
        select "{" + string.Join(',', fields.Select((f, i) => $"\"{f.Name}\":{(i == index ? hostile : f.Valid)}")) + "}";

    /// <summary>JSON a parser should refuse, or that strains it: truncated, wrong root, deep, huge, not UTF-8.</summary>
    public static Gen<byte[]> Broken { get; } = Gen.Elements(
        "{"u8.ToArray(), "{\"title\":"u8.ToArray(), "["u8.ToArray(), "null"u8.ToArray(), "123"u8.ToArray(), "\"text\""u8.ToArray(),
        "{\"title\": 5, \"lead\": \"Sở\"}"u8.ToArray(), "{\"title\":\"a\",\"title\":\"b\"}"u8.ToArray(), "{'title':'single'}"u8.ToArray(),
        "{\"title\":\"a\"} trailing"u8.ToArray(), "{\"title\":\"\\ud800\"}"u8.ToArray(), "{\"title\":\"\\uDFFF\\uD800\"}"u8.ToArray(),
        "{\"title\":\"\\u0000\"}"u8.ToArray(), "{\"plan\":{\"yearlyDueMonth\":1e400}}"u8.ToArray(), "{\"doneOn\":\"2022-06-01\" /* c */}"u8.ToArray(),
        [0xEF, 0xBB, 0xBF, .. "{\"title\":\"bom\"}"u8], [.. "{\"title\":\""u8, 0xC3, 0x28, .. "\"}"u8], [.. "{\"title\":\""u8, 0xFF, 0xFE, .. "\"}"u8],
        [.. "{\"title\":\""u8, 0xEF, 0xBF, 0xBE, .. "\"}"u8], [.. "{\"title\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8],
        Encoding.Unicode.GetBytes("{\"title\":\"utf16\"}"), Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500)),
        Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', 2_000_000) + "\"}"),
        Encoding.UTF8.GetBytes("{\"tasks\":[" + string.Join(',', Enumerable.Repeat("{}", 20_000)) + "]}"),
        []);

    /// <summary>A body for a JSON route: its shape filled by <paramref name="shape"/>, or broken JSON, under a right or wrong Content-Type.</summary>
    public static Gen<Body> For(Gen<string> shape) =>
        from bytes in Gen.Frequency((4, shape.Select(Encoding.UTF8.GetBytes)), (1, Broken))
        from type in Gen.Frequency(
            (8, Gen.Constant<string?>("application/json")),
            (1, Gen.Elements<string?>(null, "text/plain", "application/json; charset=utf-16", "application/json; charset=bogus",
                "application/xml", "multipart/form-data", "application/json; charset=\"utf-8\"", "application/merge-patch+json", "*/*")))
        select new Body(bytes, type);
}

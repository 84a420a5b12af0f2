using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Hostile;

/// <summary>Bodies for <c>POST /api/plans/preview</c>: well-formed and malformed multipart, raw bodies, documents that are not what they claim.</summary>
public static class UploadBodies
{
    private const string Boundary = "----hostile7MA4YWxkTrZu0gW";

    private static readonly string Plan = """
        ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
        Số: 168/KH-UBND
        Hà Giang, ngày 31 tháng 5 năm 2021
        KẾ HOẠCH
        II. NHIỆM VỤ
        1. Tổ chức Hội nghị tổng kết
        - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.
        - Thời gian thực hiện: Quý IV năm 2022.
        """;

    /// <summary>File contents: a small real plan, hostile text in one, bytes that only look like Word, PDF or a zip.</summary>
    public static Gen<byte[]> Contents { get; } = Gen.Frequency(
        (3, Gen.Constant(Encoding.UTF8.GetBytes(Plan))),
        (3, HostileText.Any.Select(t => Encoding.UTF8.GetBytes(Plan.Replace("Tổ chức Hội nghị tổng kết", t, StringComparison.Ordinal)))),
        (2, Gen.Elements(
            "PK\u0003\u0004garbage"u8.ToArray(), "%PDF-1.7\n1 0 obj garbage"u8.ToArray(), "%PDF-"u8.ToArray(), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            [0xFF, 0xFE, 0x00, 0xD8], [0xEF, 0xBF, 0xBE, 0xEF, 0xBF, 0xBF], "\0\0\0\0"u8.ToArray(), "{\\rtf1 x}"u8.ToArray(), "<html><script>x</script>"u8.ToArray(),
            Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("1. a\n", 5_000))), Encoding.UTF8.GetBytes(new string('x', 300_000))
            )));

    public static Gen<string> FileNames { get; } = Gen.Frequency(
        (3, Gen.Elements("kehoach.txt", "kehoach.docx", "kehoach.pdf", "kehoach.doc", "kehoach", "../../etc/passwd", "..\\..\\x.txt",
            "\u202Etxt.exe", "a\uFFFEb.txt", "a\u200B.txt", "a\r\nb.txt", "a\".txt", "a;b=c.txt", new string('n', 400) + ".txt", ".txt", "kế hoạch.txt")),
        (1, HostileText.Any));

    /// <summary>A multipart body around one file, or a deliberately broken one.</summary>
    public static Gen<Body> Multipart { get; } = Gen.Frequency(
        (5, from content in Contents from name in FileNames from field in Gen.Elements("file", "other", "")
            select new Body(Part(field, name, content, Boundary), $"multipart/form-data; boundary={Boundary}")),
        (1, Contents.Select(c => new Body(Part("file", "a.txt", c, Boundary), "multipart/form-data"))),
        (1, Contents.Select(c => new Body(Part("file", "a.txt", c, Boundary), "multipart/form-data; boundary=other-boundary"))),
        (1, Contents.Select(c => new Body(Part("file", "a.txt", c, Boundary), "multipart/form-data; boundary=" + new string('b', 100)))),
        (1, Gen.Constant(new Body(ManyParts(1100), $"multipart/form-data; boundary={Boundary}"))),
        (1, Gen.Constant(new Body(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno end"), $"multipart/form-data; boundary={Boundary}"))),
        (1, Gen.Constant(new Body(Encoding.UTF8.GetBytes($"--{Boundary}\r\nX-Long: {new string('h', 20_000)}\r\n\r\nx\r\n--{Boundary}--\r\n"), $"multipart/form-data; boundary={Boundary}"))),
        (1, Gen.Constant(new Body(Encoding.UTF8.GetBytes(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=v"))), "application/x-www-form-urlencoded"))),
        (1, Gen.Constant(new Body([], $"multipart/form-data; boundary={Boundary}"))));

    /// <summary>A raw body (the route's other form, named by ?fileName=) under various Content-Types.</summary>
    public static Gen<Body> Raw { get; } =
        from content in Contents
        from type in Gen.Elements<string?>("application/octet-stream", "text/plain", null, "text/plain; charset=bogus", "application/pdf")
        select new Body(content, type);

    private static byte[] Part(string field, string fileName, byte[] content, string boundary)
    {
        var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. content, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")];
    }

    private static byte[] ManyParts(int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append(CultureInfoFree($"--{Boundary}\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n"));
        }

        return Encoding.UTF8.GetBytes(body.Append($"--{Boundary}--\r\n").ToString());
    }

    private static string CultureInfoFree(FormattableString text) => FormattableString.Invariant(text);
}

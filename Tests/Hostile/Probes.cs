using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Hostile;

/// <summary>The generator of the campaign: every route of the app, with hostile keys, path values, queries, headers and bodies.</summary>
public static class Probes
{
    private static readonly string[] LinkKinds = ["valid", "expired", "sig", "expires", "other-agency", "other-task", "no-sig", "garbage"];

    private static readonly string[] FeedKinds = ["valid", "sig", "other-agency", "no-sig", "stale", "garbage"];

    private static readonly string[] Reports = ["tasks", "overdue", "upcoming", "statistics", "failures"];

    /// <summary>
    /// A path segment: usually the real id (a placeholder), else something hostile. Never an encoded NUL: Kestrel answers
    /// such a path 400 before the app sees it, and the in-memory test server cannot send one.
    /// </summary>
    private static Gen<string> Segment(string placeholder) => Gen.Frequency(
        (5, Gen.Constant(placeholder)),
        (3, HostileText.InUrl.Where(s => s.Length > 0 && !s.Contains("%00", StringComparison.Ordinal))),
        (1, Gen.Elements("nonexistent", "p1", "so-noi-vu", "SO-NOI-VU", "-", new string('a', 256))));

    private static Gen<string> IfMatch { get; } = Gen.Frequency(
        (3, Gen.Constant("{etag}")),
        (2, Gen.Constant("{stale}")),
        (1, Gen.Constant<string>(null!)),
        (4, Gen.Elements(
            "*", "garbage", "\"garbage\"", "\"\"", "W/", "W/\"\"", "\"a\", \"b\"", "*, {etag}", "{etag}x", "x{etag}", "{etag}, {etag}",
            "{etag} ", "W/\"datetime'2022-13-45T99%3A00%3A00Z'\"", "W/\"datetime'x'\"", "W/\"datetime''\"", "W/\"datetime'2022-06-01T02%3A00%3A00.12345678Z'\"",
            "w/\"datetime'2022-06-01T02%3A00%3A00Z'\"", "{etag}\r\nX-Injected: 1", "\"\u202E\"", "W/\"\uFFFE\"", new string('"', 5000))),
        (1, HostileText.Any));

    private static Gen<string?> Query(params (string Name, Gen<string> Value)[] parameters) =>
        from values in Gen.CollectToArray(parameters.Select(p => Gen.Frequency(
            (2, Gen.Constant<string?>(null)),
            (3, p.Value.Select(v => (string?)$"{p.Name}={v}")))))
        select values.Any(v => v is not null) ? "?" + string.Join('&', values.Where(v => v is not null)) : string.Empty;

    private static Gen<Probe> Route(string method, Gen<string> path, Need need, Gen<Body?> body, Gen<string?> ifMatch, string what) =>
        from p in path
        from key in Keys.Any
        from b in body
        from m in ifMatch
        select new Probe(method, p, need, key, m, b, what);

    private static Gen<Body?> NoBody { get; } = Gen.Constant<Body?>(null);

    private static Gen<string?> NoIfMatch { get; } = Gen.Constant<string?>(null);

    private static Gen<Body?> Json(Gen<string> shape) => JsonBodies.For(shape).Select(b => (Body?)b);

    private static Gen<string> Tasks(string suffix = "") =>
        from plan in Segment("{plan}")
        from task in Segment("{task}")
        select $"/api/plans/{plan}/tasks/{task}{suffix}";

    private static Gen<Body> Invocation { get; } =
        from message in Gen.Frequency(
            (3, HostileText.Any.Select(HostileText.Json)),
            (2, Gen.Elements("{\"digestId\":\"d1\",\"agency\":\"Sở Nội vụ\",\"date\":\"2022-06-01\"}", "{\"digestId\":\"\",\"agency\":\"\"}",
                "{\"digestId\":\"' or 1 eq 1\",\"agency\":\"x\",\"date\":\"9999-12-31\"}").Select(HostileText.Json)),
            (1, Gen.Constant(HostileText.Json("{\"digestId\":\"" + new string('d', 70_000) + "\",\"agency\":\"a\",\"date\":\"2022-06-01\"}"))),
            (1, Gen.Constant(HostileText.Json(new string('m', 100_000)))),
            (1, Gen.Elements("null", "5", "{}", "[]")))
        from count in Gen.Elements("1", "5", "-1", "0", "\"7\"", "\"x\"", "1e20", "null", "9223372036854775807")
        from shape in Gen.Elements(0, 0, 0, 1, 2)
        select new Body(
            Encoding.UTF8.GetBytes(shape switch
            {
                0 => $"{{\"input\":{message}}}",
                1 => $"{{\"input\":{count},\"data\":{message}}}",
                _ => message,
            }),
            "application/json");

    /// <summary>One request to any route, weighted so that every route is hit many times in a thousand.</summary>
    public static Gen<Probe> Any { get; } = Gen.Frequency(
        (1, Route("GET", Gen.Elements("/api/health", "/api/openapi/v1.json", "/api/plans"), Need.Nothing, NoBody, NoIfMatch, "plain read")),
        (3, Route("POST", HostileText.InUrl.Select(f => "/api/plans/preview?fileName=" + f), Need.StaffKey, UploadBodies.Raw.Select(b => (Body?)b), NoIfMatch, "preview raw")),
        (5, Route("POST", Gen.Constant("/api/plans/preview"), Need.StaffKey, UploadBodies.Multipart.Select(b => (Body?)b), NoIfMatch, "preview multipart")),
        (6, Route("POST", Gen.Constant("/api/plans"), Need.StaffKey, Json(JsonBodies.Plan), NoIfMatch, "confirm plan")),
        (2, Route("GET", Segment("{plan}").Select(p => $"/api/plans/{p}"), Need.Nothing, NoBody, NoIfMatch, "read plan")),
        (1, Route("DELETE", Segment("{plan}").Select(p => $"/api/plans/{p}"), Need.StaffKey, NoBody, NoIfMatch, "delete plan")),
        (2, Route("GET", Segment("{plan}").Select(p => $"/api/plans/{p}/tasks"), Need.Nothing, NoBody, NoIfMatch, "list tasks")),
        (2, Route("GET", Tasks(), Need.Nothing, NoBody, NoIfMatch, "read task")),
        (5, Route("POST", Segment("{plan}").Select(p => $"/api/plans/{p}/tasks"), Need.StaffKey, Json(JsonBodies.Task), NoIfMatch, "add task")),
        (8, Route("PUT", Tasks(), Need.StaffKey, Json(JsonBodies.Task), IfMatch.Select(m => (string?)m), "replace task")),
        (4, Route("DELETE", Tasks(), Need.StaffKey, NoBody, IfMatch.Select(m => (string?)m), "delete task")),
        (3, Route("POST", Tasks("/done"), Need.StaffKey, Gen.OneOf(NoBody, Json(JsonBodies.Done)), NoIfMatch, "staff done")),
        (6, Route("GET", Gen.Elements(LinkKinds).Select(k => $"{{link:{k}}}"), Need.SignedLink, NoBody, NoIfMatch, "open link")),
        (6, Route("POST", Gen.Elements(LinkKinds).Select(k => $"{{link:{k}}}"), Need.SignedLink, NoBody, NoIfMatch, "report by link")),
        (2, Route("GET", Gen.OneOf(Gen.Constant("/api/agencies"), Segment("{agency}").Select(a => $"/api/agencies/{a}")), Need.StaffKey, NoBody, NoIfMatch, "read agencies")),
        (5, Route("POST", Gen.Constant("/api/agencies"), Need.StaffKey, Json(JsonBodies.Agency), NoIfMatch, "add agency")),
        (6, Route("PUT", Segment("{agency}").Select(a => $"/api/agencies/{a}"), Need.StaffKey, Json(JsonBodies.Agency), IfMatch.Select(m => (string?)m), "replace agency")),
        (3, Route("DELETE", Segment("{agency}").Select(a => $"/api/agencies/{a}"), Need.StaffKey, NoBody, IfMatch.Select(m => (string?)m), "delete agency")),
        (4, from report in Gen.Elements(Reports)
            from query in Query(("planId", Segment("{plan}")), ("agencyId", Segment("{agency}")), ("status", HostileText.InUrl), ("days", Gen.Elements("30", "-1", "367", "x", "99999999999", "1e3")),
                ("format", Gen.Frequency((3, Gen.Elements("csv", "xlsx", "XLSX", "pdf", "", "csv,xlsx")), (1, HostileText.InUrl))))
            from probe in Route("GET", Gen.Constant($"/api/reports/{report}{query}"), report is "statistics" or "failures" ? Need.AdminKey : Need.Nothing, NoBody, NoIfMatch, "report")
            select probe),
        (3, Route("GET", Gen.Elements(FeedKinds).Select(k => $"{{feed:{k}}}"), Need.SignedFeed, NoBody, NoIfMatch, "calendar feed")),
        (2, from method in Gen.Elements("POST", "DELETE")
            from probe in Route(method, Segment("{agency}").Select(a => $"/api/agencies/{a}/feed"), Need.StaffKey, NoBody, NoIfMatch, "feed url")
            select probe),
        (2, Route("GET", Query(("date", Gen.OneOf(JsonBodies.Date.Select(d => HostileText.Escape(d.Trim('"'))), HostileText.InUrl))).Select(q => "/api/reminders/dry-run" + q), Need.AdminKey, NoBody, NoIfMatch, "dry run")),
        (1, Route("POST", Gen.Constant("/admin/functions/ScanTimer"), Need.AdminKey, Gen.OneOf(NoBody, Invocation.Select(b => (Body?)b)), NoIfMatch, "scan timer")),
        (4, Route("POST", Gen.Constant("/admin/functions/SendReminder"), Need.AdminKey, Invocation.Select(b => (Body?)b), NoIfMatch, "send reminder")),
        (2, from method in Gen.Elements("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND")
            from path in Gen.Elements("/api/plans/{plan}", "/api/agencies", "/api/../../etc/passwd", "/api/plans/%2e%2e/%2e%2e", "/api//plans", "/API/PLANS",
                "/api/plans/{plan}/tasks/{task}/done/extra", "/.env", "/api/complete/a/b", "/admin/functions/", "/admin/functions/sendreminder/x")
            from probe in Route(method, Gen.Constant(path), method == "GET" ? Need.Nothing : Need.StaffKey, Gen.OneOf(NoBody, Json(JsonBodies.Task)), NoIfMatch, "odd method or path")
            select probe));
}

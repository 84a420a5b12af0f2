using DeadlineBot.Tests.Api;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Hostile;

/// <summary>The X-Api-Key values a caller may send: none, wrong ones (near misses included), staff, admin.</summary>
public static class Keys
{
    public const string Staff = ApiHost.StaffKey;
    public const string Admin = ApiHost.AdminKey;

    public static FsCheck.Gen<string?> Any { get; } = Gen.Frequency(
        (3, Gen.Constant<string?>(null)),
        (3, Gen.Elements<string?>(
            "wrong-key-0123456789", Staff + "x", Staff[..^1], Staff.ToUpperInvariant(), " " + Staff + " ", Admin + Admin,
            "", "*", "null", Staff + "," + Admin, "' or 1 eq 1 --", new string('k', 10_000), "tést-staff-key-0123", Staff + "\u200B")),
        (4, Gen.Constant<string?>(Staff)),
        (3, Gen.Constant<string?>(Admin)));
}

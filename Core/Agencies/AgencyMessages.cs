namespace DeadlineBot.Core.Agencies;

/// <summary>Every message about the agency directory, in one place.</summary>
public static class AgencyMessages
{
    public static string NoAgencyList => "Danh bạ cơ quan phải có mảng \"agencies\" (the agency directory needs an \"agencies\" array).";

    public static string NotJson(string detail) =>
        $"Danh bạ cơ quan không phải JSON hợp lệ: {detail} (the agency directory is not valid JSON).";

    public static string EntryWithoutName(int index) =>
        $"Mục thứ {index} trong danh bạ cơ quan thiếu \"name\" (agency entry {index} has no name).";
}

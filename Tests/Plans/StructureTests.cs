using System.Text;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>Tasks come from the plan's structure: sections, items, sub-items (with <c>đ</c> and repeated letters), fields and body sentences.</summary>
[TestClass]
public sealed class StructureTests
{
    private const string Plan = """
        Số: 5/KH-UBND
        Quảng Ngãi, ngày 02 tháng 3 năm 2022
        KẾ HOẠCH
        Phát triển đội ngũ trí thức
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Nâng cao nhận thức.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Củng cố tổ chức
        d) Rà soát quy định về chế độ, chính sách
        - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các Sở: Tài chính, KH&CN và các sở, ngành liên quan tham mưu thực hiện.
        - Thời gian thực hiện hoàn thành, báo cáo UBND tỉnh: Trước ngày 30/6/2022.
        - Kinh phí thực hiện: Ngân sách tỉnh.
        đ) Phát triển các hội thành viên
        - Cơ quan thực hiện: Liên hiệp các Hội KH&KT tỉnh chủ động phối hợp với Sở Nội vụ.
        - Thời gian thực hiện: Thường xuyên hàng năm.
        - d) Xây dựng quy chế tôn vinh trí thức
        - Cơ quan thực hiện: Liên hiệp Hội chủ trì.
        - Thời gian thực hiện: Quý II năm 2022.
        2. Đầu tư trụ sở làm việc

        Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Xây dựng bố trí vốn cho dự án.

        Thời gian thực hiện: Giai đoạn 2022 – 2025.
        III. TỔ CHỨC THỰC HIỆN
        1. Căn cứ Kế hoạch này, các sở có trách nhiệm chủ trì, phối hợp thực hiện.
        2. Giao Sở Khoa học và Công nghệ làm đầu mối theo dõi, đôn đốc.
        Nơi nhận:
        - Như trên;
        """;

    private static PlanImport Import => PlanText.Import(Plan);

    [TestMethod]
    public void Every_sub_item_and_item_without_sub_items_is_a_task_and_aims_are_not() =>
        CollectionAssert.AreEqual(new[] { "II.1.d", "II.1.đ", "II.1.d2", "II.2", "III.2" }, Import.Tasks.Select(t => t.Ref).ToArray());

    [TestMethod]
    public void A_repeated_letter_gets_its_own_ref_and_a_warning() =>
        CollectionAssert.Contains(Import.Task("II.1.d2").Warnings.ToList(), PlanMessages.RepeatedLabel("d"));

    [TestMethod]
    public void The_field_lines_give_lead_cooperating_body_reported_to_deadline_and_budget()
    {
        var task = Import.Task("II.1.d");

        Assert.AreEqual("Rà soát quy định về chế độ, chính sách", task.Title);
        CollectionAssert.AreEqual(new[] { "Sở Nội vụ" }, task.Lead.ToArray());
        CollectionAssert.AreEqual(new[] { "Sở Tài chính", "Sở Khoa học và Công nghệ", "các sở, ngành liên quan" }, task.Cooperating.ToArray());
        Assert.AreEqual(("UBND tỉnh", "Trước ngày 30/6/2022", "Ngân sách tỉnh"), (task.ReportTo, task.DeadlineText, task.Budget));
        Assert.AreEqual(new DateOnly(2022, 6, 30), task.Deadline.Schedules.Single().Due);
    }

    [TestMethod]
    public void Acting_on_ones_own_initiative_with_others_makes_the_actor_the_lead() =>
        Assert.AreEqual("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", Import.Task("II.1.đ").Lead.Single());

    [TestMethod]
    public void A_body_sentence_Giao_X_chu_tri_assigns_the_item()
    {
        var task = Import.Task("II.2");

        Assert.AreEqual(("Sở Kế hoạch và Đầu tư", "Sở Xây dựng"), (task.Lead.Single(), task.Cooperating.Single()));
        Assert.AreEqual("Giai đoạn 2022 – 2025", task.DeadlineText);
    }

    [TestMethod]
    public void Organisation_items_are_tasks_only_where_someone_is_given_one() =>
        Assert.AreEqual("Sở Khoa học và Công nghệ", Import.Task("III.2").Lead.Single());

    [TestMethod]
    public void The_task_source_is_the_line_it_starts_on() =>
        Assert.AreEqual(new SourceLocation(10, "body"), Import.Task("II.1.d").Source);

    [TestMethod]
    public void The_header_gives_number_place_date_and_title()
    {
        var plan = Import.Plan;

        Assert.AreEqual(("5/KH-UBND", "Quảng Ngãi", new DateOnly(2022, 3, 2), "Phát triển đội ngũ trí thức"), (plan.Number, plan.Place, plan.Date, plan.Title));
    }

    [TestMethod]
    public void Text_in_decomposed_Unicode_imports_the_same_as_composed()
    {
        var decomposed = PlanText.Import(Plan.Normalize(NormalizationForm.FormD));

        CollectionAssert.AreEqual(
            Import.Tasks.Select(t => $"{t.Ref} {t.Title} {string.Join(";", t.Lead)} {t.DeadlineText}").ToArray(),
            decomposed.Tasks.Select(t => $"{t.Ref} {t.Title} {string.Join(";", t.Lead)} {t.DeadlineText}").ToArray());
    }

    [TestMethod]
    public void Lines_broken_inside_a_sentence_are_joined_back()
    {
        var import = PlanText.Import("""
            II. NHIỆM VỤ
            1. Rà soát các quy định về quản lý nhà nước đối với Liên hiệp các Hội Khoa học và

            Kỹ thuật tỉnh và các Hội đặc thù

            - Cơ quan thực hiện: Giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ

            trì, phối hợp với Sở Nội vụ.

            - Thời gian thực hiện: Trong năm 2021.
            """);

        var task = import.Task("II.1");
        Assert.AreEqual("Rà soát các quy định về quản lý nhà nước đối với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và các Hội đặc thù", task.Title);
        Assert.AreEqual(("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Nội vụ"), (task.Lead.Single(), task.Cooperating.Single()));
    }

    [TestMethod]
    [DataRow("Số: /KH-UBND\nNam Định, ngày tháng 11 năm 2021", null, null)]
    [DataRow("Số: 07/KH-UBND\nHà Nội, ngày 5 tháng 1 năm 2024", "07/KH-UBND", "2024-01-05")]
    [DataRow("Số: 168 /KH-UBND\nHà Giang, ngày 31 tháng 5 năm 2021", "168/KH-UBND", "2021-05-31")]
    public void The_header_tolerates_blanks_and_stray_spaces(string header, string? number, string? date)
    {
        var plan = PlanText.Import($"{header}\nKẾ HOẠCH\nThử nghiệm\nII. NHIỆM VỤ\n1. Việc một\n").Plan;

        Assert.AreEqual((number, date), (plan.Number, plan.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestMethod]
    public void A_blank_day_is_a_warning_and_deadlines_count_from_the_first_of_the_month()
    {
        var import = SampleFiles.Import("003_524c104fcb22be71.txt", SampleFiles.Text);

        Assert.IsNull(import.Plan.Date);
        Assert.AreEqual(new DateOnly(2021, 11, 1), import.CountedFrom);
        CollectionAssert.IsSubsetOf(new[] { PlanMessages.BlankDay(11, 2021), PlanMessages.BlankNumber("Số: /KH-UBND") }, import.Warnings.ToList());
    }

    [TestMethod]
    public void A_header_table_gives_the_issuer_number_place_and_date()
    {
        var plan = PlanText.Import(
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "Số: 168/KH-UBND\tHà Giang, ngày 31 tháng 5 năm 2021\n\nKẾ HOẠCH\n\nThực hiện Chương trình số 07\n\nII. NHIỆM VỤ\n\n1. Việc một\n").Plan;

        Assert.AreEqual(("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "168/KH-UBND", "Hà Giang", new DateOnly(2021, 5, 31)), (plan.Issuer, plan.Number, plan.Place, plan.Date));
    }

    [TestMethod]
    public void A_document_that_cites_no_date_at_all_says_so() =>
        CollectionAssert.Contains(PlanText.Import("II. NHIỆM VỤ\n1. Việc một\n- Thời gian thực hiện: Quý IV.\n").Warnings.ToList(), PlanMessages.NoDateAtAll(new DateOnly(2000, 1, 1)));
}

namespace DeadlineBot.Benchmarks;

/// <summary>
/// Ten clauses of running text, 300–600 characters each, from directives, dispatches and provincial notices (cited
/// documents, meetings and the days they set), as in <c>Tests/Fixtures/Deadlines/prose-clauses.tsv</c>.
/// </summary>
internal static class ClauseSamples
{
    public static readonly string[] All =
    [
        "Sau khi tiếp nhận phản ánh của Báo Thanh tra (www.thanhtra.com.vn) số ra ngày 01/11/2023 đăng bài “Mỏ đá Chầm Mâm có dấu hiệu tác động dòng chảy ngoài phạm vi khai thác”; UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và PTNT, UBND huyện Sơn Hòa và các cơ quan liên quan tổ chức kiểm tra, xác minh làm rõ nội dung của bài báo nêu trên; có văn bản thông tin lại Báo Thanh tra; đồng thời báo cáo UBND tỉnh kết quả thực hiện. Thời gian thực hiện hoàn thành trướcngày 20/11/2023.",
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ",
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022;",
        "Thực hiện Luật Đầu tư công, Luật Ngân sách nhà nước, Chỉ thị số 20/CT-TTg ngày 29/7/2019 của Thủ tướng Chính phủ và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số 5743/SKHĐT-TH ngày 14/8/2019 về việc lập kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố, Giám đốc các Ban Quản lý dự án chuyên ngành, khu vực, các chủ đầu tư, triển khai việc lập kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, với các nội dung sau:",
        "tình hình thực hiện kế hoạch đầu tư công giai đoạn 2016 - 2018, ước thực hiện năm 2019 và dự kiến kế hoạch năm 2020, yêu cầu các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, thành phố, các Ban Quản lý dự án chuyên ngành, khu vực, các chủ đầu tư, khẩn trương đánh giá tình hình thực hiện kế hoạch đầu tư công trung hạn giai đoạn 2016 - 2020 do ngành, địa phương, đơn vị mình quản lý",
        "Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tham gia ý kiến vào dự thảo Chỉ thị của Thủ tướng Chính phủ về phát triển bền vững theo đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 6544/BKHĐT-KHGDTNMT ngày 18/9/2018 (Sao gửi Công văn kèm theo). Yêu cầu hoàn thiện gửi ý kiến tham gia về Bộ Kế hoạch và Đầu tư trước ngày 28/9/2018.",
        "Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình",
        "Trường hợp hành vi vi phạm phải xử phạt vi phạm hành chính thì trong thời hạn 30 ngày kể từ ngày nhận được văn bản của cơ quan, người có thẩm quyền xử phạt vi phạm hành chính về kiến nghị thu hồi đất do người sử dụng đất vẫn tiếp tục vi phạm, cơ quan có chức năng quản lý đất đai trình cơ quan quản lý nhà nước có thẩm quyền thu hồi đất",
        "Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND huyện, thành phố căn cứ kế hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh ban hành có trách nhiệm tổ chức thông báo ngay kế hoạch thanh tra đến đối tượng thanh tra thuộc phạm vi quản lý của ngành, địa phương",
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh theo yêu cầu tại nội dung Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương (Sao gửi kèm theo). Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định.",
    ];
}

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>What a Roman section holds, told from its heading.</summary>
internal enum SectionKind
{
    /// <summary><c>MỤC ĐÍCH, YÊU CẦU</c>: aims, no tasks.</summary>
    Purpose,

    /// <summary><c>NHIỆM VỤ, GIẢI PHÁP</c>, <c>NỘI DUNG THỰC HIỆN</c>: tasks.</summary>
    Tasks,

    /// <summary><c>CÁC CHỈ TIÊU</c>: targets; those that repeat (<c>(1 năm/lần)</c>) are kept.</summary>
    Targets,

    /// <summary><c>TỔ CHỨC THỰC HIỆN</c>: tasks only where someone is explicitly given one.</summary>
    Organisation,
}

using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>The task form (add and edit): its fields with their errors; the deadline is read again as it is typed (with the script).</summary>
public static class TaskFormView
{
    public static Markup Form(WebPage page, string action, TaskForm form, IReadOnlyDictionary<string, string[]>? errors, string button)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Error(string field) => errors is not null && errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
        var input = form.Input;
        return Html($"""
            {Forms.Errors(errors)}
            <form method="post" action="{action}" class="task-form">{Forms.Token(page)}{Forms.Hidden(TaskForm.Version, form.ETag)}
            {Forms.Input("f-ref", TaskForm.Ref, WebText.Ref, input.Ref, Error("ref"))}
            {Forms.TextArea("f-title", TaskForm.Title, WebText.Title, input.Title, rows: 3)}{ErrorNote(Error("title"))}
            {Forms.TextArea("f-lead", TaskForm.Lead, WebText.Lead, TaskForm.Joined(input.Lead), rows: 2, hint: WebText.NamesHint)}{ErrorNote(Error("lead"))}
            {Forms.TextArea("f-coop", TaskForm.Cooperating, WebText.Cooperating, TaskForm.Joined(input.Cooperating), rows: 2, hint: WebText.NamesHint)}{ErrorNote(Error("cooperating"))}
            {Forms.Input("f-report", TaskForm.ReportTo, WebText.ReportTo, input.ReportTo, Error("reportTo"))}
            {DeadlineField("f-deadline", TaskForm.DeadlineText, input.DeadlineText, Error("deadlineText"))}
            {Forms.TextArea("f-note", TaskForm.Note, WebText.Note, input.Note, rows: 2)}
            <button type="submit">{button}</button></form>
            """);
    }

    /// <summary>The page that adds a task to a plan.</summary>
    public static PageResult NewTask(WebPage page, Storage.StoredPlan plan, TaskForm form, IReadOnlyDictionary<string, string[]>? errors, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var body = Html($"""
            <p><a href="{WebPaths.Plan(plan.Id)}">{plan.Number} {plan.Title}</a></p>
            {Form(page, WebPaths.Plan(plan.Id) + "/tasks", form, errors, WebText.AddTask)}
            """);
        return new PageResult(Layout.Page(page, WebText.AddTask, body, WebText.Plans), status);
    }

    /// <summary>The deadline input and, under it, where the script shows the schedules the text gives as it is typed (relative deadlines counted from <paramref name="countedFrom"/>).</summary>
    public static Markup DeadlineField(string id, string name, string? value, string? error, DateOnly? countedFrom = null) => Html($"""
        <div class="field"><label for="{id}">{WebText.DeadlineText}</label>
        <input id="{id}" name="{name}" type="text" value="{value}" data-deadline-read="{id}-read" data-deadline-from="{Dates.Iso(countedFrom)}" aria-describedby="{id}-read">{ErrorNote(error)}
        <div id="{id}-read" class="deadline-read" aria-live="polite"></div></div>
        """);

    private static Markup ErrorNote(string? error) => error is null ? Empty : Html($"""<p class="field-error" role="alert">{error}</p>""");
}

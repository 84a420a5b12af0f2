using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// The app's functions, read from their <c>[Function]</c> and trigger attributes: the one definition of every route,
/// schedule, queue and binding, which the Functions host reads through the generated <c>functions.metadata</c> and the
/// self-host reads here.
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionEntry> All { get; } = Read(typeof(FunctionCatalog).Assembly);

    public static IEnumerable<FunctionEntry> Http => All.Where(f => f.Http is not null);

    public static FunctionEntry Named(string name) =>
        All.SingleOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No function is named {name}.");

    /// <summary>
    /// The value of a binding expression as the Functions host resolves it: <c>%Setting%</c> is the app setting of
    /// that name (<c>__</c> nests sections), anything else is literal.
    /// </summary>
    public static string? Resolve(string expression, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(configuration);
        return SettingName(expression) is { } setting ? configuration[setting.Replace("__", ":", StringComparison.Ordinal)] : expression;
    }

    /// <summary>The app setting a <c>%Setting%</c> expression names, or null for a literal.</summary>
    public static string? SettingName(string expression) =>
        expression is ['%', .. var name, '%'] && name.Length > 0 ? name : null;

    private static List<FunctionEntry> Read(Assembly assembly) =>
    [
        // Start-up path: public, declared methods only, and IsDefined before reading (instantiating) any attribute.
        .. from type in assembly.GetExportedTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
           where method.IsDefined(typeof(FunctionAttribute), inherit: false)
           let function = method.GetCustomAttribute<FunctionAttribute>()!
           let trigger = method.GetParameters()
               .Select(p => p.GetCustomAttribute<TriggerBindingAttribute>())
               .SingleOrDefault(a => a is not null)
               ?? throw new InvalidOperationException($"Function {function.Name} has no trigger parameter.")
           orderby function.Name
           select new FunctionEntry(function.Name, type, method, trigger),
    ];
}

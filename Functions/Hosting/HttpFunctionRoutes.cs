using System.Reflection;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted HTTP: every <c>[HttpTrigger]</c> function mapped at the path and methods of its own attribute, its
/// class created per request from DI as the worker does, and its parameters bound as the worker binds them: the
/// <see cref="HttpRequest"/>, route values by name, the request's <see cref="CancellationToken"/>.
/// </summary>
public static class HttpFunctionRoutes
{
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder app, HostJson hostJson)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(hostJson);
        foreach (var function in FunctionCatalog.Http)
        {
            app.MapMethods(function.Path(hostJson.RoutePrefix), function.Methods, Handler(function)).WithName(function.Name);
        }

        return app;
    }

    private static RequestDelegate Handler(FunctionEntry function)
    {
        // The class's factory is built on the route's first request, not at start-up (a cold start then pays only for
        // the route it serves); the binders are cheap and check every parameter at start-up.
        var create = new Lazy<ObjectFactory>(() => ActivatorUtilities.CreateFactory(function.Class, Type.EmptyTypes));
        var binders = function.Method.GetParameters().Select(p => Binder(function, p)).ToArray();
        return async context =>
        {
            var instance = function.Method.IsStatic ? null : create.Value(context.RequestServices, null);
            var arguments = Array.ConvertAll(binders, bind => bind(context));
            var returned = function.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            var result = returned switch
            {
                Task<IResult> pending => await pending,
                IResult done => done,
                _ => throw new InvalidOperationException($"Function {function.Name} must return IResult or Task<IResult>."),
            };
            await result.ExecuteAsync(context);
        };
    }

    private static Func<HttpContext, object?> Binder(FunctionEntry function, ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        if (parameter.ParameterType == typeof(string) && parameter.Name is { } name)
        {
            return context => context.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : null;
        }

        throw new InvalidOperationException($"The self-host cannot bind parameter {parameter.Name} of function {function.Name}.");
    }
}

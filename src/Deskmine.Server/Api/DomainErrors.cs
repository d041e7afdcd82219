using Deskmine.Core.Errors;
using Deskmine.Workspaces;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Deskmine.Server.Api;

/// <summary>
/// Turns the application layer's errors into problem details: bad input and impossible requests are 400 with the
/// layer's message (it names the field), a workspace that lacks what was asked (no recognition run) is 409. Anything
/// else stays a 500 without details.
/// </summary>
internal sealed class DomainErrors : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InputException e => ApiProblems.Problem(400, "bad-input", "Invalid request", e.Message),
            InvalidRequestException e => ApiProblems.Problem(400, "bad-parameter", "Invalid parameter", e.Message),
            WorkspaceProblemException e => ApiProblems.Problem(409, "workspace", "The workspace cannot answer this", e.Message),
            BadHttpRequestException e => ApiProblems.Problem(e.StatusCode, "malformed", "Malformed request", e.Message),
            _ => null,
        };
        if (problem is null)
            return false;
        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}

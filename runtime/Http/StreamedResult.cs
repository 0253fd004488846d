using System;

namespace OpenApiGen.Runtime;

/// <summary>
/// Whether a result type contains the open response body, as <see cref="DownloadResult"/> does, so that its caller
/// reads the body after the call returns.
/// </summary>
internal static class StreamedResult<T>
{
    public static readonly bool Value = typeof(T) == typeof(DownloadResult)
        || (typeof(T).IsGenericType
            && typeof(T).GetGenericTypeDefinition() == typeof(ApiResponse<,>)
            && typeof(T).GetGenericArguments()[0] == typeof(DownloadResult));
}

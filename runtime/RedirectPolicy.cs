namespace OpenApiGen.Runtime;

/// <summary>
/// What <see cref="ApiConnection"/> does with a 301, 302, 303, 307 or 308 response that has a Location.
/// </summary>
public enum RedirectPolicy
{
    /// <summary>
    /// Sends the request again to the Location, up to <see cref="ApiClientOptions.MaxRedirects"/> times.
    /// Credentials, default headers, header and cookie parameters go only to the base address's origin, and an
    /// https request is never redirected to http.
    /// </summary>
    Follow,

    /// <summary>
    /// Hands the redirect response to the response reader. <see cref="ResponseReaders.Download"/> returns it as a
    /// <see cref="DownloadResult"/> with <see cref="DownloadResult.Location"/> set, and other built-in readers throw
    /// an <see cref="ApiException"/>.
    /// </summary>
    ReturnLocation,
}

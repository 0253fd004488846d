using Microsoft.AspNetCore.StaticFiles;

namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// Guesses the media type of an archive entry from its file extension.
/// </summary>
internal static class MediaTypeGuesser
{
    private const string Fallback = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string Guess(string path) =>
        Provider.TryGetContentType(path, out var mediaType) ? mediaType : Fallback;

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();

        // ASP.NET Core's table lacks these, and Jira reports them as text.
        provider.Mappings[".md"] = "text/markdown";
        provider.Mappings[".java"] = "text/x-java-source";
        return provider;
    }
}

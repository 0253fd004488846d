namespace OpenApiGen.Generator.Model;

/// <summary>
/// The offset paging of an operation that takes a <c>startAt</c> query parameter and returns a page record, the
/// way Jira Cloud pages. It adds the <c>…PagesAsync</c> and <c>…ItemsAsync</c> methods.
/// </summary>
/// <param name="StartAtParameter">The C# name of the <c>startAt</c> parameter, which the paging methods fill
/// in.</param>
/// <param name="StartAtIsInt32">Whether that parameter is an <c>int</c>, so the runtime's <c>long</c> is cast to
/// it.</param>
/// <param name="PageType">The page record, the operation's result.</param>
/// <param name="ItemsProperty">The C# name of the page's only array property.</param>
/// <param name="ItemType">The type of that array's items.</param>
/// <param name="IsLastProperty">The C# name of the page's boolean <c>isLast</c>, or null when it has none.</param>
/// <param name="TotalProperty">The C# name of the page's integer <c>total</c>, or null when it has none.</param>
/// <param name="StartAtProperty">The C# name of the page's integer <c>startAt</c>, or null when it has none.</param>
public sealed record PagingModel(
    string StartAtParameter,
    bool StartAtIsInt32,
    TypeRef PageType,
    string ItemsProperty,
    TypeRef ItemType,
    string? IsLastProperty,
    string? TotalProperty,
    string? StartAtProperty);

using System;
using System.Buffers;
using System.Linq;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenApiGen.Runtime;

/// <summary>
/// Description of one API call that <see cref="ApiConnection"/> turns into an <see cref="HttpRequestMessage"/>,
/// again for each retry and redirect. Generated code creates one per call. Each <c>With…</c> method changes this
/// instance and returns it for chaining, so an instance must not be shared between calls.
/// </summary>
public sealed partial class ApiRequest
{
    private readonly PathTemplate template;
    private readonly Dictionary<string, string> encodedPathValues = new(StringComparer.Ordinal);
    private readonly List<string> encodedQueryPairs = [];
    private readonly List<KeyValuePair<string, string>> headers = [];
    private readonly List<string> cookiePairs = [];
    private readonly List<string> acceptedMediaTypes = [];
    /// <summary>The characters allowed in a header value: visible ASCII, space and tab.</summary>
    internal static readonly SearchValues<char> HeaderValueCharacters = SearchValues.Create(
        "\t !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
    private static readonly SearchValues<char> InvalidCookieNameCharacters = SearchValues.Create(" \t()<>@,;:\\\"/[]?={}");
    private ByteRange? range;
    private Func<HttpContent>? contentFactory;
    private readonly List<ErrorBodyReader> errorReaders = [];

    /// <summary>Creates a request for one operation.</summary>
    /// <param name="method">HTTP method of the operation.</param>
    /// <param name="pathTemplate">OpenAPI path with <c>{name}</c> placeholders, such as
    /// <c>/rest/api/3/attachment/{id}</c>. A missing leading "/" is added.</param>
    /// <param name="operationId">OpenAPI operationId, shown in error messages.</param>
    /// <exception cref="ArgumentException">The template is empty or has unbalanced braces, or the operationId is
    /// empty.</exception>
    public ApiRequest(HttpMethod method, string pathTemplate, string operationId)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(pathTemplate);
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        Method = method;
        PathTemplate = pathTemplate.StartsWith('/') ? pathTemplate : "/" + pathTemplate;
        OperationId = operationId;
        template = new PathTemplate(PathTemplate);
    }

    /// <summary>HTTP method of the operation. A 301, 302 or 303 redirect may send the next request with GET.</summary>
    public HttpMethod Method { get; }

    /// <summary>Path with <c>{name}</c> placeholders, always starting with "/".</summary>
    public string PathTemplate { get; }

    /// <summary>OpenAPI operationId, shown in error messages.</summary>
    public string OperationId { get; }

    /// <summary>Redirect policy of this call, or null to use <see cref="ApiClientOptions.Redirects"/>.</summary>
    public RedirectPolicy? RedirectPolicy { get; private set; }

    /// <summary>The readers of documented error bodies, tried by exact status, then range, then default.</summary>
    public IReadOnlyList<ErrorBodyReader> ErrorReaders => errorReaders;

    /// <summary>Registers the reader of an error body the spec documents, for <see cref="ApiException.Error"/>.</summary>
    public ApiRequest WithErrorBody(ErrorBodyReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errorReaders.Add(reader);
        return this;
    }

    /// <summary>Whether <see cref="WithContent"/> set a body.</summary>
    public bool HasContent => contentFactory is not null;

    /// <summary>
    /// Sets the value of placeholder <c>{name}</c>. Every character outside the RFC 3986 unreserved set is
    /// percent-encoded, so a "/" in the value stays inside one path segment.
    /// </summary>
    /// <exception cref="ArgumentException">The template has no <c>{name}</c>, or the value is empty, "." or "..",
    /// which would address a different path.</exception>
    public ApiRequest WithPathParameter(string name, string value)
    {
        RequirePlaceholder(name);
        if (string.IsNullOrEmpty(value) || value == "." || value == "..")
        {
            string shown = value is null ? "null" : $"'{value}'";
            throw new ArgumentException(
                $"Path parameter '{name}' of {OperationId} is {shown}. A path parameter needs a value other than " +
                "null, empty, \".\" or \"..\" because those would address a different path.",
                nameof(value));
        }

        encodedPathValues[name] = PercentEncoding.Encode(value);
        return this;
    }

    private void RequirePlaceholder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!template.HasPlaceholder(name))
        {
            throw new ArgumentException(
                $"Path parameter '{name}' does not occur in the path template '{PathTemplate}' of {OperationId}. " +
                "Use one of the {name} placeholders of that template.",
                nameof(name));
        }
    }

    /// <summary>Adds <c>name=value</c> to the query, percent-encoding both. A null value adds nothing.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to add nothing.</param>
    /// <param name="allowReserved">OpenAPI's <c>allowReserved</c>: RFC 3986 reserved characters other than "#",
    /// and existing %XX triples, are sent unencoded in the value.</param>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public ApiRequest WithQuery(string name, string? value, bool allowReserved = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is not null)
        {
            encodedQueryPairs.Add(PercentEncoding.Encode(name) + "=" + EncodeQueryValue(value, allowReserved));
        }

        return this;
    }

    private static string EncodeQueryValue(string value, bool allowReserved) =>
        allowReserved ? PercentEncoding.EncodeAllowReserved(value) : PercentEncoding.Encode(value);

    /// <summary>
    /// Adds one <c>name=value</c> pair per value (OpenAPI style form, explode true). Null or empty adds nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, or an item is null.</exception>
    public ApiRequest WithQuery(string name, IEnumerable<string?>? values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (values is null)
        {
            return this;
        }

        int index = 0;
        foreach (string? item in values)
        {
            if (item is null)
            {
                throw NullItems.CreateError(
                    $"Query parameter '{name}' of {OperationId}", index, "a parameter", nameof(values));
            }

            WithQuery(name, item);
            index++;
        }

        return this;
    }

    /// <summary>Adds a request header, or nothing when the value is null. Content headers such as Content-Language go
    /// to the body.</summary>
    /// <exception cref="ArgumentException">The name is empty, the value contains CR or LF, which could inject
    /// further headers, or the value has a character other than visible ASCII, space and tab.</exception>
    /// <remarks>
    /// RFC 9110 section 5.5 gives other bytes in field values no defined meaning, and HttpClient rejects
    /// non-ASCII values with a message that names neither the header nor the operation. OpenAPI defines no
    /// encoding for header parameters, so the caller chooses one, such as percent-encoding or base64, that the
    /// server reads.
    /// </remarks>
    public ApiRequest WithHeader(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException(
                $"Header '{name}' of {OperationId} contains a line break. Remove CR and LF characters from the value.",
                nameof(value));
        }

        int invalid = value.AsSpan().IndexOfAnyExcept(HeaderValueCharacters);
        if (invalid >= 0)
        {
            throw new ArgumentException(
                $"Header parameter '{name}' of {OperationId} contains the character U+{(int)value[invalid]:X4} at " +
                $"index {invalid}. Header values must be visible ASCII, spaces and tabs. Encode the value in a form " +
                "that the server decodes, such as percent-encoding or base64, before passing it.",
                nameof(value));
        }

        headers.Add(new(name, value));
        return this;
    }

    /// <summary>
    /// Adds <c>name=value</c> to the Cookie header, percent-encoding the value, or nothing when the value is null.
    /// All cookies go into one header, joined with "; ", because RFC 6265 section 5.4 allows only one.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, or contains a character that a cookie name must not
    /// contain (a control character, space, or one of <c>()&lt;&gt;@,;:\"/[]?={}</c>).</exception>
    public ApiRequest WithCookie(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAny(InvalidCookieNameCharacters) >= 0 || name.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Cookie name '{name}' of {OperationId} contains a character that is not allowed in a cookie name. " +
                "Use letters, digits and symbols other than separators.",
                nameof(name));
        }

        if (value is not null)
        {
            cookiePairs.Add(name + "=" + Uri.EscapeDataString(value));
        }

        return this;
    }

    /// <summary>
    /// Adds an array cookie in the form style without explode: <c>name=a,b,c</c>, each item percent-encoded. Null adds
    /// nothing, and an empty array sends an empty value.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or not a valid cookie name, or an item is null.
    /// </exception>
    public ApiRequest WithCookieList(string name, IEnumerable<string?>? values)
    {
        if (values is null)
        {
            return WithCookie(name, null);
        }

        var items = new List<string>();
        foreach (string? item in values)
        {
            if (item is null)
            {
                throw NullItems.CreateError(
                    $"Cookie parameter '{name}' of {OperationId}", items.Count, "a parameter", nameof(values));
            }

            items.Add(item);
        }

        return WithCookie(name, string.Join(",", items));
    }

    /// <summary>Adds a media type to the Accept header. Further calls add further types in order.</summary>
    /// <exception cref="ArgumentException">The media type is not valid Accept syntax.</exception>
    public ApiRequest WithAccept(string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        if (!MediaTypeWithQualityHeaderValue.TryParse(mediaType, out _))
        {
            throw new ArgumentException(
                $"'{mediaType}' is not a valid media type for the Accept header. Use a form such as application/json.",
                nameof(mediaType));
        }

        acceptedMediaTypes.Add(mediaType);
        return this;
    }

    /// <summary>Sets the Range header to one byte range, or removes it when null.</summary>
    public ApiRequest WithRange(ByteRange? range)
    {
        this.range = range;
        return this;
    }

    /// <summary>
    /// Sets the body. The factory is called once per attempt, because a retry after a token refresh or a 307/308
    /// redirect needs a fresh, unread body; <see cref="ApiConnection"/> disposes each content it gets.
    /// </summary>
    public ApiRequest WithContent(Func<HttpContent> contentFactory)
    {
        ArgumentNullException.ThrowIfNull(contentFactory);
        this.contentFactory = contentFactory;
        return this;
    }

    /// <summary>
    /// Overrides <see cref="ApiClientOptions.Redirects"/> for this call, or restores the default when null.
    /// </summary>
    public ApiRequest WithRedirectPolicy(RedirectPolicy? policy)
    {
        RedirectPolicy = policy;
        return this;
    }
}

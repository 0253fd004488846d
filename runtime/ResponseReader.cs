using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// Turns a successful response into the operation's result. The reader owns <paramref name="response"/>: it
/// disposes it, or hands it to the result (as <see cref="DownloadResult"/> does).
/// </summary>
/// <typeparam name="T">Type of the result.</typeparam>
/// <param name="response">A 2xx response, or a 3xx response when the redirect policy is
/// <see cref="RedirectPolicy.ReturnLocation"/>.</param>
/// <param name="cancellationToken">Cancels reading the body.</param>
public delegate ValueTask<T> ResponseReader<T>(HttpResponseMessage response, CancellationToken cancellationToken);

/// <summary>
/// Reads one JSON value. On entry the reader is on the value's first token, and on return it is on the value's last
/// token (the <see cref="System.Text.Json.Serialization.JsonConverter{T}"/> convention).
/// </summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <param name="reader">Reader over a complete JSON document.</param>
/// <exception cref="JsonException">The JSON does not match <typeparamref name="T"/>.</exception>
public delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);

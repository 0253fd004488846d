using System;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Reads the error body that the spec documents for one status (<c>404</c>), status range (<c>4XX</c>) or
/// <c>default</c>, into <see cref="ApiException.Error"/>. Generated operations register one per documented body.
/// </summary>
public sealed class ErrorBodyReader
{
    private readonly Func<byte[], object?> read;

    private ErrorBodyReader(string status, Func<byte[], object?> read)
    {
        Status = status;
        this.read = read;
    }

    /// <summary>The status the reader applies to: three digits, a range such as <c>4XX</c>, or <c>default</c>.</summary>
    public string Status { get; }

    /// <summary>Creates a reader of JSON error bodies of type <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentException">The status is not three digits, a range such as 4XX, or default.</exception>
    public static ErrorBodyReader Json<T>(string status, JsonReadFunc<T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        if (!IsValidStatus(status))
        {
            throw new ArgumentException(
                $"Error status '{status}' is invalid. Use three digits such as 404, a range such as 4XX, or default.",
                nameof(status));
        }

        return new ErrorBodyReader(status, body =>
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            return readValue(ref reader);
        });
    }

    /// <summary>Whether this reader applies to <paramref name="statusCode"/> with the given precision.</summary>
    internal bool Matches(int statusCode, StatusMatch match) => match switch
    {
        StatusMatch.Exact => Status.Length == 3 && Status[1] != 'X' && Status == statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StatusMatch.Range => Status.Length == 3 && Status[1] == 'X' && Status[0] - '0' == statusCode / 100,
        _ => Status == "default",
    };

    /// <summary>Returns the typed body, or null when the body is empty, truncated or not of the documented shape.</summary>
    internal object? TryRead(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return read(body);
        }
        catch (JsonException)
        {
            // The body does not match the spec; RawBody still has it.
            return null;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader reports some token mismatches this way.
            return null;
        }
    }

    private static bool IsValidStatus(string status) =>
        status == "default"
        || (status is { Length: 3 } && char.IsAsciiDigit(status[0])
            && ((status[1] == 'X' && status[2] == 'X') || (char.IsAsciiDigit(status[1]) && char.IsAsciiDigit(status[2]))));
}

/// <summary>The order in which documented error bodies are tried: the exact status, its range, then default.</summary>
internal enum StatusMatch
{
    Exact,
    Range,
    Default,
}

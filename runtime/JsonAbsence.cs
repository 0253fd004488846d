namespace OpenApiGen.Runtime;

/// <summary>What a JSON response reader returns when the response carries no JSON value.</summary>
internal enum JsonAbsence
{
    /// <summary>A 204 or 205 throws <see cref="ApiException"/>, and an empty body of another status throws
    /// <see cref="System.Text.Json.JsonException"/>, because the result type is not nullable.</summary>
    Fail,

    /// <summary>A 204 or 205 returns null, and an empty body of another status throws
    /// <see cref="System.Text.Json.JsonException"/>.</summary>
    DefaultWithoutBodyStatus,

    /// <summary>A 204, a 205 or an empty body returns null, for a status that the spec declares without
    /// content.</summary>
    Default,
}

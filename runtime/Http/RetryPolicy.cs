using System;
using System.Linq;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>
/// The rule for sending a call again after a response that requests a later try: 429 Too Many Requests
/// for any method, and 408, 502, 503 and 504 for the idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE). Only
/// calls without a request body are repeated, because a stream body may not be readable twice. The wait is the
/// response's Retry-After, or else <see cref="BaseDelay"/> doubled on each retry, with random jitter of up to half
/// of it.
/// </summary>
public sealed class RetryPolicy
{
    private int maxRetries = 2;
    private TimeSpan baseDelay = TimeSpan.FromSeconds(1);
    private TimeSpan maxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Returns a policy that never repeats a call.</summary>
    public static RetryPolicy None => new() { MaxRetries = 0 };

    /// <summary>The number of repeats after the first attempt; 2 by default, and 0 turns retries off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRetries
    {
        get => maxRetries;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxRetries = value;
        }
    }

    /// <summary>The wait before the first retry when the response has no Retry-After; 1 second by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan BaseDelay
    {
        get => baseDelay;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            baseDelay = value;
        }
    }

    /// <summary>
    /// The maximum wait; 30 seconds by default. A Retry-After asking for longer is not waited for: the call throws
    /// its <see cref="ApiException"/>, whose headers carry the Retry-After.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan MaxDelay
    {
        get => maxDelay;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            maxDelay = value;
        }
    }

    /// <summary>
    /// Returns the wait before retry number <paramref name="retry"/> (from 1) of a call that got
    /// <paramref name="response"/>, or null when the call is not to be repeated.
    /// </summary>
    public TimeSpan? DelayBefore(int retry, HttpMethod method, bool hasBody, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(response);
        if (retry > maxRetries || !IsRetryable(method, hasBody, response))
        {
            return null;
        }

        if (RequestedWait(response) is { } wait)
        {
            if (wait > maxDelay)
            {
                return null;
            }

            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        // Doubling from BaseDelay, and half of it at random, so that clients rejected together do not return together.
        double backoff = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, retry - 1), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(backoff / 2 + (Random.Shared.NextDouble() * backoff / 2));
    }

    /// <summary>
    /// Returns why a call that could be repeated was not: its Retry-After requests a wait above
    /// <see cref="MaxDelay"/>. Returns null otherwise.
    /// </summary>
    internal string? SkipReason(HttpMethod method, bool hasBody, HttpResponseMessage response) =>
        maxRetries > 0 && IsRetryable(method, hasBody, response) && RequestedWait(response) is { } wait
            && wait > maxDelay
            ? $"not repeated, because Retry-After requests {Duration(wait)} and RetryPolicy.MaxDelay is " +
                Duration(maxDelay)
            : null;

    private static bool IsRetryable(HttpMethod method, bool hasBody, HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        bool isIdempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;
        return !hasBody && (status == 429 || (isIdempotent && status is 408 or 502 or 503 or 504));
    }

    private static TimeSpan? RequestedWait(HttpResponseMessage response)
    {
        switch (response.Headers.RetryAfter)
        {
            case { Delta: { } delta }:
                return delta;
            case { Date: { } date }:
                return date - DateTimeOffset.UtcNow;
        }

        // HttpClient does not parse a number of seconds beyond int, which is still a request to wait that long.
        bool isLongNumber = response.Headers.TryGetValues("Retry-After", out var values)
            && values.FirstOrDefault() is { Length: > 0 } text
            && text.Trim().All(char.IsAsciiDigit);
        return isLongNumber ? TimeSpan.MaxValue : null;
    }

    private static string Duration(TimeSpan value) => value == TimeSpan.MaxValue
        ? "more than 68 years"
        : value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// The outcome of parsing a Range header: the bytes to send (<see cref="Count"/> bytes from <see cref="Offset"/>)
/// or why none can be sent. <see cref="IsPartial"/> selects 206 Partial Content with a Content-Range header.
/// </summary>
internal readonly record struct ByteRangeResult(ByteRangeStatus Status, long Offset, long Count, bool IsPartial)
{
    public static ByteRangeResult Malformed => new(ByteRangeStatus.Malformed, 0, 0, false);

    public static ByteRangeResult Unsatisfiable => new(ByteRangeStatus.Unsatisfiable, 0, 0, false);

    public long Last => Offset + Count - 1;

    public static ByteRangeResult Whole(long length) => new(ByteRangeStatus.Satisfiable, 0, length, false);

    public static ByteRangeResult Partial(long offset, long count) =>
        new(ByteRangeStatus.Satisfiable, offset, count, true);
}

internal enum ByteRangeStatus
{
    Satisfiable,
    Malformed,
    Unsatisfiable,
}

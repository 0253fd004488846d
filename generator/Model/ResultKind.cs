namespace OpenApiGen.Generator.Model;

/// <summary>What a generated method returns on success.</summary>
public enum ResultKind
{
    /// <summary>No body: the method returns <c>Task</c>.</summary>
    None,

    /// <summary>A JSON body read into <see cref="OperationModel.ResultType"/>.</summary>
    Json,

    /// <summary>A body returned as a <c>DownloadResult</c> stream, never buffered.</summary>
    Download,

    /// <summary>A text body returned as a string.</summary>
    Text,
}

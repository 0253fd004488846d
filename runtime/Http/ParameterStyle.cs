namespace OpenApiGen.Runtime;

/// <summary>
/// The OpenAPI serialization styles of parameters. Swagger 2.0's collectionFormat maps onto them: csv to form (query)
/// or simple, ssv to spaceDelimited, pipes to pipeDelimited, multi to form with explode. Tab-separated (tsv) has no
/// OpenAPI 3 style.
/// </summary>
public enum ParameterStyle
{
    /// <summary>Comma-separated values: <c>1,2,3</c>. The default for path and header parameters.</summary>
    Simple,

    /// <summary>Values after a dot: <c>.1,2,3</c>, or <c>.1.2.3</c> with explode. Path parameters only.</summary>
    Label,

    /// <summary>Values as a matrix parameter: <c>;id=1,2,3</c>, or <c>;id=1;id=2;id=3</c> with explode.</summary>
    Matrix,

    /// <summary>A form field: <c>id=1,2,3</c>, or <c>id=1&amp;id=2&amp;id=3</c> with explode. The default for query
    /// and cookie parameters.</summary>
    Form,

    /// <summary>Space-separated array values: <c>id=1%202%203</c>.</summary>
    SpaceDelimited,

    /// <summary>Pipe-separated array values: <c>id=1|2|3</c>, sent as <c>id=1%7C2%7C3</c>.</summary>
    PipeDelimited,

    /// <summary>Object properties in brackets: <c>id[role]=admin&amp;id[name]=alice</c>.</summary>
    DeepObject,
}

namespace OpenApiGen.Generator.Model;

/// <summary>How operations are spread over generated client classes.</summary>
public enum ClientGrouping
{
    /// <summary>One client class per operation tag, exposed as properties of the root client.</summary>
    Tags,

    /// <summary>Every operation is a method of the root client.</summary>
    None,
}

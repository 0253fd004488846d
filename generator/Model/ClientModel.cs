namespace OpenApiGen.Generator.Model;

/// <summary>The operations of one tag, emitted as one client class.</summary>
/// <param name="ClassName">The C# class name, such as <c>IssueAttachmentsClient</c>.</param>
/// <param name="PropertyName">The property on the root client that exposes this client.</param>
/// <param name="InterfaceName">The interface the class implements, or null when interfaces are not generated.</param>
public sealed record ClientModel(
    string ClassName,
    string? InterfaceName,
    string PropertyName,
    string Tag,
    string? Description,
    EquatableArray<OperationModel> Operations);

namespace OpenApiGen.Generator.Model;

/// <summary>A header that an operation's success responses declare, read into a property of its headers record.</summary>
/// <param name="WireName">The header name as the spec spells it; responses match it ignoring case.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="Type">The parsed type, nullable unless <paramref name="Required"/>, because an absent header is
/// null. Types without a header text form (objects, nested arrays) are string.</param>
/// <param name="Separator">The separator of array items: a comma, or the pipe or space that a Swagger 2.0
/// collectionFormat chooses.</param>
/// <param name="Required">Whether every success response declares the header with <c>required: true</c>, so
/// reading a response without it throws.</param>
public sealed record ResponseHeaderModel(
    string WireName, string Name, TypeRef Type, string? Description, char Separator = ',', bool Required = false);

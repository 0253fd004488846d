namespace OpenApiGen.Generator.Model;

/// <summary>
/// A type that two specs of one project would both generate in the same namespace, such as two specs whose
/// ClientName and Namespace are equal.
/// </summary>
/// <param name="SpecPath">The spec that gives way: nothing is generated from it.</param>
/// <param name="TypeName">The fully qualified name of the first clashing type.</param>
/// <param name="OtherSpecPath">The spec that keeps the type, the first of the two in ordinal path order.</param>
public sealed record TypeClash(string SpecPath, string TypeName, string OtherSpecPath);

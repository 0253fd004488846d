using System;
using System.Globalization;

namespace OpenApiGen.Runtime;

/// <summary>
/// The rule for null items in arrays sent as parameters, form fields or multipart parts. OpenAPI defines no text
/// for null there, and an empty value or a left-out item would change what the server reads, so a null item throws.
/// </summary>
internal static class NullItems
{
    /// <summary>Creates the exception for the null item at <paramref name="index"/> of the array that
    /// <paramref name="subject"/> names, such as "Query parameter 'tags' of listPets".</summary>
    public static ArgumentException CreateError(string subject, int index, string place, string parameterName) => new(
        $"{subject} has a null item at index {index.ToString(CultureInfo.InvariantCulture)}. Null has no " +
        $"representation in {place}, so remove the item or pass an empty string.",
        parameterName);
}

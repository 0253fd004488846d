using System.Collections.Generic;
using static OpenApiGen.Generator.Tests.Conformance.FailureCause;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// The corpus documents that the Prism test serves, each with the operations expected to fail and why. Operations
/// without an operationId are named by method and path.
/// </summary>
internal static partial class KnownFailures
{
    private const string ExactlyOneOf = "must match exactly one schema in oneOf";

    // NOTE: Prism 5.16.0 reads repeated multipart parts of one name as a single value, so it rejects every array
    // property of a multipart body, and it does not parse a part sent as application/json.
    private const string MultipartArrays =
        "Prism 5.16.0 reads repeated multipart parts of one name as one value, not as an array";

    // NOTE: In OpenAPI 3.0.3, an encoding's style is ignored unless the body is application/x-www-form-urlencoded,
    // and an object part defaults to application/json. Prism 5.16.0 still checks such parts for reserved characters.
    private const string MultipartReserved =
        "Prism 5.16.0 checks multipart parts with an encoding style for URL-reserved characters, which rejects "
        + "the object part's JSON; OpenAPI 3.0.3 ignores style for multipart bodies";

    private const string OverlappingOneOf =
        "the oneOf alternatives overlap: they require nothing and allow additional properties (or are the same "
        + "type), so a value of the first matches another too and JSON Schema's exactly-one rule rejects it";

    public static readonly IReadOnlyDictionary<string, KnownFailure[]> BySpec = new Dictionary<string, KnownFailure[]>
    {
        ["jira-platform-v3.json"] = Jira,
        ["oai-petstore-expanded-v2.0.json"] = [],
        ["oai-petstore-expanded-v3.0.yaml"] = [],
        ["oai-petstore-v2.0.json"] = [],
        ["oai-petstore-v3.0.yaml"] = [],
        ["readme-file-uploads-v3.0.yaml"] =
        [
            new("put /anything/multipart-formdata", PrismLimit, MultipartArrays, ["Request body property filename must be array"]),
        ],
        ["readme-form-data-v3.0.yaml"] = [],
        ["readme-parameters-cookies-v3.0.yaml"] = [],
        ["readme-parameters-style-v3.0.yaml"] = ParameterStyles,
        ["readme-polymorphism-v3.0.yaml"] = Polymorphism,
        ["readme-security-v3.0.yaml"] =
        [
            new(
                "post /status/401",
                SpecDefect,
                "the operation documents only a 401 response, so every call ends in ApiException by design",
                ["ApiException: status 401"]),
        ],
    };

    private static KnownFailure[] ParameterStyles =>
    [
        new("paths_standard", PrismLimit, PathCommas("simple"), [SplitCrash]),
        new("paths_simple_nonExploded", PrismLimit, PathCommas("simple"), [SplitCrash]),
        new("paths_simple_exploded", PrismLimit, PathCommas("simple"), [SplitCrash]),
        new("paths_matrix_nonExploded", PrismLimit, PathCommas("matrix"), [StartsWithCrash]),
        new("paths_label_nonExploded", PrismLimit, PathCommas("label"), [StartsWithCrash]),
        new("query_spaceDelimited_nonExploded", SpecDefect, DelimitedObject("spaceDelimited"), [DelimitedCrash]),
        new("query_pipeDelimited_nonExploded", SpecDefect, DelimitedObject("pipeDelimited"), [DelimitedCrash]),
        new(
            "formData_standard",
            PrismLimit,
            MultipartArrays + ", and it does not parse the object part's JSON",
            ["Request body property array must be array", "Request body property object must be object"]),
        new("formData_form_nonExploded", PrismLimit, MultipartReserved, [ReservedCharacters]),
        new("form_data_form_exploded", PrismLimit, MultipartReserved, [ReservedCharacters]),
        new("formData_spaceDelimited_nonExploded", PrismLimit, MultipartReserved, [ReservedCharacters]),
        new("form_data_pipeDelimited_nonExploded", PrismLimit, MultipartReserved, [ReservedCharacters]),
        new("form_data_deepObject_exploded", PrismLimit, MultipartReserved, [ReservedCharacters]),
    ];

    // NOTE: Prism 5.16.0 matches the request path with uri-template-lite, which returns a segment that contains
    // commas as a list of strings. Its path style deserializers then call split or startsWith on that list and
    // exit. The exploded matrix and label forms have no commas and pass.
    private static string PathCommas(string style) =>
        $"Prism 5.16.0 exits on a path parameter whose {style} form contains commas, such as the object "
        + "parameter's, because its path matcher returns that segment as a list and the style deserializer expects "
        + "a string. The runtime and end-to-end tests check these forms against the OpenAPI style table instead";

    private const string SplitCrash = "TypeError: value.split is not a function";

    private const string StartsWithCrash = "TypeError: parameters[name].startsWith is not a function";

    private const string DelimitedCrash = "delimited style is only applicable to array parameter";

    private const string ReservedCharacters = "Reserved characters used in request body";

    private static string DelimitedObject(string style) =>
        $"OpenAPI 3.0.3 defines {style} for arrays only, but the query parameter 'object' is an object; "
        + "Prism 5.16.0 exits on it";

    private static KnownFailure[] Polymorphism =>
    [
        new(
            "patch /pets",
            PrismLimit,
            "Prism 5.16.0 validates oneOf by JSON Schema's exactly-one rule and ignores the discriminator pet_type, "
            + "and every Cat also matches Dog, which requires nothing more",
            [ExactlyOneOf]),
        new("post /anything/one-of-object", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
        new("post /anything/one-of-object-ref", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
        new(
            "post /one-of-complex",
            SpecDefect,
            OverlappingOneOf,
            [ExactlyOneOf, "must have required property", "must be equal to one of the allowed values"]),
        new("post /anything/nested-one-of-object-ref", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
        new("post /anything/nested-one-of-ref", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
        new("post /anything/nested-one-of-object-with-nested-one-of", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
        new("post /one-of-with-type", SpecDefect, OverlappingOneOf, [ExactlyOneOf]),
    ];
}

using static OpenApiGen.Generator.Tests.Conformance.FailureCause;

namespace OpenApiGen.Generator.Tests.Conformance;

internal static partial class KnownFailures
{
    private const string SeeOther = "failed with 303 See Other";

    private const string SeeOtherWithoutLocation =
        "the spec's only success response is 303 See Other, declared without a Location header, so the mock sends "
        + "none and the client has nowhere to go";

    private const string UndeclaredRequired =
        "the body schema requires a property that it does not declare and forbids additional properties, so no "
        + "body is valid";

    // The body goes as multipart/form-data with one part per column, as the spec's description specifies.
    private const string ColumnsArray = "Request body property columns must be array";

    private static KnownFailure[] Jira =>
    [
        new("getAvatarImageByType", PrismLimit, AvatarImage, [NoSchema]),
        new("getAvatarImageByID", PrismLimit, AvatarImage, [NoSchema]),
        new("getAvatarImageByOwner", PrismLimit, AvatarImage, [NoSchema]),
        new(
            "addAttachment",
            SpecDefect,
            "the multipart body's schema is an array of Spring MultipartFile objects, the server's Java type, not an "
            + "object of form parts, so no part can be named; Prism 5.16.0 exits on the multipart body without parts",
            ["Cannot read properties of undefined (reading 'split')"]),
        new(
            "submitBulkMove",
            SpecDefect,
            UndeclaredRequired + "; the violations inside targetToSourcesMapping that follow are not examined",
            ["must have required property 'targetToMultipleSourceMapping'", "Request body property targetToSourcesMapping."]),
        new("addSecurityLevelMembers", SpecDefect, UndeclaredRequired, ["must have required property 'securitySchemeLevelMembers'"]),
        new("setIssueNavigatorDefaultColumns", PrismLimit, MultipartArrays, [ColumnsArray]),
        new("setUserColumns", PrismLimit, MultipartArrays, [ColumnsArray]),
        new(
            "getRecent",
            SpecDefect,
            "the query parameter 'properties' is an array of objects (StringList) with the form style, which has no "
            + "defined serialization, so each item reaches Prism as a string",
            ["Request query parameter properties.0 must be object"]),
        new(
            "searchProjects",
            SpecDefect,
            "the query parameter 'properties' is an array of objects (StringList) with the form style, which has no "
            + "defined serialization, so each item reaches Prism as a string",
            ["Request query parameter properties.0 must be object"]),
        new(
            "getBulkScreenTabs",
            SpecDefect,
            "the 200 response declares application/json with an example but no schema, so Prism's dynamic mode has "
            + "nothing to generate and responds 500",
            [NoSchema]),
        new(
            "setDefaultValues",
            SpecDefect,
            "CustomFieldContextDefaultValue declares no properties and forbids additional ones, while each of its "
            + "oneOf alternatives requires some, so no default value is valid",
            ["Request body property defaultValues.0 must"]),
        new("evaluateJiraExpression", SpecDefect, ContextVariable, ContextVariableEvidence),
        new("evaluateJSISJiraExpression", SpecDefect, ContextVariable, ContextVariableEvidence),
        new("bulkSetIssuePropertiesByIssue", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("getNotificationSchemes", PrismLimit, RecursiveResponse, RecursiveResponseEvidence),
        new("getNotificationScheme", PrismLimit, RecursiveResponse, RecursiveResponseEvidence),
        new("getNotificationSchemeForProject", PrismLimit, RecursiveResponse, RecursiveResponseEvidence),
        new(
            "getWorkflowsPaginated",
            PrismLimit,
            "Prism 5.16.0 sometimes fails with a TypeError while generating the PageBeanWorkflow response, on all "
            + "the repeated calls; the same arguments pass on other runs",
            ["Cannot read properties of undefined (reading 'items')"]),
        new("replaceCustomFieldOption", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("replaceIssueFieldOption", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("deleteCustomField", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("deletePriority", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("bulkSetIssuesPropertiesList", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("bulkDeleteIssueProperty", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("bulkSetIssueProperty", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("deleteResolution", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("associateSchemesToProjects", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("removeLevel", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("createProjectWithCustomTemplate", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("deleteProjectAsynchronously", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
        new("switchWorkflowSchemeForProject", SpecDefect, SeeOtherWithoutLocation, [SeeOther]),
    ];

    private const string ContextVariable =
        "CustomContextVariable declares only 'type' and forbids additional properties, so the properties that its "
        + "oneOf alternatives add, such as UserContextVariable's required 'accountId', are rejected. A value with "
        + "only 'type' matches both IssueContextVariable and JsonContextVariable, so oneOf rejects it too";

    private static string[] ContextVariableEvidence =>
    [
        "context.custom.0 must NOT have additional properties; found 'accountId'",
        "context.custom.0 must match exactly one schema in oneOf",
    ];

    private const string RecursiveResponse =
        "Prism 5.16.0 often overflows its stack (RangeError) or exits while generating the recursive "
        + "NotificationScheme response, even after the repeated calls";

    private static string[] RecursiveResponseEvidence => ["Maximum call stack size exceeded", "Prism exited"];

    private const string NoSchema = "but schema is not defined";

    private const string AvatarImage =
        "the 200 response declares */*, image/png and image/svg+xml without schemas, and Prism 5.16.0's dynamic "
        + "mode responds 500 for a media type without a schema";
}

namespace OpenApiGen.Generator.Model;

/// <summary>One HTTP operation, emitted as one async method.</summary>
/// <param name="MethodName">The C# method name without the <c>Async</c> suffix.</param>
/// <param name="HttpMethod">Upper-case HTTP method.</param>
/// <param name="Path">The path template, such as <c>/rest/api/3/attachment/{id}</c>.</param>
/// <param name="Experimental">Set by the <c>x-experimental</c> extension.</param>
/// <param name="SupportsRange">The method takes a <c>ByteRange</c> for the <c>Range</c> header.</param>
/// <param name="ErrorBodies">The typed error bodies, read into <c>ApiException.Error</c>.</param>
/// <param name="HeadersTypeName">The record of the headers the success responses declare, or null when they
/// declare none.</param>
/// <param name="ResponseHeaders">The declared headers, read by the <c>…WithHeadersAsync</c> method.</param>
/// <param name="NoBodyStatuses">For a JSON result, the success statuses declared without a body, for which the method
/// returns null when the body is empty. <paramref name="ResultType"/> is nullable when there are any.</param>
/// <param name="Paging">The offset paging of the result, or null when the operation does not page that way.</param>
public sealed record OperationModel(
    string MethodName,
    string OperationId,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    bool Experimental,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    ResultKind ResultKind,
    TypeRef? ResultType,
    string? AcceptMediaType,
    bool SupportsRange,
    EquatableArray<ResponseDoc> Responses,
    EquatableArray<ErrorBodyModel> ErrorBodies = default,
    string? HeadersTypeName = null,
    EquatableArray<ResponseHeaderModel> ResponseHeaders = default,
    EquatableArray<int> NoBodyStatuses = default,
    PagingModel? Paging = null);
